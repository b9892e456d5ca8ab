package io.estatewatch.filing.register.domain;

import io.estatewatch.events.DomainEvent;
import io.estatewatch.events.register.EstateManagementAssigned;
import io.estatewatch.events.register.EstateManagementEnded;
import io.estatewatch.events.register.EstateRegistered;
import io.estatewatch.events.register.EstateServiceGradeSet;
import io.estatewatch.events.register.EstateUpdated;
import io.estatewatch.events.register.ServiceGrade;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EstateTest {

    static final Instant AT = Instant.parse("2022-03-15T02:00:00Z");

    static Estate registered() {
        Estate estate = Estate.register("e-1", "district-1", EstateEntry.of(EstateEntryTest.draft(), 2022), AT);
        estate.takeEvents();
        return estate;
    }

    @Test
    void aRegisteredEstateHasNoCompanyNoGradeAndPublishesItsWholeEntry() {
        Estate estate = Estate.register("e-1", "district-1", EstateEntry.of(EstateEntryTest.draft(), 2022), AT);

        assertThat(estate.companyId()).isNull();
        assertThat(estate.serviceGrade()).isNull();
        assertThat(estate.takeEvents()).singleElement().isInstanceOfSatisfying(EstateRegistered.class, e -> {
            assertThat(e.estateId()).isEqualTo("e-1");
            assertThat(e.street()).isEqualTo("翠苑街道");
            assertThat(e.aliases()).containsExactly("翠苑小区");
            assertThat(e.occurredAt()).isEqualTo(AT);
        });
    }

    @Test
    void anUnchangedEntryPublishesNothingAndAChangedOnePublishesTheWholeEntry() {
        Estate estate = registered();
        EstateEntry same = EstateEntry.of(EstateEntryTest.draft(), 2022);
        EstateEntry.Draft d = EstateEntryTest.draft();
        EstateEntry closed = EstateEntry.of(new EstateEntry.Draft(d.name(), d.aliases(), d.street(), d.community(),
                d.address(), d.buildings(), d.households(), d.floorAreaM2(), d.builtYear(), true), 2022);

        assertThat(estate.update(same, AT)).isFalse();
        assertThat(estate.takeEvents()).isEmpty();
        assertThat(estate.update(closed, AT)).isTrue();
        assertThat(estate.takeEvents()).singleElement().isInstanceOfSatisfying(EstateUpdated.class, e -> {
            assertThat(e.closedManagement()).isTrue();
            assertThat(e.name()).isEqualTo("翠苑一区");
            assertThat(e.floorAreaM2()).isEqualTo(98000.0);
        });
    }

    @Test
    void anAssignmentPutsTheCompanyAndItsContractOnTheEstateOnce() {
        Estate estate = registered();
        ManagementContract contract = new ManagementContract("f-1", "c-1", LocalDate.of(2022, 4, 1),
                LocalDate.of(2025, 3, 31));
        RegisterChange change = new RegisterChange.AssignManagement("f-1", "c-1", contract, AT);

        assertThat(estate.apply(change)).isTrue();
        List<DomainEvent> first = estate.takeEvents();
        assertThat(estate.apply(change)).isFalse();

        assertThat(estate.companyId()).isEqualTo("c-1");
        assertThat(estate.contract()).contains(contract);
        assertThat(first).singleElement().isInstanceOfSatisfying(EstateManagementAssigned.class, e -> {
            assertThat(e.companyId()).isEqualTo("c-1");
            assertThat(e.filingId()).isEqualTo("f-1");
            assertThat(e.occurredAt()).isEqualTo(AT);
        });
        assertThat(estate.takeEvents()).isEmpty();
    }

    @Test
    void anExitOfTheManagingCompanyTakesItAndItsContractOff() {
        Estate estate = registered();
        estate.apply(new RegisterChange.AssignManagement("f-1", "c-1",
                new ManagementContract("f-1", "c-1", LocalDate.of(2022, 4, 1), LocalDate.of(2025, 3, 31)), AT));
        estate.takeEvents();

        estate.apply(new RegisterChange.EndManagement("f-2", "c-1", AT));

        assertThat(estate.companyId()).isNull();
        assertThat(estate.contract()).isEmpty();
        assertThat(estate.takeEvents()).singleElement().isInstanceOfSatisfying(EstateManagementEnded.class,
                e -> assertThat(e.companyId()).isEqualTo("c-1"));
    }

    @Test
    void anExitOfACompanyThatNoLongerManagesTheEstateEndsNothing() {
        Estate estate = registered();
        estate.apply(new RegisterChange.AssignManagement("f-1", "c-2", null, AT));
        estate.takeEvents();

        assertThat(estate.apply(new RegisterChange.EndManagement("f-2", "c-1", AT))).isTrue();

        assertThat(estate.companyId()).isEqualTo("c-2");
        assertThat(estate.takeEvents()).isEmpty();
        assertThat(estate.hasApplied("f-2")).isTrue();
    }

    @Test
    void aGradeRatingSetsTheServiceGrade() {
        Estate estate = registered();

        estate.apply(new RegisterChange.SetServiceGrade("f-3", ServiceGrade.GRADE_2, AT));

        assertThat(estate.serviceGrade()).isEqualTo(ServiceGrade.GRADE_2);
        assertThat(estate.takeEvents()).singleElement().isInstanceOfSatisfying(EstateServiceGradeSet.class,
                e -> assertThat(e.grade()).isEqualTo(ServiceGrade.GRADE_2));
    }

    @Test
    void aContractRunsUntilTheEndOfItsLastDay() {
        ManagementContract contract = new ManagementContract("f-1", "c-1", LocalDate.of(2022, 4, 1),
                LocalDate.of(2025, 3, 31));

        assertThat(contract.inForceOn(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(contract.inForceOn(LocalDate.of(2025, 4, 1))).isFalse();
    }
}
