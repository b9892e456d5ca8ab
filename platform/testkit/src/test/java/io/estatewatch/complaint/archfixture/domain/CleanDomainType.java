package io.estatewatch.complaint.archfixture.domain;

import java.time.Instant;

/** A domain type that keeps the rule: plain Java. */
public record CleanDomainType(String id, Instant at) {
}
