package io.estatewatch.renovation.project.persistence;

import io.estatewatch.events.renovation.FundingSource;
import io.estatewatch.events.renovation.Milestone;
import io.estatewatch.events.renovation.RenovationType;
import io.estatewatch.renovation.project.domain.FundingAllocation;
import io.estatewatch.renovation.project.domain.FundingLedger;
import io.estatewatch.renovation.project.domain.MilestoneTrack;
import io.estatewatch.renovation.project.domain.NoticePeriod;
import io.estatewatch.renovation.project.domain.ProjectFacts;
import io.estatewatch.renovation.project.domain.RenovationProject;
import io.estatewatch.servicekit.outbox.OutboxDocument;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project as stored, with the events it has not yet published: state and events are written in one document write.
 * {@code state} and {@code earliestOpenDueOn} are kept for the listings' queries.
 */
@Document("projects")
public class ProjectDocument extends OutboxDocument {

    @Id
    private String id;
    @Version
    private Long version;
    private String districtId;
    private String programme;
    private String programmeTitle;
    private List<String> estateIds = new ArrayList<>();
    private RenovationType type;
    private double floorAreaM2;
    private int households;
    private int buildings;
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal budget;
    private boolean centralSubsidy;
    private Instant plannedAt;
    /** The current milestone, or PLANNED before the first. */
    private String state;
    /** One entry per milestone that is planned or reached, in milestone order. */
    private List<MilestoneEntry> milestones = new ArrayList<>();
    private String noticeFrom;
    private String noticeTo;
    /** The earliest planned day of a milestone not yet reached: the project is late once it has passed. */
    private String earliestOpenDueOn;
    private List<AllocationEntry> funding = new ArrayList<>();
    @Field(targetType = FieldType.DECIMAL128)
    private BigDecimal fundingTotal;

    public static ProjectDocument of(RenovationProject project) {
        ProjectDocument doc = new ProjectDocument();
        doc.update(project);
        return doc;
    }

    /** Copies the project's state in; the version and the outbox stay as they are. */
    public void update(RenovationProject project) {
        ProjectFacts facts = project.facts();
        id = facts.id();
        districtId = facts.districtId();
        programme = facts.programme();
        programmeTitle = facts.programmeTitle();
        estateIds = new ArrayList<>(facts.estateIds());
        type = facts.type();
        floorAreaM2 = facts.floorAreaM2();
        households = facts.households();
        buildings = facts.buildings();
        budget = facts.budget();
        centralSubsidy = facts.centralSubsidy();
        plannedAt = facts.plannedAt();
        MilestoneTrack track = project.milestones();
        state = track.currentState();
        milestones = new ArrayList<>();
        for (Milestone milestone : Milestone.values()) {
            Instant reachedAt = track.reached().get(milestone);
            LocalDate dueOn = track.dueOn().get(milestone);
            if (reachedAt != null || dueOn != null) {
                milestones.add(new MilestoneEntry(milestone, day(dueOn), reachedAt));
            }
        }
        noticeFrom = track.publicNotice().map(NoticePeriod::from).map(ProjectDocument::day).orElse(null);
        noticeTo = track.publicNotice().map(NoticePeriod::to).map(ProjectDocument::day).orElse(null);
        earliestOpenDueOn = track.earliestOpenDue().map(ProjectDocument::day).orElse(null);
        funding = project.funding().allocations().stream()
                .map(a -> new AllocationEntry(a.source(), a.amount(), a.at()))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        fundingTotal = project.funding().total();
    }

    public RenovationProject toDomain(ZoneId zone) {
        ProjectFacts facts = new ProjectFacts(id, districtId, programme, programmeTitle, estateIds, type, floorAreaM2,
                households, buildings, budget, centralSubsidy, plannedAt);
        Map<Milestone, Instant> reached = new EnumMap<>(Milestone.class);
        Map<Milestone, LocalDate> dueOn = new EnumMap<>(Milestone.class);
        for (MilestoneEntry entry : milestones) {
            if (entry.reachedAt() != null) {
                reached.put(entry.milestone(), entry.reachedAt());
            }
            if (entry.dueOn() != null) {
                dueOn.put(entry.milestone(), LocalDate.parse(entry.dueOn()));
            }
        }
        NoticePeriod notice = noticeFrom == null ? null
                : new NoticePeriod(LocalDate.parse(noticeFrom), LocalDate.parse(noticeTo));
        List<FundingAllocation> allocations = funding.stream()
                .map(e -> new FundingAllocation(e.source(), e.amount(), e.at())).toList();
        return RenovationProject.restore(facts, MilestoneTrack.restore(reached, dueOn, notice),
                FundingLedger.of(allocations), zone);
    }

    /**
     * Days are stored as ISO dates ({@code 2020-04-30}): they compare as strings in date order, and no zone
     * of the JVM shifts them.
     */
    public static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** @param dueOn the planned day, an ISO date, or null */
    public record MilestoneEntry(Milestone milestone, String dueOn, Instant reachedAt) {
    }

    public record AllocationEntry(FundingSource source, @Field(targetType = FieldType.DECIMAL128) BigDecimal amount,
                                  Instant at) {
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getDistrictId() {
        return districtId;
    }

    public void setDistrictId(String districtId) {
        this.districtId = districtId;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getProgrammeTitle() {
        return programmeTitle;
    }

    public void setProgrammeTitle(String programmeTitle) {
        this.programmeTitle = programmeTitle;
    }

    public List<String> getEstateIds() {
        return estateIds;
    }

    public void setEstateIds(List<String> estateIds) {
        this.estateIds = estateIds;
    }

    public RenovationType getType() {
        return type;
    }

    public void setType(RenovationType type) {
        this.type = type;
    }

    public double getFloorAreaM2() {
        return floorAreaM2;
    }

    public void setFloorAreaM2(double floorAreaM2) {
        this.floorAreaM2 = floorAreaM2;
    }

    public int getHouseholds() {
        return households;
    }

    public void setHouseholds(int households) {
        this.households = households;
    }

    public int getBuildings() {
        return buildings;
    }

    public void setBuildings(int buildings) {
        this.buildings = buildings;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public boolean isCentralSubsidy() {
        return centralSubsidy;
    }

    public void setCentralSubsidy(boolean centralSubsidy) {
        this.centralSubsidy = centralSubsidy;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public void setPlannedAt(Instant plannedAt) {
        this.plannedAt = plannedAt;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public List<MilestoneEntry> getMilestones() {
        return milestones;
    }

    public void setMilestones(List<MilestoneEntry> milestones) {
        this.milestones = milestones == null ? new ArrayList<>() : milestones;
    }

    public String getNoticeFrom() {
        return noticeFrom;
    }

    public void setNoticeFrom(String noticeFrom) {
        this.noticeFrom = noticeFrom;
    }

    public String getNoticeTo() {
        return noticeTo;
    }

    public void setNoticeTo(String noticeTo) {
        this.noticeTo = noticeTo;
    }

    public String getEarliestOpenDueOn() {
        return earliestOpenDueOn;
    }

    public void setEarliestOpenDueOn(String earliestOpenDueOn) {
        this.earliestOpenDueOn = earliestOpenDueOn;
    }

    public List<AllocationEntry> getFunding() {
        return funding;
    }

    public void setFunding(List<AllocationEntry> funding) {
        this.funding = funding == null ? new ArrayList<>() : funding;
    }

    public BigDecimal getFundingTotal() {
        return fundingTotal;
    }

    public void setFundingTotal(BigDecimal fundingTotal) {
        this.fundingTotal = fundingTotal;
    }
}
