/**
 * Who is calling, in every service: each service is an OAuth2 resource server that verifies the forwarded JWT
 * ({@link io.estatewatch.servicekit.security.ServiceSecurityAutoConfiguration}), answers 401/403 as problem+json, and
 * hands controllers the {@link io.estatewatch.servicekit.security.Caller} with its scope rules.
 * {@link io.estatewatch.servicekit.security.JwtIssuer} mints tokens for tests and local development.
 */
package io.estatewatch.servicekit.security;
