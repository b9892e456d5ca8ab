package io.estatewatch.assessment.archfixture.domain;

import org.springframework.data.mongodb.core.MongoTemplate;

/** A domain class that breaks the rule on purpose: {@code ArchitectureTest} shows that its rule catches it. */
public class SpringInTheDomain {

    MongoTemplate store;
}
