package io.estatewatch.local.demo;

import io.estatewatch.local.demo.DistrictPlan.MilestoneReached;
import io.estatewatch.local.demo.DistrictPlan.RenovationProject;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The renovation programme through {@code /api/v1/renovation}: the programme registered under its code and title,
 * a project per estate (found again by programme and estate), and the milestones each has reached, in order.
 */
final class RenovationLoader {

    private final LoadContext ctx;

    RenovationLoader(LoadContext ctx) {
        this.ctx = ctx;
    }

    void load() {
        DistrictPlan.Renovation renovation = ctx.plan.renovation();
        LoadProgress.Part part = ctx.progress.part("renovation", renovation.projects().size());
        ObjectNode programme = ctx.client.object().put("code", renovation.programmeCode())
                .put("title", renovation.programmeTitle());
        Response registered = ctx.client.post(ctx.admin, "/api/v1/renovation/programmes", programme,
                ctx.key("programme", renovation.programmeCode()));
        if (LoadContext.missingEndpoint(registered)) {
            part.skip("POST /api/v1/renovation/programmes → " + registered.status());
            return;
        }
        if (!registered.ok()) {
            renovation.projects().forEach(p -> part.failed("programme " + renovation.programmeCode() + ": "
                    + registered.status() + " " + registered.problem()));
            return;
        }
        for (RenovationProject project : renovation.projects()) {
            try {
                project(part, renovation.programmeCode(), project);
            } catch (GatewayClient.GatewayException e) {
                part.failed(project.key() + ": " + e.getMessage());
            }
        }
    }

    private void project(LoadProgress.Part part, String programme, RenovationProject project) {
        List<String> estateIds = project.estateKeys().stream().map(ctx.estateIds::get).toList();
        if (estateIds.contains(null)) {
            part.failed(project.key() + ": its estate is not registered");
            return;
        }
        Optional<JsonNode> existing = ctx.resend ? Optional.empty() : ctx.client
                .readAll(ctx.admin, "/api/v1/renovation/projects?programme=" + GatewayClient.query(programme)
                        + "&estateId=" + GatewayClient.query(estateIds.get(0)), 50)
                .flatMap(list -> list.stream().findFirst());
        String id;
        Set<String> reached = new HashSet<>();
        boolean created = false;
        if (existing.isPresent()) {
            id = LoadContext.text(existing.get(), "id");
            JsonNode view = ctx.client.read(ctx.admin, "/api/v1/renovation/projects/" + id);
            for (JsonNode milestone : view.path("milestones")) {
                if (!milestone.path("reachedAt").isNull() && !milestone.path("reachedAt").isMissingNode()) {
                    reached.add(LoadContext.text(milestone, "milestone"));
                }
            }
        } else {
            ObjectNode body = ctx.client.object().put("programme", programme);
            estateIds.forEach(body.putArray("estateIds")::add);
            body.put("type", project.type())
                    .put("floorAreaM2", project.floorAreaM2())
                    .put("households", project.households())
                    .put("buildings", project.buildings())
                    .put("centralSubsidy", project.centralSubsidy())
                    .put("plannedAt", LoadContext.iso(project.plannedAt()));
            ObjectNode schedule = body.putObject("schedule");
            project.schedule().forEach((milestone, day) -> schedule.put(milestone, day.toString()));
            Response response = ctx.client.post(ctx.admin, "/api/v1/renovation/projects", body,
                    ctx.key("renovation", project.key()));
            if (!response.ok() || !response.body().hasNonNull("id")) {
                part.refused(project.key(), response);
                return;
            }
            id = response.body().path("id").asString();
            created = response.created() && !LoadContext.replayed(response);
        }
        for (MilestoneReached milestone : project.milestones()) {
            if (reached.contains(milestone.milestone())) {
                continue;
            }
            ObjectNode body = ctx.client.object().put("milestone", milestone.milestone())
                    .put("at", LoadContext.iso(milestone.at()));
            if (milestone.noticeFrom() != null) {
                body.putObject("publicNotice").put("from", milestone.noticeFrom().toString())
                        .put("to", milestone.noticeTo().toString());
            }
            Response response = ctx.client.post(ctx.admin, "/api/v1/renovation/projects/" + id + "/milestones", body,
                    ctx.key("renovation", project.key(), milestone.milestone()));
            if (!response.ok() && !(response.status() == 409 && !created)) {
                part.refused(project.key() + " " + milestone.milestone(), response);
                return;
            }
        }
        part.finished(created);
    }
}
