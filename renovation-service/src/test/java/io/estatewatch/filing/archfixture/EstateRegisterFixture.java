package io.estatewatch.filing.archfixture;

/** Stands for another service's code in the architecture tests; nothing else may use it. */
public class EstateRegisterFixture {

    public String streetOf(String estateId) {
        return "street";
    }
}
