package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Decision;
import io.estatewatch.local.demo.DistrictPlan.Filing;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The filings through {@code /api/v1/filings}: submitted as their applicants did (back-dated) and decided by the
 * section. An estate's filings go in the order they were submitted, because the rules look back (a negotiated
 * selection needs the estate's pre-tender filing, an exit needs the company on the estate); different estates go
 * side by side. A filing already there (same estate, type and submission time) is taken as it is, and only its
 * missing decisions are made.
 */
final class FilingLoader {

    private final LoadContext ctx;

    FilingLoader(LoadContext ctx) {
        this.ctx = ctx;
    }

    void load() {
        LoadProgress.Part part = ctx.progress.part("filings", ctx.plan.filings().size());
        Map<String, List<Filing>> byEstate = new LinkedHashMap<>();
        ctx.plan.filings().forEach(f -> byEstate.computeIfAbsent(f.estateKey(), k -> new ArrayList<>()).add(f));
        ctx.inParallel(List.copyOf(byEstate.entrySet()), part, entry -> {
            String estateId = ctx.estateIds.get(entry.getKey());
            if (estateId == null) {
                entry.getValue().forEach(f -> part.failed(f.key() + ": its estate is not registered"));
                return;
            }
            List<JsonNode> existing = ctx.resend ? List.of() : ctx.client
                    .readAll(ctx.admin, "/api/v1/filings?estateId=" + GatewayClient.query(estateId), 100)
                    .orElse(List.of());
            for (Filing filing : entry.getValue()) {
                load(part, filing, estateId, existing);
            }
        });
    }

    private void load(LoadProgress.Part part, Filing filing, String estateId, List<JsonNode> existing) {
        Instant submitted = filing.submittedAt().toInstant();
        Optional<JsonNode> found = existing.stream()
                .filter(f -> filing.type().equals(LoadContext.text(f, "type")))
                .filter(f -> LoadContext.instant(f, "submittedAt").map(submitted::equals).orElse(false))
                .findFirst();
        String id;
        int decided;
        boolean created;
        if (found.isPresent()) {
            id = LoadContext.text(found.get(), "id");
            decided = decisionsMade(found.get());
            created = false;
        } else {
            ObjectNode body = ctx.client.object().put("type", filing.type()).put("estateId", estateId);
            if (filing.companyKey() != null) {
                String companyId = ctx.companyIds.get(filing.companyKey());
                if (companyId == null) {
                    part.failed(filing.key() + ": its company is not registered");
                    return;
                }
                body.put("companyId", companyId);
            }
            body.put("submittedAt", LoadContext.iso(filing.submittedAt()));
            body.set("details", ctx.client.json().valueToTree(filing.details()));
            Response response = ctx.client.post(ctx.admin, "/api/v1/filings", body, ctx.key("filing", filing.key()));
            if (!response.ok() || !response.body().hasNonNull("id")) {
                part.failed(filing.key() + " (" + filing.type() + "): " + response.status() + " " + response.problem());
                return;
            }
            id = response.body().path("id").asString();
            created = response.created() && !LoadContext.replayed(response);
            decided = created ? 0 : decisionsMade(response.body());
        }
        for (int i = decided; i < filing.decisions().size(); i++) {
            Decision decision = filing.decisions().get(i);
            ObjectNode body = ctx.client.object().put("decision", decision.decision()).put("reason", decision.reason());
            if (!decision.missingItems().isEmpty()) {
                decision.missingItems().forEach(body.putArray("missingItems")::add);
            }
            body.put("at", LoadContext.iso(decision.at()));
            Response response = ctx.client.post(ctx.admin, "/api/v1/filings/" + id + "/decision", body,
                    ctx.key("filing", filing.key(), "decision", i));
            if (!response.ok() && !(response.status() == 409 && !created)) {
                part.refused(filing.key() + " " + decision.decision(), response);
                return;
            }
        }
        part.finished(created);
    }

    private static final java.util.Set<String> DECISIONS = java.util.Set.of("APPROVED", "REJECTED", "RETURNED");

    /** How many decisions a filing as the service shows it has had: its review history, else its status says. */
    private static int decisionsMade(JsonNode filing) {
        JsonNode history = filing.path("history");
        if (history.isArray()) {
            int decided = 0;
            for (JsonNode step : history) {
                if (DECISIONS.contains(LoadContext.text(step, "step"))) {
                    decided++;
                }
            }
            return decided;
        }
        String status = LoadContext.text(filing, "status");
        return status == null || status.equals("SUBMITTED") ? 0 : 1;
    }
}
