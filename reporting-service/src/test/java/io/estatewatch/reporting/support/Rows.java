package io.estatewatch.reporting.support;

import io.estatewatch.events.complaint.AssigneeType;
import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.DeadlineKind;
import io.estatewatch.events.complaint.Satisfaction;
import io.estatewatch.reporting.complaint.domain.ComplaintRow;
import io.estatewatch.reporting.register.domain.EstateRow;
import io.estatewatch.reporting.time.domain.Window;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Rows built by hand for the domain's unit tests, in the district's zone. */
public final class Rows {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Rows() {
    }

    /** {@code 2022-03-01 09:00} in the district's zone. */
    public static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    public static Window window(String from, String to) {
        return new Window(LocalDate.parse(from), LocalDate.parse(to), ZONE, at("2030-01-01T00:00"), false);
    }

    public static Window window(String from, String to, String asOf) {
        return new Window(LocalDate.parse(from), LocalDate.parse(to), ZONE, at(asOf), true);
    }

    public static EstateRow estate(String id, String name, String street, String companyId) {
        Instant registered = at("2020-01-01T00:00");
        return new EstateRow(id, "d", List.of(new EstateRow.Entry(name, street, "社区", 100, 10_000, registered)),
                companyId == null ? List.of() : List.of(new EstateRow.ManagementChange(companyId, true, registered)),
                null);
    }

    /** A complaint that builds its history step by step. */
    public static Complaint complaint(String id, Channel channel, String received) {
        return new Complaint(id, channel, at(received));
    }

    public static final class Complaint {
        private final String id;
        private final Channel channel;
        private final Instant received;
        private ComplaintCategory category = ComplaintCategory.PARKING;
        private String estateId = "e1";
        private String street;
        private final List<ComplaintRow.Assignment> assignments = new ArrayList<>();
        private final List<Instant> responses = new ArrayList<>();
        private final List<Instant> resolutions = new ArrayList<>();
        private final List<ComplaintRow.Callback> callbacks = new ArrayList<>();
        private final List<Instant> closures = new ArrayList<>();
        private final List<Instant> reopenings = new ArrayList<>();
        private final List<ComplaintRow.DeadlineMiss> misses = new ArrayList<>();
        private Instant merged;

        Complaint(String id, Channel channel, Instant received) {
            this.id = id;
            this.channel = channel;
            this.received = received;
        }

        public Complaint category(ComplaintCategory value) { category = value; return this; }
        public Complaint estate(String value) { estateId = value; return this; }
        public Complaint street(String value) { street = value; return this; }
        public Complaint assigned(AssigneeType type, String to, String at) {
            assignments.add(new ComplaintRow.Assignment(type, to, at(at)));
            return this;
        }
        public Complaint responded(String at) { responses.add(at(at)); return this; }
        public Complaint resolved(String at) { resolutions.add(at(at)); return this; }
        public Complaint rated(Satisfaction s, String at) { callbacks.add(new ComplaintRow.Callback(s, at(at))); return this; }
        public Complaint closed(String at) { closures.add(at(at)); return this; }
        public Complaint reopened(String at) { reopenings.add(at(at)); return this; }
        public Complaint missed(String at) {
            misses.add(new ComplaintRow.DeadlineMiss(DeadlineKind.RESPONSE, at(at), at(at)));
            return this;
        }
        public Complaint merged(String at) { merged = at(at); return this; }

        public ComplaintRow row() {
            return new ComplaintRow(id, "d", channel, category, estateId, street, received, assignments, responses,
                    resolutions, callbacks, closures, reopenings, merged == null ? null : "other", merged, misses,
                    List.of());
        }
    }
}
