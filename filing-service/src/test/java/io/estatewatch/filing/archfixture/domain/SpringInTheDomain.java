package io.estatewatch.filing.archfixture.domain;

import org.springframework.stereotype.Component;

/** A domain type that knows Spring: what the architecture test must refuse. */
@Component
public class SpringInTheDomain {
}
