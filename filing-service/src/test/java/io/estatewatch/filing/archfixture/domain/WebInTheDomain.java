package io.estatewatch.filing.archfixture.domain;

import io.estatewatch.filing.archfixture.web.SomeResponse;

/** A domain type that knows a web adapter: what the architecture test must refuse. */
public class WebInTheDomain {

    public SomeResponse respond() {
        return new SomeResponse();
    }
}
