package io.estatewatch.gateway.security;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, as the gateway authenticated it: the principal of every request it lets through.
 *
 * @param name       the token's subject, the API key's name, or {@value #ANONYMOUS}
 * @param role       what the caller is
 * @param credential how it proved it
 * @param streets    a street officer's streets (from its token)
 * @param companyId  a company user's company (from its token), or {@code null}
 * @param channels   the complaint channels a hotline client may push on, {@value #ALL_CHANNELS} for all
 */
public record Caller(String name, Role role, Credential credential, Set<String> streets, String companyId,
                     Set<String> channels) {

    /** The channel entry that stands for every channel. */
    public static final String ALL_CHANNELS = "*";
    /** The name of a caller without credentials. */
    public static final String ANONYMOUS = "anonymous";

    public Caller {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A caller needs a name");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(credential, "credential");
        streets = streets == null ? Set.of() : Set.copyOf(streets);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        companyId = companyId == null || companyId.isBlank() ? null : companyId;
    }

    /** A caller without credentials. */
    public static Caller anonymous() {
        return new Caller(ANONYMOUS, Role.PUBLIC, Credential.NONE, Set.of(), null, Set.of());
    }

    /** A hotline system that presented the API key named {@code keyName}. */
    public static Caller apiKey(String keyName, Set<String> channels) {
        return new Caller(keyName, Role.HOTLINE_CLIENT, Credential.API_KEY, Set.of(), null, channels);
    }

    /** Whether this caller may push complaints on {@code channel}. */
    public boolean mayPushOn(String channel) {
        return channels.contains(ALL_CHANNELS) || channel != null && channels.contains(channel);
    }

    /**
     * The key its requests are counted under for rate limiting: one budget per API key, per token subject, or (for
     * callers without credentials) per client address.
     */
    public String rateLimitKey(String clientAddress) {
        return switch (credential) {
            case API_KEY -> "key:" + name;
            case BEARER_TOKEN -> "sub:" + name;
            case NONE -> "ip:" + clientAddress;
        };
    }
}
