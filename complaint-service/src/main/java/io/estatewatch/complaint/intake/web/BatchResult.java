package io.estatewatch.complaint.intake.web;

import io.estatewatch.complaint.handling.web.ComplaintView;
import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * The outcome of each complaint of a batch, in the order sent.
 *
 * @param created  complaints taken in now
 * @param repeated pushes that repeated a complaint received before (the first result is returned)
 * @param failed   complaints refused; their problem says why
 */
public record BatchResult(int created, int repeated, int failed, List<Item> results) {

    /**
     * @param status    what a single push would have answered: 201, 200, 400, 403 or 409
     * @param complaint the complaint, when taken in or repeated
     * @param problem   the RFC 9457 problem, when refused
     */
    public record Item(int index, int status, String externalId, ComplaintView complaint, ProblemDetail problem) {
    }

    static BatchResult of(List<Item> results) {
        int created = (int) results.stream().filter(item -> item.status() == 201).count();
        int repeated = (int) results.stream().filter(item -> item.status() == 200).count();
        return new BatchResult(created, repeated, results.size() - created - repeated, results);
    }
}
