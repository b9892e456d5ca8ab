package io.estatewatch.filing.review.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A document attached to a filing (a contract scan, an inspection report): its metadata; the content is kept apart.
 *
 * @param sha256 the content's SHA-256, hex: the same file attached again is the same attachment
 */
public record Attachment(String id, String name, String contentType, long size, String sha256, Instant uploadedAt,
                         String uploadedBy) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
