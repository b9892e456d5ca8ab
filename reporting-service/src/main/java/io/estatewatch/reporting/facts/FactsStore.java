package io.estatewatch.reporting.facts;

import io.estatewatch.events.assessment.DisorderStep;
import io.estatewatch.events.assessment.RecipientType;
import io.estatewatch.events.assessment.SupplyUnit;
import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.events.filing.FilingType;
import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.reporting.assessment.domain.DisorderCaseRow;
import io.estatewatch.reporting.assessment.domain.EpidemicCheckRow;
import io.estatewatch.reporting.assessment.domain.FireLaneRow;
import io.estatewatch.reporting.assessment.domain.InterviewRow;
import io.estatewatch.reporting.assessment.domain.OutreachRow;
import io.estatewatch.reporting.assessment.domain.RectificationRow;
import io.estatewatch.reporting.assessment.domain.RoundRow;
import io.estatewatch.reporting.assessment.domain.ScoreRow;
import io.estatewatch.reporting.assessment.domain.SupplyRow;
import io.estatewatch.reporting.complaint.domain.ComplaintRow;
import io.estatewatch.reporting.facts.domain.Facts;
import io.estatewatch.reporting.filing.domain.FilingRow;
import io.estatewatch.reporting.projection.Projection;
import io.estatewatch.reporting.projection.ProjectionPointer;
import io.estatewatch.reporting.register.domain.CompanyRow;
import io.estatewatch.reporting.register.domain.EstateRow;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.renovation.domain.ProjectRow;
import io.estatewatch.reporting.time.domain.Window;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.List;
import java.util.function.Function;

import static io.estatewatch.reporting.facts.RowReader.bool;
import static io.estatewatch.reporting.facts.RowReader.code;
import static io.estatewatch.reporting.facts.RowReader.decimal;
import static io.estatewatch.reporting.facts.RowReader.documents;
import static io.estatewatch.reporting.facts.RowReader.instant;
import static io.estatewatch.reporting.facts.RowReader.instants;
import static io.estatewatch.reporting.facts.RowReader.integer;
import static io.estatewatch.reporting.facts.RowReader.number;
import static io.estatewatch.reporting.facts.RowReader.string;
import static io.estatewatch.reporting.facts.RowReader.strings;

/**
 * Loads the rows a window may need from the current generation of the projections. The queries only narrow what is
 * read (complaints, checks, supplies and outreach by time); which facts count is decided by the domain figures.
 */
@Component
public class FactsStore {

    private final MongoTemplate mongo;
    private final ProjectionPointer pointer;

    public FactsStore(MongoTemplate mongo, ProjectionPointer pointer) {
        this.mongo = mongo;
        this.pointer = pointer;
    }

    /** The facts of {@code window}, read from the generation the pointer names now. */
    public Facts load(Window window) {
        return load(window, pointer.forReading());
    }

    public Facts load(Window window, long generation) {
        Date start = Date.from(window.start());
        Date end = Date.from(window.end());
        Date asOf = Date.from(window.asOf());
        return Facts.builder()
                .register(register(generation))
                .complaints(complaints(window, generation))
                .filings(find(generation, Projection.FILINGS, new Criteria(), FactsStore::filing))
                .projects(find(generation, Projection.RENOVATION_PROJECTS, new Criteria(), FactsStore::project))
                .rounds(find(generation, Projection.ROUNDS, new Criteria(), FactsStore::round))
                .scores(find(generation, Projection.SCORES, new Criteria(), FactsStore::score))
                .interviews(find(generation, Projection.INTERVIEWS, inPeriod("heldAt", start, end, asOf),
                        FactsStore::interview))
                .rectifications(find(generation, Projection.RECTIFICATIONS, new Criteria(),
                        FactsStore::rectification))
                .fireLanes(find(generation, Projection.FIRE_LANES, inPeriod("inspectedAt", start, end, asOf),
                        FactsStore::fireLane))
                .disorderCases(find(generation, Projection.DISORDER_CASES, new Criteria(), FactsStore::disorderCase))
                .epidemicChecks(find(generation, Projection.EPIDEMIC_CHECKS, inPeriod("checkedAt", start, end, asOf),
                        FactsStore::epidemicCheck))
                .supplies(find(generation, Projection.SUPPLIES, inPeriod("at", start, end, asOf), FactsStore::supply))
                .outreach(find(generation, Projection.OUTREACH, inPeriod("at", start, end, asOf), FactsStore::outreach))
                .build();
    }

    /** The complaints received in {@code window}, read from the generation the pointer names now. */
    public List<ComplaintRow> complaints(Window window) {
        return complaints(window, pointer.forReading());
    }

    private List<ComplaintRow> complaints(Window window, long generation) {
        return find(generation, Projection.COMPLAINTS, inPeriod("receivedAt", Date.from(window.start()),
                Date.from(window.end()), Date.from(window.asOf())), FactsStore::complaint);
    }

    /** The estates and companies of the register, as their rows stand. */
    public Register register(long generation) {
        return new Register(find(generation, Projection.ESTATES, new Criteria(), FactsStore::estate),
                find(generation, Projection.COMPANIES, new Criteria(), FactsStore::company));
    }

    private static Criteria inPeriod(String field, Date start, Date end, Date asOf) {
        return Criteria.where(field).gte(start).lt(end).lte(asOf);
    }

    private <T> List<T> find(long generation, Projection projection, Criteria criteria, Function<Document, T> mapper) {
        Query query = Query.query(criteria).with(Sort.by("_id"));
        return mongo.find(query, Document.class, projection.collection(generation)).stream().map(mapper).toList();
    }

    static EstateRow estate(Document d) {
        return new EstateRow(string(d, "_id"), string(d, "districtId"),
                documents(d, "versions", v -> instant(v, "at") == null ? null : new EstateRow.Entry(string(v, "name"),
                        string(v, "street"), string(v, "community"), integer(v, "households"),
                        number(v, "floorAreaM2"), instant(v, "at"))),
                documents(d, "management", m -> instant(m, "at") == null ? null : new EstateRow.ManagementChange(
                        string(m, "companyId"), bool(m, "assigned"), instant(m, "at"))),
                string(d, "grade"));
    }

    static CompanyRow company(Document d) {
        return new CompanyRow(string(d, "_id"), string(d, "districtId"), string(d, "name"), string(d, "creditCode"),
                instant(d, "registeredAt"));
    }

    static ComplaintRow complaint(Document d) {
        return new ComplaintRow(string(d, "_id"), string(d, "districtId"), code(d, "channel", Channel.class),
                code(d, "category", ComplaintCategory.class), string(d, "estateId"), string(d, "street"),
                instant(d, "receivedAt"),
                documents(d, "assignments", a -> instant(a, "at") == null ? null : new ComplaintRow.Assignment(
                        code(a, "type", AssigneeType.class), string(a, "id"), instant(a, "at"))),
                instants(d, "responses"), instants(d, "resolutions"),
                documents(d, "callbacks", c -> instant(c, "at") == null ? null : new ComplaintRow.Callback(
                        code(c, "satisfaction", Satisfaction.class), instant(c, "at"))),
                instants(d, "closures"), instants(d, "reopenings"), string(d, "mergedInto"), instant(d, "mergedAt"),
                documents(d, "misses", m -> instant(m, "at") == null ? null : new ComplaintRow.DeadlineMiss(
                        code(m, "kind", DeadlineKind.class), instant(m, "dueAt"), instant(m, "at"))),
                instants(d, "urges"));
    }

    static FilingRow filing(Document d) {
        return new FilingRow(string(d, "_id"), string(d, "districtId"), code(d, "type", FilingType.class),
                string(d, "estateId"), string(d, "companyId"), instant(d, "submittedAt"), instants(d, "returns"),
                instants(d, "resubmissions"), code(d, "decision", FilingRow.Decision.class), instant(d, "decidedAt"));
    }

    static ProjectRow project(Document d) {
        return new ProjectRow(string(d, "_id"), string(d, "districtId"), string(d, "programme"),
                string(d, "programmeTitle"), strings(d, "estateIds"), code(d, "type", RenovationType.class),
                number(d, "floorAreaM2"), integer(d, "households"), integer(d, "buildings"), decimal(d, "budget"),
                bool(d, "centralSubsidy"), instant(d, "plannedAt"),
                documents(d, "funding", f -> instant(f, "at") == null ? null : new ProjectRow.Funding(
                        code(f, "source", FundingSource.class), decimal(f, "amount"), instant(f, "at"))),
                documents(d, "milestones", m -> instant(m, "at") == null ? null : new ProjectRow.MilestoneReached(
                        code(m, "milestone", Milestone.class), instant(m, "plannedAt"), instant(m, "at"))));
    }

    static RoundRow round(Document d) {
        return new RoundRow(string(d, "_id"), string(d, "districtId"), string(d, "name"),
                string(d, "checklistVersion"), strings(d, "estateIds"), instant(d, "openedAt"),
                instant(d, "publishedAt"));
    }

    static ScoreRow score(Document d) {
        return new ScoreRow(string(d, "roundId"), string(d, "estateId"), string(d, "districtId"), string(d, "street"),
                string(d, "companyId"),
                documents(d, "versions", v -> instant(v, "at") == null || v.get("total") == null ? null
                        : new ScoreRow.Version(decimal(v, "total"), strings(v, "failedItems"), instant(v, "at"))),
                instant(d, "exposedAt"));
    }

    static InterviewRow interview(Document d) {
        return new InterviewRow(string(d, "_id"), string(d, "districtId"), string(d, "roundId"), string(d, "estateId"),
                string(d, "companyId"), string(d, "street"), instant(d, "heldAt"));
    }

    static RectificationRow rectification(Document d) {
        return new RectificationRow(string(d, "_id"), string(d, "districtId"), string(d, "roundId"),
                string(d, "estateId"), string(d, "companyId"), instant(d, "dueAt"), instant(d, "orderedAt"),
                instant(d, "verifiedAt"), documents(d, "failures", f -> instant(f, "at")));
    }

    static FireLaneRow fireLane(Document d) {
        return new FireLaneRow(string(d, "_id"), string(d, "districtId"), string(d, "estateId"),
                bool(d, "markingsOk"), bool(d, "signsOk"), bool(d, "boardsOk"), strings(d, "qualityIssues"),
                instant(d, "inspectedAt"));
    }

    static DisorderCaseRow disorderCase(Document d) {
        return new DisorderCaseRow(string(d, "_id"), string(d, "districtId"), string(d, "estateId"),
                string(d, "disorderType"),
                documents(d, "steps", s -> instant(s, "at") == null ? null : new DisorderCaseRow.StepReached(
                        code(s, "step", DisorderStep.class), instant(s, "at"))),
                instant(d, "closedAt"));
    }

    static EpidemicCheckRow epidemicCheck(Document d) {
        return new EpidemicCheckRow(string(d, "_id"), string(d, "districtId"), string(d, "estateId"),
                bool(d, "closedManagement"), bool(d, "disinfected"), instant(d, "checkedAt"));
    }

    static SupplyRow supply(Document d) {
        return new SupplyRow(string(d, "_id"), string(d, "districtId"), string(d, "companyId"), string(d, "item"),
                code(d, "unit", SupplyUnit.class), decimal(d, "quantity"), instant(d, "at"));
    }

    static OutreachRow outreach(Document d) {
        return new OutreachRow(string(d, "_id"), string(d, "districtId"), code(d, "recipientType", RecipientType.class),
                integer(d, "copies"), instant(d, "at"));
    }
}
