package io.estatewatch.renovation.archfixture.domain;

import org.springframework.stereotype.Component;

/** Breaks the rule that domain code is plain Java. */
@Component
public class SpringInTheDomain {
}
