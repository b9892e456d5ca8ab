package io.estatewatch.gateway.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** An authenticated {@link Caller}; the credentials are the bearer token as presented (never an API key). */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final String token;

    public CallerAuthentication(Caller caller, String token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.caller = caller;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    /** The bearer token the caller sent, or {@code null} for an API key caller. */
    @Override
    public String getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
