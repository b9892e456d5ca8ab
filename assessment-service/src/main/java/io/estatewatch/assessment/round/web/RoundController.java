package io.estatewatch.assessment.round.web;

import io.estatewatch.assessment.ServiceSettings;
import io.estatewatch.assessment.round.RoundService;
import io.estatewatch.assessment.round.RoundService.OpenRound;
import io.estatewatch.assessment.round.RoundService.Results;
import io.estatewatch.assessment.round.RoundService.ScoreEstate;
import io.estatewatch.assessment.round.domain.AssessmentRound;
import io.estatewatch.assessment.round.domain.RoundStatus;
import io.estatewatch.assessment.round.domain.Scorecard;
import io.estatewatch.assessment.round.web.RoundRequests.Item;
import io.estatewatch.assessment.round.web.RoundRequests.Publish;
import io.estatewatch.assessment.round.web.RoundResponses.ResultsView;
import io.estatewatch.assessment.round.web.RoundResponses.Round;
import io.estatewatch.assessment.round.web.RoundResponses.Scored;
import io.estatewatch.assessment.round.web.RoundResponses.ScorecardView;
import io.estatewatch.assessment.shared.Paging;
import io.estatewatch.servicekit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;

@RestController
@Validated
@RequestMapping("/api/v1/assessment/rounds")
@Tag(name = "Assessment rounds", description = "Civilised-city assessment rounds (考评): scoring estates against a "
        + "checklist version, exposure below the threshold, ranked and published results")
public class RoundController {

    private static final String ROUNDS = "/api/v1/assessment/rounds/";

    private final RoundService rounds;
    private final ServiceSettings settings;

    public RoundController(RoundService rounds, ServiceSettings settings) {
        this.rounds = rounds;
        this.settings = settings;
    }

    @PostMapping
    @Operation(summary = "Open a round",
            description = "District admins and officers. Every estate must be in the register (this service's copy, "
                    + "folded from the register's events); with `streets` and no `estateIds` the round takes every "
                    + "estate of those streets. Publishes AssessmentRoundOpened (occurredAt = openedAt). "
                    + "409 when the district has a round of that name.")
    @ApiResponse(responseCode = "201", description = "Opened")
    public ResponseEntity<Round> open(Caller caller, @Valid @RequestBody RoundRequests.OpenRound request) {
        AssessmentRound round = rounds.open(caller, new OpenRound(request.name(), request.checklistVersion(),
                request.openedAt(), request.closesAt(), request.estateIds(), request.streets(), request.inspectors(),
                request.threshold()));
        return ResponseEntity.created(URI.create(ROUNDS + round.id())).body(Round.of(round, settings.zone()));
    }

    @PostMapping("/{id}/scores")
    @Operation(summary = "Score an estate",
            description = "District staff, and street officers for the estates of their streets. The total is computed "
                    + "from the items, never typed in; a score outside 0..maximum is a 400. Publishes EstateScored; "
                    + "below the threshold also EstateExposed (with the media note) and RectificationOrdered, and "
                    + "schedules an interview. 409 when the estate was scored in the round already or it is published.")
    @ApiResponse(responseCode = "201", description = "Scored: {\"total\": …} and what followed")
    public ResponseEntity<Scored> score(Caller caller, @PathVariable String id,
                                        @Valid @RequestBody RoundRequests.ScoreEstate request) {
        Scorecard card = rounds.score(caller, id, new ScoreEstate(request.estateId(),
                request.items().stream().map(Item::toDomain).toList(), request.at(), request.mediaNote(),
                request.rectificationDueAt(), request.interviewAt()));
        return ResponseEntity.created(URI.create(ROUNDS + id + "/scores/" + card.estate().id()))
                .body(Scored.of(id, card));
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish a round's results (向社会公开)",
            description = "District admins and officers. From then on the public may read the results; the round "
                    + "takes no more scores. Publishes AssessmentResultsPublished. 409 when published already or "
                    + "nothing was scored.")
    public Round publish(Caller caller, @PathVariable String id, @Valid @RequestBody(required = false) Publish request) {
        return Round.of(rounds.publish(caller, id, request == null ? null : request.at()), settings.zone());
    }

    @GetMapping
    @Operation(summary = "List rounds", description = "Newest first. The public sees published rounds only.")
    public PagedModel<Round> list(Caller caller, @RequestParam(required = false) RoundStatus status,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return new PagedModel<>(rounds.list(caller, status,
                        Paging.of(page, size, Sort.by(Sort.Direction.DESC, "openedAt").and(Sort.by("name"))))
                .map(round -> Round.of(round, settings.zone())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A round", description = "403 for the public while it is not published.")
    public Round get(Caller caller, @PathVariable String id) {
        return Round.of(rounds.get(caller, id), settings.zone());
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "A round's ranked results, street by street",
            description = "Everyone but hotline systems once published (403 for the public before); while open, "
                    + "district staff see every estate and street officers those of their streets.")
    public ResultsView results(Caller caller, @PathVariable String id) {
        return ResultsView.of(rounds.results(caller, id), settings.zone());
    }

    @GetMapping(value = "/{id}/results/export")
    @Operation(summary = "A round's ranked results as an Excel workbook (.xlsx)",
            description = "The same results and rules as /results: a ranking sheet and an item-scores sheet. "
                    + "`lang` = zh-CN (default) or en for the headers.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = ResultsWorkbook.CONTENT_TYPE))
    public ResponseEntity<byte[]> export(Caller caller, @PathVariable String id,
                                         @RequestParam(defaultValue = "zh-CN") @Pattern(regexp = "zh-CN|en") String lang) {
        Results results = rounds.results(caller, id);
        String filename = "assessment-" + results.round().plan().name() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ResultsWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(ResultsWorkbook.write(results, lang));
    }

    @GetMapping("/{id}/scores/{estateId}")
    @Operation(summary = "An estate's scorecard: item scores, deductions, notes and photos",
            description = "District staff, street officers of its street, users of its company.")
    public ScorecardView scorecard(Caller caller, @PathVariable String id, @PathVariable String estateId) {
        Scorecard card = rounds.scorecard(caller, id, estateId);
        return ScorecardView.of(id, card, rounds.checklistOf(rounds.get(caller, id)), settings.zone());
    }
}
