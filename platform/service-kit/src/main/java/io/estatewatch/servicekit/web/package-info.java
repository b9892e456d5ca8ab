/**
 * The web conventions every service gets by depending on the service kit (auto-configured by
 * {@link io.estatewatch.servicekit.web.WebConventionsAutoConfiguration}):
 * RFC 9457 problem+json for every error with a stable {@link io.estatewatch.servicekit.web.ProblemType},
 * a request body limit, {@code Idempotency-Key} replay for POST/PUT/PATCH, correlation ids
 * ({@link io.estatewatch.servicekit.web.CorrelationId}), and shared defaults
 * ({@link io.estatewatch.servicekit.web.ServiceDefaultsEnvironmentPostProcessor}).
 */
package io.estatewatch.servicekit.web;
