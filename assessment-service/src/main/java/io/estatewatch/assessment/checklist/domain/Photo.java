package io.estatewatch.assessment.checklist.domain;

import java.time.Instant;

/** What is known of a photo taken for an item: the image itself lives in the document store of the caller's choice. */
public record Photo(String name, String contentType, Long sizeBytes, Instant takenAt, String uri) {
}
