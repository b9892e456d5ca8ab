/**
 * Exceptions that domain and application code throws to say what went wrong, in plain Java.
 *
 * <p>The web conventions of the service kit ({@code io.estatewatch.servicekit.web}) turn each into an RFC 9457
 * problem response: {@link io.estatewatch.servicekit.error.ResourceNotFoundException} → 404,
 * {@link io.estatewatch.servicekit.error.ConflictException} → 409,
 * {@link io.estatewatch.servicekit.error.InvalidInputException} → 400 with {@code errors[]},
 * {@link io.estatewatch.servicekit.error.PayloadTooLargeException} → 413. Nothing here depends on Spring, so the
 * domain core can throw these without knowing about HTTP.
 */
package io.estatewatch.servicekit.error;
