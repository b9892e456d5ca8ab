package io.estatewatch.renovation.archfixture;

import io.estatewatch.filing.archfixture.EstateRegisterFixture;

/** Breaks the rule that a service uses no other service's code. */
public class CallsAnotherService {

    public String street(String estateId) {
        return new EstateRegisterFixture().streetOf(estateId);
    }
}
