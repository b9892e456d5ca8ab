package io.estatewatch.complaint.archfixture.domain;

import org.springframework.stereotype.Component;

/** A domain type that breaks the rule on purpose: it imports Spring. */
@Component
public class LeakyDomainType {
}
