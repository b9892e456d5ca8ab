package io.estatewatch.assessment.register;

/**
 * An estate as the register last described it: what scoring, scoping and follow-ups need to know.
 *
 * @param companyId the property company managing it now, or null while none is
 */
public record Estate(String id, String name, String street, String community, String companyId) {
}
