package io.estatewatch.filing.review.domain;

import io.estatewatch.events.filing.FilingType;
import io.estatewatch.events.register.ServiceGrade;
import io.estatewatch.filing.domain.Problems;
import io.estatewatch.filing.register.domain.RegisterChange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** 物业服务等级核定: the grade asked for and the evidence for it. Approval sets the estate's service grade. */
public record ServiceGradeDetails(ServiceGrade requestedGrade, List<String> evidence) implements FilingDetails {

    @Override
    public FilingType type() {
        return FilingType.SERVICE_GRADE;
    }

    @Override
    public FilingDetails checked(Problems problems) {
        problems.required("requestedGrade", requestedGrade);
        List<String> items = problems.texts("evidence", evidence, 1, 500);
        return problems.isEmpty() ? new ServiceGradeDetails(requestedGrade, items) : null;
    }

    @Override
    public Optional<RegisterChange> registerChange(String filingId, String companyId, Instant approvedAt) {
        return Optional.of(new RegisterChange.SetServiceGrade(filingId, requestedGrade, approvedAt));
    }
}
