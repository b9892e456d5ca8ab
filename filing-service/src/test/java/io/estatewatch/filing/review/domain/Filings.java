package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.events.register.ServiceGrade;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Filings and details for the domain tests. */
final class Filings {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Instant SUBMITTED = Instant.parse("2022-03-01T01:30:00Z");
    static final Instant NOW = Instant.parse("2022-07-01T00:00:00Z");
    static final ReviewDeadline DEADLINE = new ReviewDeadline(WorkingCalendar.weekdays(), 20, ZONE);

    private Filings() {
    }

    static PreTenderDetails preTender() {
        return new PreTenderDetails("某置业", TenderMethod.PUBLIC, List.of(), LocalDate.of(2022, 3, 20), null);
    }

    static PreliminaryContractDetails contract(LocalDate start, LocalDate end) {
        return new PreliminaryContractDetails(start, end, new BigDecimal("1.85"), start);
    }

    static ProjectExitDetails exit(boolean handedOver) {
        return new ProjectExitDetails(LocalDate.of(2022, 6, 30), null, handedOver, handedOver, null);
    }

    static ServiceGradeDetails grade() {
        return new ServiceGradeDetails(ServiceGrade.GRADE_1, List.of("自评报告"));
    }

    static Filing submitted(FilingType type, String companyId, FilingDetails details) {
        Filing filing = Filing.submit(new Filing.FilingFacts("f-1", "district-1", type, "e-1", companyId, SUBMITTED),
                details, "applicant", NOW, DEADLINE);
        filing.takeEvents();
        return filing;
    }
}
