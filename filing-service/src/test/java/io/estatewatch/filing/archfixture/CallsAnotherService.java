package io.estatewatch.filing.archfixture;

/** Uses another service's code: what the architecture test must refuse. */
public class CallsAnotherService {

    public String routeOf(String complaintId) {
        return new io.estatewatch.complaint.archfixture.ComplaintFixture().routeOf(complaintId);
    }
}
