package io.estatewatch.filing.archfixture.web;

/** A web adapter type for the architecture test's fixture. */
public class SomeResponse {
}
