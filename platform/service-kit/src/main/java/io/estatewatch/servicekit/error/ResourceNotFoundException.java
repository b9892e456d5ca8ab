package io.estatewatch.servicekit.error;

import java.util.Objects;

/**
 * The addressed resource does not exist (or the caller may not know that it does). Answered with 404.
 *
 * <p>The message becomes the problem's {@code detail}, so it is written for the API client: name the resource
 * and its id, never internal details.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String detail) {
        super(Objects.requireNonNull(detail, "detail"));
    }

    /** {@code of("Complaint", "c-42")} reads "Complaint 'c-42' was not found." */
    public static ResourceNotFoundException of(String resource, Object id) {
        return new ResourceNotFoundException(resource + " '" + id + "' was not found.");
    }
}
