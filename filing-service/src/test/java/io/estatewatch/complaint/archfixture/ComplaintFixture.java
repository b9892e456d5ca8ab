package io.estatewatch.complaint.archfixture;

/** Stands for another service's code in the filing service's architecture test; nothing else uses it. */
public class ComplaintFixture {

    public String routeOf(String complaintId) {
        return "street";
    }
}
