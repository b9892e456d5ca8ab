package io.estatewatch.filing.archfixture;

/** Stands for another service's class in the architecture rule tests. */
public class FilingRegister {
}
