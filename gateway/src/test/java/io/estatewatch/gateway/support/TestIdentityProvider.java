package io.estatewatch.gateway.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A Keycloak realm as the gateway sees it: its discovery document and its keys (one EC, one RSA) on a port reserved
 * when it is made, and the tokens it signs. It is in turn closed (nothing listens: connection refused), silent
 * (connections accepted, never answered, as behind a policy that lets the handshake through) or serving.
 */
public final class TestIdentityProvider implements AutoCloseable {

    public static final String AUDIENCE = "estatewatch";
    private static final String REALM = "/realms/estatewatch";

    private final int port = freePort();
    private final ECKey ec = ecKey();
    private final RSAKey rsa = rsaKey();
    private AutoCloseable listening = () -> { };

    /** Exactly the {@code iss} of its tokens, and what {@code issuer-uri} is set to. */
    public String issuer() {
        return "http://127.0.0.1:" + port + REALM;
    }

    public String jwkSetUri() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** Answers its discovery document and its keys. */
    public TestIdentityProvider serving() {
        close();
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            respond(server, REALM + "/.well-known/openid-configuration", "{\"issuer\":\"" + issuer() + "\","
                    + "\"jwks_uri\":\"" + jwkSetUri() + "\",\"id_token_signing_alg_values_supported\":[\"ES256\"],"
                    + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}");
            respond(server, URI.create(jwkSetUri()).getPath(),
                    new JWKSet(List.of(ec.toPublicJWK(), rsa.toPublicJWK())).toString());
            server.start();
            listening = () -> server.stop(0);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Listens but never accepts: the kernel completes the handshake, and no byte ever comes back. */
    public TestIdentityProvider silent() {
        close();
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            listening = socket;
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nothing listens on its port any more. */
    @Override
    public void close() {
        try {
            listening.close();
            listening = () -> { };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A district officer's token as the realm issues it (issuer, audience, five minutes), then {@code claims}. */
    public String token(JWSAlgorithm algorithm, UnaryOperator<JWTClaimsSet.Builder> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(issuer()).audience(AUDIENCE)
                .subject("zhang.min").claim("role", "DISTRICT_OFFICER")
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        boolean ecdsa = JWSAlgorithm.ES256.equals(algorithm);
        try {
            JWSSigner signer = ecdsa ? new ECDSASigner(ec) : new RSASSASigner(rsa);
            JWSHeader header = new JWSHeader.Builder(algorithm).keyID(ecdsa ? ec.getKeyID() : rsa.getKeyID()).build();
            SignedJWT jwt = new SignedJWT(header, claims.apply(builder).build());
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpServer server, String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ECKey ecKey() {
        try {
            return new ECKeyGenerator(Curve.P_256).keyID("realm-ec").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("realm-rsa").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
