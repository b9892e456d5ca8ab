package io.estatewatch.gateway.security;

import io.estatewatch.gateway.GatewayProperties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The hotline systems' API keys, known only by their SHA-256 hashes, each bound to the channels it may push on. A
 * presented key is hashed and compared with every known hash in constant time.
 */
public final class ApiKeys {

    private static final HexFormat HEX = HexFormat.of();

    private final List<Known> known;

    /** @param keys key name → its hash and channels, as configured */
    public ApiKeys(Map<String, GatewayProperties.ApiKey> keys) {
        this.known = keys.entrySet().stream()
                .map(entry -> new Known(entry.getKey(), parseHash(entry.getKey(), entry.getValue().sha256()),
                        Set.copyOf(entry.getValue().channels())))
                .toList();
    }

    /** The hotline caller {@code presentedKey} belongs to, if it is a known key. */
    public Optional<Caller> authenticate(String presentedKey) {
        byte[] hash = sha256(presentedKey);
        Known match = null;
        for (Known key : known) {
            if (MessageDigest.isEqual(key.hash(), hash) && match == null) {
                match = key;
            }
        }
        return Optional.ofNullable(match).map(key -> Caller.apiKey(key.name(), key.channels()));
    }

    public int size() {
        return known.size();
    }

    /** The hex SHA-256 of a key, as it is configured: {@code printf %s "$KEY" | sha256sum}. */
    public static String hash(String key) {
        return HEX.formatHex(sha256(key));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private static byte[] parseHash(String name, String hex) {
        if (hex == null || !hex.trim().matches("(?i)[0-9a-f]{64}")) {
            throw new IllegalArgumentException("estatewatch.gateway.api-keys." + name
                    + ".sha256 must be the 64 hex digits of the key's SHA-256 hash");
        }
        return HEX.parseHex(hex.trim().toLowerCase(Locale.ROOT));
    }

    private record Known(String name, byte[] hash, Set<String> channels) {
    }
}
