package io.estatewatch.gateway.security;

/** How a caller proved who it is. */
public enum Credential {
    /** A bearer JWT (staff from the identity provider, or a hotline system's client-credentials token): forwarded as is. */
    BEARER_TOKEN,
    /** A hotline system's API key: replaced by a short-lived token the gateway mints. */
    API_KEY,
    /** Nothing: forwarded with a minted {@link Role#PUBLIC} token where the route admits anyone. */
    NONE
}
