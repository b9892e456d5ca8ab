package io.estatewatch.filing.register.web;

import io.estatewatch.events.register.ServiceGrade;
import io.estatewatch.filing.register.domain.Estate;
import io.estatewatch.filing.register.domain.EstateEntry;
import io.estatewatch.filing.web.Times;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An estate as the API shows it: its entry, the company that manages it ({@code companyId}, null when unmanaged),
 * the preliminary contract in force and its service grade with the Chinese label.
 */
public record EstateResponse(String id, String name, List<String> aliases, String street, String community,
                             String address, int buildings, int households, double floorAreaM2, Integer builtYear,
                             boolean closedManagement, String companyId, boolean managed, ServiceGrade serviceGrade,
                             String serviceGradeLabel, ContractView contract, OffsetDateTime registeredAt) {

    public record ContractView(String filingId, String companyId, LocalDate termStart, LocalDate termEnd) {
    }

    public static EstateResponse of(Estate estate, ZoneId zone) {
        EstateEntry entry = estate.entry();
        ContractView contract = estate.contract()
                .map(c -> new ContractView(c.filingId(), c.companyId(), c.termStart(), c.termEnd())).orElse(null);
        ServiceGrade grade = estate.serviceGrade();
        return new EstateResponse(estate.id(), entry.name(), entry.aliases(), entry.street(), entry.community(),
                entry.address(), entry.buildings(), entry.households(), entry.floorAreaM2(), entry.builtYear(),
                entry.closedManagement(), estate.companyId(), estate.companyId() != null, grade,
                grade == null ? null : grade.labelZh(), contract, Times.local(estate.registeredAt(), zone));
    }
}
