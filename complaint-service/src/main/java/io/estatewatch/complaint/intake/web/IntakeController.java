package io.estatewatch.complaint.intake.web;

import io.estatewatch.complaint.handling.web.ComplaintView;
import io.estatewatch.complaint.handling.web.ComplaintViews;
import io.estatewatch.complaint.intake.IntakeService;
import io.estatewatch.servicekit.error.ConflictException;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;
import io.estatewatch.servicekit.security.Caller;
import io.estatewatch.servicekit.web.ProblemResponses;
import io.estatewatch.servicekit.web.ProblemType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaint intake", description = "Hotline systems push complaints (受理); staff enter visits and calls")
public class IntakeController {

    /** The most complaints one batch takes. */
    public static final int MAX_BATCH = 500;

    private final IntakeService intake;
    private final ComplaintViews views;
    private final JsonMapper json;

    public IntakeController(IntakeService intake, ComplaintViews views, JsonMapper json) {
        this.intake = intake;
        this.views = views;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Push or enter a complaint", description = "Hotline systems (on their channels, with "
            + "externalId) and staff. The estate is given by id or by free-text address; an unknown estate leaves the "
            + "complaint RECEIVED in the triage queue, a known one is ASSIGNED to its company (its street office when "
            + "unmanaged). Emits ComplaintReceived (and ComplaintAssigned). The same channel + externalId again "
            + "answers 200 with the first complaint; with other content, 409.")
    @ApiResponse(responseCode = "201", description = "Taken in")
    @ApiResponse(responseCode = "200", description = "A retried push: the complaint received the first time")
    @ApiResponse(responseCode = "400", description = "Invalid fields; errors[] names each (unknown codes list the allowed values)")
    @ApiResponse(responseCode = "403", description = "A hotline system pushing on a channel it is not bound to")
    @ApiResponse(responseCode = "409", description = "The same channel + externalId was received with other content")
    public ResponseEntity<ComplaintView> receive(Caller caller, @RequestBody ComplaintSubmission submission) {
        IntakeService.Outcome outcome = intake.receive(caller, submission.raw());
        ComplaintView view = views.of(outcome.complaint(), caller);
        return outcome.created()
                ? ResponseEntity.created(URI.create("/api/v1/complaints/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @PostMapping("/batch")
    @Operation(summary = "Push up to 500 complaints at once", description = "For hotline systems that sync a backlog: "
            + "{\"complaints\":[…]} with the fields of a single push. Each complaint succeeds or fails on its own; the "
            + "answer lists, in order, what a single push would have answered. Retrying the batch is safe.")
    @ApiResponse(responseCode = "200", description = "Every complaint's outcome")
    @ApiResponse(responseCode = "400", description = "No complaints list, or more than 500")
    public BatchResult receiveAll(Caller caller, @RequestBody BatchRequest batch) {
        if (batch.complaints() == null || batch.complaints().isEmpty()) {
            throw InvalidInputException.of("complaints", "must list 1 to " + MAX_BATCH + " complaints");
        }
        if (batch.complaints().size() > MAX_BATCH) {
            throw InvalidInputException.of("complaints", "must list at most " + MAX_BATCH + " complaints, has "
                    + batch.complaints().size());
        }
        List<BatchResult.Item> results = new ArrayList<>();
        for (int index = 0; index < batch.complaints().size(); index++) {
            results.add(one(caller, index, batch.complaints().get(index)));
        }
        return BatchResult.of(results);
    }

    /** @param complaints each as a single push's body; read one by one so that one malformed item fails alone */
    public record BatchRequest(List<JsonNode> complaints) {
    }

    private BatchResult.Item one(Caller caller, int index, JsonNode node) {
        String externalId = node != null && node.path("externalId").isString() ? node.path("externalId").asString() : null;
        ComplaintSubmission submission;
        try {
            if (node == null || !node.isObject()) {
                return failed(index, externalId, 400, ProblemResponses.problem(ProblemType.MALFORMED_BODY,
                        "Complaint " + index + " is not a JSON object."));
            }
            submission = json.treeToValue(node, ComplaintSubmission.class);
        } catch (JacksonException unreadable) {
            String field = fieldOf(unreadable);
            ProblemDetail problem = ProblemResponses.validation("Complaint " + index + " cannot be read: "
                    + unreadable.getOriginalMessage(), List.of(new FieldProblem(field, "has a value of the wrong type")));
            problem.setType(ProblemType.MALFORMED_BODY.uri());
            problem.setTitle(ProblemType.MALFORMED_BODY.title());
            return failed(index, externalId, 400, problem);
        }
        try {
            IntakeService.Outcome outcome = intake.receive(caller, submission.raw());
            return new BatchResult.Item(index, outcome.created() ? 201 : 200, externalId,
                    views.of(outcome.complaint(), caller), null);
        } catch (InvalidInputException invalid) {
            return failed(index, externalId, 400, ProblemResponses.validation(invalid.getMessage(), invalid.problems()));
        } catch (ConflictException conflict) {
            ProblemDetail problem = ProblemResponses.problem(ProblemType.CONFLICT, conflict.getMessage());
            conflict.properties().forEach(problem::setProperty);
            return failed(index, externalId, 409, problem);
        } catch (AccessDeniedException denied) {
            return failed(index, externalId, 403, ProblemResponses.problem(ProblemType.FORBIDDEN, denied.getMessage()));
        }
    }

    private static BatchResult.Item failed(int index, String externalId, int status, ProblemDetail problem) {
        problem.setStatus(HttpStatus.valueOf(status));
        return new BatchResult.Item(index, status, externalId, null, problem);
    }

    private static String fieldOf(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
