package io.estatewatch.reporting.complaint.domain;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.reporting.facts.domain.Scope;
import io.estatewatch.reporting.register.domain.Register;
import io.estatewatch.reporting.time.domain.Granularity;
import io.estatewatch.reporting.time.domain.Window;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Complaint figures of a window. A complaint counts in the period of its {@code receivedAt}; its state (responded,
 * closed, overdue, merged, rated) counts as it stood at the window's {@code asOf}.
 */
public final class ComplaintFigures {

    private ComplaintFigures() {
    }

    /** The complaints received in the window and in scope, joined with the register as it stood at {@code asOf}. */
    public static List<JoinedComplaint> inWindow(Collection<ComplaintRow> rows, Register register, Window window,
                                                 Scope scope) {
        List<JoinedComplaint> counted = new ArrayList<>();
        for (ComplaintRow row : rows) {
            if (!window.counts(row.receivedAt()) || !scope.district(row.districtId())) {
                continue;
            }
            JoinedComplaint joined = JoinedComplaint.join(row, register, window.asOf());
            if (scope.street(joined.street()) && scope.company(joined.companyId())) {
                counted.add(joined);
            }
        }
        return counted;
    }

    /**
     * The rates of every complaint received in the window, whatever its district, street or company: what
     * {@link #totals} gives for {@link #inWindow} with {@code Scope.everything()}, without joining the register, which
     * no filter needs then.
     */
    public static Rates rates(Collection<ComplaintRow> rows, Window window, RateFormula formula) {
        List<ComplaintRow> counted = new ArrayList<>();
        for (ComplaintRow row : rows) {
            if (window.counts(row.receivedAt())) {
                counted.add(row);
            }
        }
        return formula.rates(counted, window.asOf());
    }

    /** The totals of a set of complaints. */
    public static Totals totals(Collection<JoinedComplaint> complaints, Window window, RateFormula formula) {
        Map<Channel, Long> byChannel = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            byChannel.put(channel, 0L);
        }
        Map<ComplaintCategory, Long> byCategory = new EnumMap<>(ComplaintCategory.class);
        for (ComplaintCategory category : ComplaintCategory.values()) {
            byCategory.put(category, 0L);
        }
        long overdue = 0;
        long merged = 0;
        long closed = 0;
        long urged = 0;
        List<ComplaintRow> rows = new ArrayList<>(complaints.size());
        for (JoinedComplaint complaint : complaints) {
            ComplaintRow row = complaint.row();
            rows.add(row);
            if (row.channel() != null) {
                byChannel.merge(row.channel(), 1L, Long::sum);
            }
            if (row.category() != null) {
                byCategory.merge(row.category(), 1L, Long::sum);
            }
            if (row.overdueBy(window.asOf())) {
                overdue++;
            }
            if (row.mergedBy(window.asOf())) {
                merged++;
            }
            if (row.closedAt(window.asOf())) {
                closed++;
            }
            urged += row.urgedBy(window.asOf());
        }
        return new Totals(complaints.size(), byChannel, byCategory, overdue, merged, closed, urged,
                formula.rates(rows, window.asOf()));
    }

    /**
     * The complaints cut by period bucket and by the given dimensions, each group with its totals; groups in the
     * order of their keys.
     */
    public static List<Group> breakdown(Collection<JoinedComplaint> complaints, Window window, Granularity granularity,
                                        List<Dimension> dimensions, RateFormula formula) {
        Map<List<String>, List<JoinedComplaint>> groups = new TreeMap<>(ComplaintFigures::compareKeys);
        for (JoinedComplaint complaint : complaints) {
            List<String> key = new ArrayList<>(dimensions.size() + 1);
            key.add(granularity.bucket(complaint.row().receivedAt(), window));
            for (Dimension dimension : dimensions) {
                key.add(dimension.of(complaint));
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(complaint);
        }
        List<Group> result = new ArrayList<>(groups.size());
        groups.forEach((key, members) -> {
            Map<Dimension, String> values = new LinkedHashMap<>();
            for (int i = 0; i < dimensions.size(); i++) {
                values.put(dimensions.get(i), key.get(i + 1));
            }
            result.add(new Group(key.get(0), values, totals(members, window, formula)));
        });
        return result;
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /**
     * @param total    complaints received
     * @param overdue  of those, with a missed response or resolution deadline
     * @param merged   of those, merged into another complaint as duplicates
     * @param closed   of those, closed and not reopened
     * @param urged    times their assignees were urged on
     */
    public record Totals(long total, Map<Channel, Long> byChannel, Map<ComplaintCategory, Long> byCategory,
                         long overdue, long merged, long closed, long urged, Rates rates) {
    }

    /** One group of a breakdown: its period bucket, its value of each dimension, and its totals. */
    public record Group(String period, Map<Dimension, String> values, Totals totals) {
    }
}
