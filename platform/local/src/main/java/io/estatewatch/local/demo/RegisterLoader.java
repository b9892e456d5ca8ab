package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.Company;
import io.estatewatch.local.demo.DistrictPlan.Estate;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The register through {@code /api/v1/companies} and {@code /api/v1/estates}: companies found by their credit code
 * and estates by street and name are taken as they are; the others are registered. Then it waits (within bounds)
 * until the services that keep their own copy of the register have folded it, so that complaints find their estate
 * and its company.
 */
final class RegisterLoader {

    private static final Duration FOLD_WAIT = Duration.ofSeconds(90);

    private final LoadContext ctx;

    RegisterLoader(LoadContext ctx) {
        this.ctx = ctx;
    }

    void load() {
        companies();
        estates();
    }

    private void companies() {
        LoadProgress.Part part = ctx.progress.part("companies", ctx.plan.companies().size());
        Map<String, String> known = new HashMap<>();
        ctx.client.readAll(ctx.admin, "/api/v1/companies", 100).orElse(List.of())
                .forEach(c -> known.put(LoadContext.text(c, "creditCode"), LoadContext.text(c, "id")));
        ctx.inParallel(ctx.plan.companies(), part, company -> {
            if (!ctx.resend && known.containsKey(company.creditCode())) {
                ctx.companyIds.put(company.key(), known.get(company.creditCode()));
                part.existing();
                return;
            }
            ObjectNode body = ctx.client.object().put("name", company.name()).put("creditCode", company.creditCode());
            body.putObject("contact").put("name", company.contactName()).put("phone", company.contactPhone());
            Response response = ctx.client.post(ctx.admin, "/api/v1/companies", body, ctx.key("company", company.key()));
            if (response.ok() && response.body().hasNonNull("id")) {
                ctx.companyIds.put(company.key(), response.body().path("id").asString());
                count(part, response);
            } else if (response.status() == 409) {
                Optional<String> id = findCompany(company);
                id.ifPresentOrElse(found -> {
                    ctx.companyIds.put(company.key(), found);
                    part.existing();
                }, () -> part.failed(company.name() + ": 409 " + response.problem()));
            } else {
                part.refused(company.name(), response);
            }
        });
    }

    private Optional<String> findCompany(Company company) {
        return ctx.client.readAll(ctx.admin, "/api/v1/companies", 100).orElse(List.of()).stream()
                .filter(c -> company.creditCode().equals(LoadContext.text(c, "creditCode")))
                .map(c -> LoadContext.text(c, "id")).findFirst();
    }

    private void estates() {
        LoadProgress.Part part = ctx.progress.part("estates", ctx.plan.estates().size());
        Map<String, String> known = knownEstates();
        ctx.inParallel(ctx.plan.estates(), part, estate -> {
            String natural = estate.street() + "/" + estate.name();
            if (!ctx.resend && known.containsKey(natural)) {
                ctx.estateIds.put(estate.key(), known.get(natural));
                part.existing();
                return;
            }
            ObjectNode body = ctx.client.object()
                    .put("name", estate.name())
                    .put("street", estate.street())
                    .put("community", estate.community())
                    .put("address", estate.address())
                    .put("households", estate.households())
                    .put("floorAreaM2", estate.floorAreaM2())
                    .put("buildings", estate.buildings())
                    .put("builtYear", estate.builtYear())
                    .put("closedManagement", estate.closedManagement());
            Response response = ctx.client.post(ctx.admin, "/api/v1/estates", body, ctx.key("estate", estate.key()));
            if (response.ok() && response.body().hasNonNull("id")) {
                ctx.estateIds.put(estate.key(), response.body().path("id").asString());
                count(part, response);
            } else if (response.status() == 409 && knownEstates().containsKey(natural)) {
                ctx.estateIds.put(estate.key(), knownEstates().get(natural));
                part.existing();
            } else {
                part.refused(estate.name(), response);
            }
        });
    }

    private Map<String, String> knownEstates() {
        Map<String, String> known = new HashMap<>();
        ctx.client.readAll(ctx.admin, "/api/v1/estates", 100).orElse(List.of()).forEach(e -> known.put(
                LoadContext.text(e, "street") + "/" + LoadContext.text(e, "name"), LoadContext.text(e, "id")));
        return known;
    }

    /**
     * Waits until the assessment service's copy of the register (its fire-lane gap list, which names every estate
     * with its company) holds every estate of the plan with the company the filings left on it: the services fold
     * the same register events, so complaint routing has them too by then. Gives up quietly after a while, or at
     * once when the list is not offered.
     */
    void awaitRegisterFolded(Map<String, String> managerAtEnd) {
        long deadline = System.nanoTime() + FOLD_WAIT.toNanos();
        int expected = ctx.estateIds.size();
        int lastSeen = -1;
        while (true) {
            Response response = ctx.client.get(ctx.admin, "/api/v1/assessment/fire-lanes/gaps?includeUninspected=true");
            if (!response.ok() || !response.body().isArray()) {
                ctx.progress.say("[demo] register     not checked downstream (" + response.status()
                        + "); complaints that find no company are dispatched by staff");
                return;
            }
            int matching = 0;
            Map<String, JsonNode> byId = new HashMap<>();
            response.body().forEach(gap -> byId.put(LoadContext.text(gap, "estateId"), gap));
            for (Map.Entry<String, String> estate : ctx.estateIds.entrySet()) {
                JsonNode seen = byId.get(estate.getValue());
                String company = managerAtEnd.get(estate.getKey());
                String expectedCompany = company == null ? null : ctx.companyIds.get(company);
                if (seen != null && java.util.Objects.equals(expectedCompany, LoadContext.text(seen, "companyId"))) {
                    matching++;
                }
            }
            if (matching >= expected) {
                ctx.progress.say("[demo] register     folded by the services (" + matching + " estates)");
                return;
            }
            if (System.nanoTime() > deadline) {
                ctx.progress.say("[demo] register     " + matching + "/" + expected
                        + " estates folded downstream after " + FOLD_WAIT.toSeconds() + " s; going on");
                return;
            }
            if (matching != lastSeen) {
                ctx.progress.say("[demo] register     waiting for the services to fold it: " + matching + "/" + expected);
                lastSeen = matching;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void count(LoadProgress.Part part, Response response) {
        if (response.created() && !LoadContext.replayed(response)) {
            part.created();
        } else {
            part.existing();
        }
    }
}
