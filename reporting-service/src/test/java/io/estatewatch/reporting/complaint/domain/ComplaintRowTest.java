package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.support.Rows;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.estatewatch.reporting.support.Rows.at;
import static org.assertj.core.api.Assertions.assertThat;

class ComplaintRowTest {

    ComplaintRow reopenedThenClosed = Rows.complaint("c1", Channel.MAYOR_HOTLINE, "2022-03-01T09:00")
            .responded("2022-03-01T15:00").resolved("2022-03-03T09:00")
            .rated(Satisfaction.DISSATISFIED, "2022-03-04T09:00").reopened("2022-03-04T09:00")
            .resolved("2022-03-06T09:00").rated(Satisfaction.SATISFIED, "2022-03-07T09:00")
            .closed("2022-03-07T09:00").row();

    @Test
    void aComplaintReadsAsItStoodAtEachMoment() {
        assertThat(reopenedThenClosed.respondedBy(at("2022-03-01T12:00"))).isFalse();
        assertThat(reopenedThenClosed.respondedBy(at("2022-03-01T15:00"))).isTrue();
        assertThat(reopenedThenClosed.resolvedAt(at("2022-03-03T10:00"))).isTrue();
        assertThat(reopenedThenClosed.resolvedAt(at("2022-03-05T10:00"))).as("reopened").isFalse();
        assertThat(reopenedThenClosed.satisfactionAt(at("2022-03-05T10:00"))).contains(Satisfaction.DISSATISFIED);
        assertThat(reopenedThenClosed.resolvedAt(at("2022-03-06T10:00"))).isTrue();
        assertThat(reopenedThenClosed.closedAt(at("2022-03-06T10:00"))).isFalse();
        assertThat(reopenedThenClosed.closedAt(at("2022-03-07T09:00"))).isTrue();
        assertThat(reopenedThenClosed.satisfactionAt(at("2022-03-08T00:00"))).contains(Satisfaction.SATISFIED);
    }

    @Test
    void aComplaintBelongsToTheCompanyItWasDispatchedToElseToItsEstatesCompanyWhenReceived() {
        Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", "co-estate")), List.of());
        ComplaintRow toCompany = Rows.complaint("c2", Channel.VISIT_CALL, "2022-03-01T09:00")
                .assigned(AssigneeType.COMPANY, "co-assigned", "2022-03-01T10:00").row();
        ComplaintRow toStreet = Rows.complaint("c3", Channel.VISIT_CALL, "2022-03-01T09:00")
                .assigned(AssigneeType.STREET, "新华街道", "2022-03-01T10:00").row();

        assertThat(JoinedComplaint.join(toCompany, register, at("2022-04-01T00:00")).companyId())
                .isEqualTo("co-assigned");
        assertThat(JoinedComplaint.join(toCompany, register, at("2022-03-01T09:30")).companyId())
                .as("not yet dispatched").isEqualTo("co-estate");
        assertThat(JoinedComplaint.join(toStreet, register, at("2022-04-01T00:00")).companyId())
                .isEqualTo("co-estate");
    }

    @Test
    void aComplaintWithoutAStreetTakesItsEstatesStreetAndOneWithAStreetKeepsIt() {
        Register register = new Register(List.of(Rows.estate("e1", "幸福小区", "新华街道", null)), List.of());

        assertThat(JoinedComplaint.join(Rows.complaint("c", Channel.VISIT_CALL, "2022-03-01T09:00").row(), register,
                at("2022-04-01T00:00")).street()).isEqualTo("新华街道");
        assertThat(JoinedComplaint.join(Rows.complaint("c", Channel.VISIT_CALL, "2022-03-01T09:00")
                .street("东城街道").row(), register, at("2022-04-01T00:00")).street()).isEqualTo("东城街道");
        assertThat(JoinedComplaint.join(Rows.complaint("c", Channel.VISIT_CALL, "2022-03-01T09:00")
                .estate("unknown").row(), register, at("2022-04-01T00:00")).street()).isNull();
    }
}
