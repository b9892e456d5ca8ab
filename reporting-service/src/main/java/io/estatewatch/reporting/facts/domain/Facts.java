package io.estatewatch.reporting.facts.domain;

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
import io.estatewatch.reporting.filing.domain.FilingRow;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.renovation.domain.ProjectRow;

import java.util.List;

/**
 * The rows a report reads, one per source aggregate or natural fact, exactly as the events made them. The figures are
 * computed from these in plain Java; what counts in a window is decided there, not by the query that loaded them.
 */
public record Facts(Register register, List<ComplaintRow> complaints, List<FilingRow> filings,
                    List<ProjectRow> projects, List<RoundRow> rounds, List<ScoreRow> scores,
                    List<InterviewRow> interviews, List<RectificationRow> rectifications,
                    List<FireLaneRow> fireLanes, List<DisorderCaseRow> disorderCases,
                    List<EpidemicCheckRow> epidemicChecks, List<SupplyRow> supplies, List<OutreachRow> outreach) {

    public Facts {
        register = register == null ? Register.empty() : register;
        complaints = copy(complaints);
        filings = copy(filings);
        projects = copy(projects);
        rounds = copy(rounds);
        scores = copy(scores);
        interviews = copy(interviews);
        rectifications = copy(rectifications);
        fireLanes = copy(fireLanes);
        disorderCases = copy(disorderCases);
        epidemicChecks = copy(epidemicChecks);
        supplies = copy(supplies);
        outreach = copy(outreach);
    }

    public static Facts none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Builds facts piece by piece (tests name only what they need). */
    public static final class Builder {
        private Register register;
        private List<ComplaintRow> complaints;
        private List<FilingRow> filings;
        private List<ProjectRow> projects;
        private List<RoundRow> rounds;
        private List<ScoreRow> scores;
        private List<InterviewRow> interviews;
        private List<RectificationRow> rectifications;
        private List<FireLaneRow> fireLanes;
        private List<DisorderCaseRow> disorderCases;
        private List<EpidemicCheckRow> epidemicChecks;
        private List<SupplyRow> supplies;
        private List<OutreachRow> outreach;

        public Builder register(Register value) { register = value; return this; }
        public Builder complaints(List<ComplaintRow> value) { complaints = value; return this; }
        public Builder filings(List<FilingRow> value) { filings = value; return this; }
        public Builder projects(List<ProjectRow> value) { projects = value; return this; }
        public Builder rounds(List<RoundRow> value) { rounds = value; return this; }
        public Builder scores(List<ScoreRow> value) { scores = value; return this; }
        public Builder interviews(List<InterviewRow> value) { interviews = value; return this; }
        public Builder rectifications(List<RectificationRow> value) { rectifications = value; return this; }
        public Builder fireLanes(List<FireLaneRow> value) { fireLanes = value; return this; }
        public Builder disorderCases(List<DisorderCaseRow> value) { disorderCases = value; return this; }
        public Builder epidemicChecks(List<EpidemicCheckRow> value) { epidemicChecks = value; return this; }
        public Builder supplies(List<SupplyRow> value) { supplies = value; return this; }
        public Builder outreach(List<OutreachRow> value) { outreach = value; return this; }

        public Facts build() {
            return new Facts(register, complaints, filings, projects, rounds, scores, interviews, rectifications,
                    fireLanes, disorderCases, epidemicChecks, supplies, outreach);
        }
    }
}
