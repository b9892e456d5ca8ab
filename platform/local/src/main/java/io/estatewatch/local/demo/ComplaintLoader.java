package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Assignee;
import io.estatewatch.local.demo.DistrictPlan.Complaint;
import io.estatewatch.local.demo.DistrictPlan.Step;
import io.estatewatch.local.demo.DistrictPlan.StepKind;
import io.estatewatch.local.demo.GatewayClient.Caller;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The complaints through {@code /api/v1/complaints}, in the order they were received: the hotline systems push
 * theirs in batches with their API key and ticket numbers (a retried push returns the first complaint), staff enter
 * visits, calls and referral letters one by one. Then the duplicates are merged into the complaints they repeat, and
 * every other complaint is taken through its handling: dispatched where the platform did not route it, answered and
 * resolved by its company (or street office), called back by the section. A complaint already there continues from
 * the step its history shows.
 */
final class ComplaintLoader {

    /** Under the gateway's request-size limit, with Chinese text. */
    private static final int BATCH = 40;
    private static final Set<String> STEPS_IN_HISTORY = Set.of("URGED", "RESPONDED", "RESOLVED", "CALLBACK", "MERGED");

    /** The platform's view of a complaint once it was taken in. */
    private record Taken(String id, String status, String assigneeType, String assigneeId, boolean repeated,
                         int stepsDone) {
    }

    private final LoadContext ctx;
    private final Map<String, Taken> taken = new ConcurrentHashMap<>();
    private final Map<String, Caller> streetOfficers = new ConcurrentHashMap<>();

    ComplaintLoader(LoadContext ctx) {
        this.ctx = ctx;
    }

    void load() {
        intake();
        merges();
        handling();
    }

    private void intake() {
        List<Complaint> complaints = ctx.plan.complaints();
        LoadProgress.Part part = ctx.progress.part("complaints", complaints.size());
        List<Complaint> batch = new ArrayList<>();
        boolean batches = true;
        for (int i = 0; i < complaints.size(); i++) {
            Complaint complaint = complaints.get(i);
            if (complaint.hotlineSystem()) {
                batch.add(complaint);
                if (batch.size() == BATCH) {
                    batches = push(part, batch, batches);
                    batch.clear();
                }
                continue;
            }
            if (!batch.isEmpty()) {
                batches = push(part, batch, batches);
                batch.clear();
            }
            single(part, complaint, ctx.officer(i));
        }
        if (!batch.isEmpty()) {
            push(part, batch, batches);
        }
    }

    /** Pushes a hotline system's batch; falls back to single pushes where the batch endpoint is missing. */
    private boolean push(LoadProgress.Part part, List<Complaint> batch, boolean batches) {
        if (batches) {
            ObjectNode body = ctx.client.object();
            ArrayNode items = body.putArray("complaints");
            batch.forEach(c -> items.add(submission(c)));
            Response response = ctx.client.post(Caller.hotline(), "/api/v1/complaints/batch", body, null);
            if (response.ok() && response.body().path("results").isArray()) {
                JsonNode results = response.body().path("results");
                for (int i = 0; i < batch.size(); i++) {
                    JsonNode result = results.path(i);
                    int status = result.path("status").asInt();
                    Complaint complaint = batch.get(i);
                    if (status == 200 || status == 201) {
                        record(part, complaint, result.path("complaint"), status == 200);
                    } else {
                        part.failed(complaint.externalId() + ": " + status + " "
                                + result.path("problem").path("detail").asString(""));
                    }
                }
                return true;
            }
            if (!LoadContext.missingEndpoint(response)) {
                batch.forEach(c -> part.failed(c.externalId() + ": batch " + response.status() + " " + response.problem()));
                return true;
            }
        }
        batch.forEach(c -> single(part, c, Caller.hotline()));
        return false;
    }

    private void single(LoadProgress.Part part, Complaint complaint, Caller caller) {
        Response response = ctx.client.post(caller, "/api/v1/complaints", submission(complaint), null);
        if (response.ok() && response.body().hasNonNull("id")) {
            record(part, complaint, response.body(), response.status() == 200);
        } else {
            part.refused(complaint.externalId(), response);
        }
    }

    private void record(LoadProgress.Part part, Complaint complaint, JsonNode view, boolean repeated) {
        int done = 0;
        for (JsonNode step : view.path("history")) {
            if (STEPS_IN_HISTORY.contains(LoadContext.text(step, "kind"))) {
                done++;
            }
        }
        JsonNode assignee = view.path("assignee");
        taken.put(complaint.key(), new Taken(view.path("id").asString(), LoadContext.text(view, "status"),
                LoadContext.text(assignee, "type"), LoadContext.text(assignee, "id"), repeated, done));
        ctx.complaintIds.put(complaint.key(), view.path("id").asString());
        if (repeated) {
            part.existing();
        } else {
            part.created();
        }
    }

    private ObjectNode submission(Complaint c) {
        ObjectNode body = ctx.client.object()
                .put("channel", c.channel())
                .put("externalId", c.externalId())
                .put("receivedAt", LoadContext.iso(c.receivedAt()));
        if (c.estateKey() != null) {
            body.put("estateId", ctx.estateIds.get(c.estateKey()));
        } else {
            body.put("address", c.address());
        }
        body.put("category", c.category()).put("description", c.description());
        body.putObject("complainant").put("name", c.complainantName()).put("phone", c.phone());
        return body;
    }

    private void merges() {
        List<Complaint> duplicates = ctx.plan.complaints().stream()
                .filter(c -> c.steps().stream().anyMatch(s -> s.kind() == StepKind.MERGE)).toList();
        LoadProgress.Part part = ctx.progress.part("duplicates merged", duplicates.size());
        for (Complaint complaint : duplicates) {
            Taken t = taken.get(complaint.key());
            Step merge = complaint.steps().get(0);
            String into = ctx.complaintIds.get(merge.mergeInto());
            if (t == null || into == null) {
                part.failed(complaint.externalId() + ": not taken in");
                continue;
            }
            if (!ctx.resend && "MERGED".equals(t.status())) {
                part.existing();
                continue;
            }
            ObjectNode body = ctx.client.object().put("into", into).put("at", LoadContext.iso(merge.at()));
            Response response = ctx.client.post(ctx.officer(0), "/api/v1/complaints/" + t.id() + "/merge", body,
                    ctx.key("complaint", complaint.key(), "merge"));
            if (response.ok() && !LoadContext.replayed(response)) {
                part.created();
            } else if (response.ok()) {
                part.existing();
            } else if (response.status() == 409 && (t.repeated() || ctx.resend)) {
                part.existing();
            } else {
                part.failed(complaint.externalId() + " merge: " + response.status() + " " + response.problem());
            }
        }
    }

    private void handling() {
        List<Complaint> handled = ctx.plan.complaints().stream()
                .filter(c -> c.steps().stream().noneMatch(s -> s.kind() == StepKind.MERGE)).toList();
        LoadProgress.Part part = ctx.progress.part("complaint handling", handled.size());
        ctx.inParallel(handled, part, complaint -> handle(part, complaint));
    }

    private void handle(LoadProgress.Part part, Complaint complaint) {
        Taken t = taken.get(complaint.key());
        if (t == null) {
            part.failed(complaint.externalId() + ": not taken in");
            return;
        }
        if (!ctx.resend && t.repeated() && complaint.finalStatus().equals(t.status())) {
            part.existing();
            return;
        }
        String path = "/api/v1/complaints/" + t.id();
        int number = Math.abs(complaint.key().hashCode());
        String assigneeType = t.assigneeType();
        String assigneeId = t.assigneeId();
        boolean sent = false;

        // Dispatch where the platform could not route it (an address it did not recognise, an estate it did not know).
        Assignee planned = complaint.assignee();
        String plannedId = planned.type().equals("COMPANY") ? ctx.companyIds.get(planned.id()) : planned.id();
        boolean open = t.status() == null || t.status().equals("RECEIVED") || t.status().equals("ASSIGNED");
        if (open && plannedId != null && !(planned.type().equals(assigneeType) && plannedId.equals(assigneeId))) {
            OffsetDateTime at = complaint.steps().stream().filter(s -> s.kind() == StepKind.ASSIGNMENT)
                    .map(Step::at).findFirst().orElse(complaint.receivedAt().plusMinutes(15));
            ObjectNode body = ctx.client.object();
            body.putObject("assignee").put("type", planned.type()).put("id", plannedId);
            body.put("at", LoadContext.iso(at));
            Response response = ctx.client.post(ctx.officer(number), path + "/assignment", body,
                    ctx.key("complaint", complaint.key(), "assignment"));
            if (!response.ok()) {
                part.failed(complaint.externalId() + " assignment: " + response.status() + " " + response.problem());
                return;
            }
            assigneeType = planned.type();
            assigneeId = plannedId;
            sent = true;
        }

        List<Step> steps = complaint.steps().stream().filter(s -> s.kind() != StepKind.ASSIGNMENT).toList();
        int from = ctx.resend ? 0 : t.stepsDone();
        for (int i = from; i < steps.size(); i++) {
            Step step = steps.get(i);
            String key = ctx.key("complaint", complaint.key(), "step", i);
            Response response = switch (step.kind()) {
                case URGING -> ctx.client.post(ctx.officer(number), path + "/urging",
                        ctx.client.object().put("note", step.text()).put("at", LoadContext.iso(step.at())), key);
                case RESPONSE -> byAssignee(assigneeType, assigneeId, number, path + "/response",
                        ctx.client.object().put("note", step.text()).put("at", LoadContext.iso(step.at())), key);
                case RESOLUTION -> byAssignee(assigneeType, assigneeId, number, path + "/resolution",
                        ctx.client.object().put("result", step.text()).put("at", LoadContext.iso(step.at())), key);
                case CALLBACK -> ctx.client.post(ctx.officer(number), path + "/callback",
                        ctx.client.object().put("satisfaction", step.satisfaction()).put("at", LoadContext.iso(step.at())),
                        key);
                default -> throw new IllegalStateException("not a handling step: " + step.kind());
            };
            if (response.ok()) {
                sent |= !LoadContext.replayed(response);
            } else if (!(response.status() == 409 && (t.repeated() || ctx.resend))) {
                part.refused(complaint.externalId() + " " + step.kind(), response);
                return;
            }
        }
        if (sent || !t.repeated()) {
            part.created();
        } else {
            part.existing();
        }
    }

    /** The assignee answers and resolves: its company's user, or its street's officer; district staff otherwise. */
    private Response byAssignee(String type, String id, int number, String path, ObjectNode body, String key) {
        Caller caller = ctx.officer(number);
        if ("COMPANY".equals(type) && id != null) {
            caller = Caller.companyUser("demo-company-" + id, id);
        } else if ("STREET".equals(type) && id != null) {
            caller = streetOfficers.computeIfAbsent(id, street -> Caller.streetOfficer(
                    "demo-street-" + Integer.toHexString(street.hashCode()), street));
        }
        Response response = ctx.client.post(caller, path, body, key);
        if (response.status() == 403 && !Objects.equals(caller, ctx.officer(number))) {
            return ctx.client.post(ctx.officer(number), path, body, key);
        }
        return response;
    }
}
