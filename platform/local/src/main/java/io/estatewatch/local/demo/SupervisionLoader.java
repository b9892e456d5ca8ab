package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.DisorderCase;
import io.estatewatch.local.demo.DistrictPlan.DisorderStep;
import io.estatewatch.local.demo.DistrictPlan.FireLaneCheck;
import io.estatewatch.local.demo.DistrictPlan.Interview;
import io.estatewatch.local.demo.DistrictPlan.LaneFeature;
import io.estatewatch.local.demo.DistrictPlan.ReInspection;
import io.estatewatch.local.demo.DistrictPlan.Rectification;
import io.estatewatch.local.demo.DistrictPlan.Round;
import io.estatewatch.local.demo.DistrictPlan.Score;
import io.estatewatch.local.demo.GatewayClient.Caller;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The supervision work through {@code /api/v1/assessment}: epidemic checks, supplies, the first-quarter round (its
 * scores, the interviews and re-inspections that follow, its publication), fire-lane inspections, disorder cases
 * and regulation copies. Records are found again by what they are about and when they happened; a part whose
 * endpoint the platform does not offer is skipped and named in the summary.
 */
final class SupervisionLoader {

    static final String EPIDEMIC_CHECKS = "/api/v1/assessment/epidemic-checks";
    static final String SUPPLIES = "/api/v1/assessment/supplies";
    static final String OUTREACH = "/api/v1/assessment/outreach";
    static final String ROUNDS = "/api/v1/assessment/rounds";
    static final String INTERVIEWS = "/api/v1/assessment/interviews";
    static final String RECTIFICATIONS = "/api/v1/assessment/rectifications";
    static final String FIRE_LANES = "/api/v1/assessment/fire-lanes/inspections";
    static final String DISORDER_CASES = "/api/v1/assessment/disorder-cases";

    private static final java.util.Map<String, String> RECIPIENTS = java.util.Map.of(
            "STREET", "辖区各乡镇、街道", "COMPANY", "辖区物业服务企业", "OWNER", "小区业主");
    private static final String[] TIME_FIELDS = {"at", "occurredAt", "checkedAt", "distributedAt", "openedAt", "inspectedAt"};

    private final LoadContext ctx;

    SupervisionLoader(LoadContext ctx) {
        this.ctx = ctx;
    }

    void load() {
        epidemicChecks();
        supplies();
        round();
        fireLanes();
        disorderCases();
        outreach();
    }

    // ---- simple records: one POST each ----

    private <T> void records(String name, String path, List<T> items, Function<T, ObjectNode> body,
                             Function<T, String> key, Function<T, String> signature,
                             Function<JsonNode, String> signatureOfExisting) {
        LoadProgress.Part part = ctx.progress.part(name, items.size());
        if (items.isEmpty()) {
            return;
        }
        Set<String> existing = new HashSet<>();
        if (!ctx.resend) {
            ctx.client.readAll(ctx.admin, path, 100).orElse(List.of()).forEach(e -> existing.add(signatureOfExisting.apply(e)));
        }
        Function<T, Boolean> one = item -> {
            if (existing.contains(signature.apply(item))) {
                part.existing();
                return true;
            }
            ObjectNode request = body.apply(item);
            if (request == null) {
                part.failed(key.apply(item) + ": what it is about is not registered");
                return true;
            }
            Response response = ctx.client.post(ctx.officer(key.apply(item).hashCode()), path, request,
                    ctx.key(key.apply(item)));
            if (LoadContext.missingEndpoint(response)) {
                return false;
            }
            if (response.ok()) {
                RegisterLoader.count(part, response);
            } else {
                part.refused(key.apply(item), response);
            }
            return true;
        };
        // The first alone: a missing endpoint skips the part instead of failing every record.
        if (!one.apply(items.get(0))) {
            part.skip("POST " + path + " is not offered (404)");
            return;
        }
        ctx.inParallel(items.subList(1, items.size()), part, one::apply);
    }

    private void epidemicChecks() {
        records("epidemic checks", EPIDEMIC_CHECKS, ctx.plan.epidemicChecks(),
                check -> estate(check.estateKey()).map(id -> ctx.client.object().put("estateId", id)
                        .put("closedManagement", check.closedManagement()).put("disinfected", check.disinfected())
                        .put("at", LoadContext.iso(check.at()))).orElse(null),
                DistrictPlan.EpidemicCheck::key,
                check -> ctx.estateIds.get(check.estateKey()) + "|" + check.at().toInstant(),
                e -> estateIdOf(e) + "|" + when(e));
    }

    private void supplies() {
        records("supplies", SUPPLIES, ctx.plan.supplies(),
                s -> Optional.ofNullable(ctx.companyIds.get(s.companyKey())).map(id -> ctx.client.object()
                        .put("companyId", id).put("item", s.item()).put("quantity", s.quantity()).put("unit", s.unit())
                        .put("at", LoadContext.iso(s.at()))).orElse(null),
                DistrictPlan.SupplyHandout::key,
                s -> s.item() + "|" + s.quantity() + "|" + s.at().toInstant(),
                e -> LoadContext.text(e, "item") + "|" + e.path("quantity").asInt() + "|" + when(e));
    }

    private void outreach() {
        records("regulation copies", OUTREACH, ctx.plan.outreach(),
                o -> ctx.client.object().put("recipientType", o.recipientType()).put("copies", o.copies())
                        .put("recipient", RECIPIENTS.get(o.recipientType())).put("at", LoadContext.iso(o.at())),
                DistrictPlan.OutreachHandout::key,
                o -> o.recipientType() + "|" + o.copies() + "|" + o.at().toInstant(),
                e -> LoadContext.text(e, "recipientType") + "|" + e.path("copies").asInt() + "|" + when(e));
    }

    private void fireLanes() {
        records("fire-lane checks", FIRE_LANES, ctx.plan.fireLaneChecks(),
                check -> estate(check.estateKey()).map(id -> {
                    ObjectNode body = ctx.client.object().put("estateId", id);
                    feature(body, "markings", check.markings());
                    feature(body, "signs", check.signs());
                    feature(body, "boards", check.boards());
                    check.qualityIssues().forEach(body.putArray("qualityIssues")::add);
                    return body.put("note", check.note()).put("at", LoadContext.iso(check.at()));
                }).orElse(null),
                FireLaneCheck::key,
                check -> ctx.estateIds.get(check.estateKey()) + "|" + check.at().toInstant(),
                e -> estateIdOf(e) + "|" + when(e));
    }

    private static void feature(ObjectNode body, String name, LaneFeature feature) {
        body.putObject(name).put("present", feature.present()).put("toStandard", feature.toStandard());
    }

    // ---- disorder cases: opened, escalated step by step, closed ----

    private void disorderCases() {
        List<DisorderCase> cases = ctx.plan.disorderCases();
        LoadProgress.Part part = ctx.progress.part("disorder cases", cases.size());
        Set<String> existing = new HashSet<>();
        if (!ctx.resend) {
            ctx.client.readAll(ctx.admin, DISORDER_CASES, 100).orElse(List.of())
                    .forEach(e -> existing.add(estateIdOf(e) + "|" + LoadContext.text(e, "disorderType")));
        }
        boolean first = true;
        for (DisorderCase c : cases) {
            String estateId = ctx.estateIds.get(c.estateKey());
            if (estateId == null) {
                part.failed(c.key() + ": its estate is not registered");
                continue;
            }
            if (existing.contains(estateId + "|" + c.disorderType())) {
                part.existing();
                continue;
            }
            Caller caller = ctx.officer(c.key().hashCode());
            DisorderStep opened = c.steps().get(0);
            Response response = ctx.client.post(caller, DISORDER_CASES, ctx.client.object().put("estateId", estateId)
                    .put("disorderType", c.disorderType()).put("note", opened.note())
                    .put("at", LoadContext.iso(opened.at())), ctx.key(c.key()));
            if (first && LoadContext.missingEndpoint(response)) {
                part.skip("POST " + DISORDER_CASES + " is not offered (404)");
                return;
            }
            first = false;
            if (!response.ok() || !response.body().hasNonNull("id")) {
                part.refused(c.key(), response);
                continue;
            }
            String id = response.body().path("id").asString();
            boolean ok = true;
            for (int i = 1; i < c.steps().size() && ok; i++) {
                DisorderStep step = c.steps().get(i);
                Response escalated = ctx.client.post(caller, DISORDER_CASES + "/" + id + "/escalation",
                        ctx.client.object().put("step", step.step()).put("note", step.note())
                                .put("at", LoadContext.iso(step.at())), ctx.key(c.key(), "step", i));
                ok = accepted(part, c.key() + " " + step.step(), escalated);
            }
            if (ok && c.closedAt() != null) {
                Response closed = ctx.client.post(caller, DISORDER_CASES + "/" + id + "/closure",
                        ctx.client.object().put("note", c.closingNote()).put("at", LoadContext.iso(c.closedAt())),
                        ctx.key(c.key(), "closure"));
                ok = accepted(part, c.key() + " closure", closed);
            }
            if (ok) {
                RegisterLoader.count(part, response);
            }
        }
    }

    // ---- the round ----

    private void round() {
        Round round = ctx.plan.assessment().round();
        List<Score> scores = ctx.plan.assessment().scores();
        LoadProgress.Part part = ctx.progress.part("assessment scores", scores.size());
        Optional<String> found = findRound(round.name());
        String id;
        if (found.isPresent() && !ctx.resend) {
            id = found.get();
        } else {
            ObjectNode body = ctx.client.object().put("name", round.name()).put("checklistVersion", round.checklist())
                    .put("openedAt", LoadContext.iso(round.openedAt())).put("closesAt", LoadContext.iso(round.closesAt()));
            round.estateKeys().stream().map(ctx.estateIds::get).filter(java.util.Objects::nonNull)
                    .forEach(body.putArray("estateIds")::add);
            round.streets().forEach(body.putArray("streets")::add);
            round.inspectors().forEach(body.putArray("inspectors")::add);
            body.put("threshold", round.threshold());
            Response response = ctx.client.post(ctx.admin, ROUNDS, body, ctx.key("round", round.name()));
            if (LoadContext.missingEndpoint(response)) {
                part.skip("POST " + ROUNDS + " is not offered (404)");
                return;
            }
            if (response.ok() && response.body().hasNonNull("id")) {
                id = response.body().path("id").asString();
            } else if (response.status() == 409 && found.isPresent()) {
                id = found.get();
            } else {
                part.skip("the round was not opened: " + response.status() + " " + response.problem());
                return;
            }
        }
        String roundId = id;
        // One after the other: every score changes the round's one document.
        scores.forEach(score -> {
            String estateId = ctx.estateIds.get(score.estateKey());
            ObjectNode body = ctx.client.object().put("estateId", estateId);
            ArrayNode items = body.putArray("items");
            score.items().forEach((code, value) -> items.addObject().put("code", code).put("score", value));
            body.put("at", LoadContext.iso(score.at()));
            if (score.mediaNote() != null) {
                body.put("mediaNote", score.mediaNote());
            }
            Response response = ctx.client.post(ctx.officer(score.estateKey().hashCode()), ROUNDS + "/" + roundId + "/scores",
                    body, ctx.key("score", round.name(), score.estateKey()));
            if (response.ok()) {
                RegisterLoader.count(part, response);
            } else if (response.status() == 409 && "SCORED".equals(LoadContext.text(response.body(), "currentState"))) {
                part.existing();
            } else {
                part.refused(score.estateKey(), response);
            }
        });
        interviews(roundId);
        rectifications(roundId);
        Response published = ctx.client.post(ctx.admin, ROUNDS + "/" + roundId + "/publication",
                ctx.client.object().put("at", LoadContext.iso(round.publishedAt())), ctx.key("round", round.name(), "publication"));
        if (!published.ok() && published.status() != 409) {
            ctx.progress.say("[demo] assessment round not published: " + published.status() + " " + published.problem());
        }
    }

    private Optional<String> findRound(String name) {
        return ctx.client.readAll(ctx.admin, ROUNDS, 50).orElse(List.of()).stream()
                .filter(r -> name.equals(LoadContext.text(r, "name"))).map(r -> LoadContext.text(r, "id")).findFirst();
    }

    private void interviews(String roundId) {
        List<Interview> interviews = ctx.plan.assessment().interviews();
        LoadProgress.Part part = ctx.progress.part("interviews", interviews.size());
        ctx.inParallel(interviews, part, interview -> {
            String estateId = ctx.estateIds.get(interview.estateKey());
            String query = interview.byRound()
                    ? "?roundId=" + GatewayClient.query(roundId) + "&estateId=" + GatewayClient.query(estateId)
                    : "?estateId=" + GatewayClient.query(estateId);
            Optional<JsonNode> scheduled = ctx.client.readAll(ctx.admin, INTERVIEWS + query, 50).orElse(List.of())
                    .stream().filter(i -> interview.byRound() || interview.reason().equals(LoadContext.text(i, "reason")))
                    .findFirst();
            boolean created = false;
            if (scheduled.isEmpty() && interview.byRound()) {
                part.failed(interview.estateKey() + ": the round scheduled no interview");
                return;
            }
            String id;
            if (scheduled.isPresent()) {
                id = LoadContext.text(scheduled.get(), "id");
                if ("HELD".equals(LoadContext.text(scheduled.get(), "status")) && !ctx.resend) {
                    part.existing();
                    return;
                }
            } else {
                Response response = ctx.client.post(ctx.officer(interview.estateKey().hashCode()), INTERVIEWS,
                        ctx.client.object().put("estateId", estateId)
                                .put("scheduledAt", LoadContext.iso(interview.scheduledAt()))
                                .put("reason", interview.reason()).put("at", LoadContext.iso(interview.arrangedAt())),
                        ctx.key("interview", interview.estateKey()));
                if (!response.ok() || !response.body().hasNonNull("id")) {
                    part.refused(interview.estateKey(), response);
                    return;
                }
                id = response.body().path("id").asString();
                created = true;
            }
            ObjectNode held = ctx.client.object().put("at", LoadContext.iso(interview.heldAt()))
                    .put("commitment", interview.commitment());
            interview.attendees().forEach(held.putArray("attendees")::add);
            Response response = ctx.client.post(ctx.officer(interview.estateKey().hashCode()), INTERVIEWS + "/" + id + "/held",
                    held, ctx.key("interview", interview.estateKey(), "held"));
            if (response.ok() && !LoadContext.replayed(response)) {
                part.created();
            } else if (response.ok() || (response.status() == 409 && !created)) {
                part.existing();
            } else {
                part.failed(interview.estateKey() + " held: " + response.status() + " " + response.problem());
            }
        });
    }

    private void rectifications(String roundId) {
        List<Rectification> orders = ctx.plan.assessment().rectifications();
        LoadProgress.Part part = ctx.progress.part("re-inspections", orders.size());
        ctx.inParallel(orders, part, order -> {
            String estateId = ctx.estateIds.get(order.estateKey());
            Optional<JsonNode> found = ctx.client.readAll(ctx.admin, RECTIFICATIONS + "?roundId="
                    + GatewayClient.query(roundId) + "&estateId=" + GatewayClient.query(estateId), 50)
                    .orElse(List.of()).stream().findFirst();
            if (found.isEmpty()) {
                part.failed(order.estateKey() + ": the round ordered no rectification");
                return;
            }
            String id = LoadContext.text(found.get(), "id");
            int done = ctx.resend ? 0 : found.get().path("reInspections").size();
            boolean sent = false;
            for (int i = done; i < order.reInspections().size(); i++) {
                ReInspection check = order.reInspections().get(i);
                Response response = ctx.client.post(ctx.officer(order.estateKey().hashCode()),
                        RECTIFICATIONS + "/" + id + "/re-inspections",
                        ctx.client.object().put("outcome", check.outcome()).put("note", check.note())
                                .put("at", LoadContext.iso(check.at())),
                        ctx.key("re-inspection", order.estateKey(), i));
                if (!response.ok() && !(response.status() == 409 && ctx.resend)) {
                    part.refused(order.estateKey() + " re-inspection " + (i + 1), response);
                    return;
                }
                sent |= response.ok() && !LoadContext.replayed(response);
            }
            part.finished(sent);
        });
    }

    // ---- helpers ----

    private boolean accepted(LoadProgress.Part part, String what, Response response) {
        if (response.ok() || (response.status() == 409 && ctx.resend)) {
            return true;
        }
        part.refused(what, response);
        return false;
    }

    private Optional<String> estate(String key) {
        return Optional.ofNullable(ctx.estateIds.get(key));
    }

    private static String estateIdOf(JsonNode node) {
        String id = LoadContext.text(node, "estateId");
        return id != null ? id : LoadContext.text(node.path("estate"), "id");
    }

    private static String when(JsonNode node) {
        return LoadContext.instant(node, TIME_FIELDS).map(Instant::toString).orElse("?");
    }
}
