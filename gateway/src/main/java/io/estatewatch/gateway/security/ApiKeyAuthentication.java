package io.estatewatch.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Authenticates hotline systems by {@value #HEADER}: a known key becomes a {@link Role#HOTLINE_CLIENT} caller named
 * after the key, with the key's channels; an unknown key is a 401. A request carrying both an API key and a bearer
 * token is refused: which one counts would be a guess.
 */
public final class ApiKeyAuthentication {

    public static final String HEADER = "X-Api-Key";

    private ApiKeyAuthentication() {
    }

    /** The filter to place at Spring Security's AUTHENTICATION position. */
    public static AuthenticationWebFilter filter(ApiKeys keys, ProblemSecurityHandlers problems) {
        ReactiveAuthenticationManager manager = authentication -> keys
                .authenticate(((PresentedKey) authentication).key)
                .<Authentication>map(caller -> new CallerAuthentication(caller, null))
                .map(Mono::just)
                .orElseGet(() -> Mono.error(new InvalidApiKeyException("The API key is not valid.")));
        AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
        filter.setServerAuthenticationConverter(ApiKeyAuthentication::convert);
        filter.setSecurityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(problems));
        return filter;
    }

    private static Mono<Authentication> convert(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        String key = headers.getFirst(HEADER);
        if (key == null) {
            return Mono.empty();
        }
        if (headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
            return Mono.error(new InvalidApiKeyException(
                    "Send either an X-Api-Key or an Authorization header, not both."));
        }
        if (key.isBlank()) {
            return Mono.error(new InvalidApiKeyException("The API key is not valid."));
        }
        return Mono.just(new PresentedKey(key.trim()));
    }

    /** A key as presented, not yet checked. */
    private static final class PresentedKey extends AbstractAuthenticationToken {

        private final String key;

        PresentedKey(String key) {
            super(List.of());
            this.key = key;
        }

        @Override
        public Object getCredentials() {
            return key;
        }

        @Override
        public Object getPrincipal() {
            return "api-key";
        }
    }

    /** The key is unknown, blank, or sent together with a bearer token. */
    public static final class InvalidApiKeyException extends AuthenticationException {

        public InvalidApiKeyException(String message) {
            super(message);
        }
    }
}
