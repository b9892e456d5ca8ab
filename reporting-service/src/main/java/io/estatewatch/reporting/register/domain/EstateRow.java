package io.estatewatch.reporting.register.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An estate as the register's events describe it: each version of its entry and each change of its managing company,
 * with the time it happened.
 */
public record EstateRow(String id, String districtId, List<Entry> versions, List<ManagementChange> management,
                        String grade) {

    public EstateRow {
        versions = versions == null ? List.of() : versions.stream().sorted(Comparator.comparing(Entry::at)).toList();
        management = management == null ? List.of()
                : management.stream().sorted(Comparator.comparing(ManagementChange::at)).toList();
    }

    /** One version of the register entry. */
    public record Entry(String name, String street, String community, int households, double floorAreaM2,
                        Instant at) {
    }

    /** A company put on ({@code assigned}) or taken off the estate. */
    public record ManagementChange(String companyId, boolean assigned, Instant at) {
    }

    /** The entry as it stood at {@code moment}; the first entry when the estate was registered later. */
    public Optional<Entry> entryAt(Instant moment) {
        Entry chosen = null;
        for (Entry entry : versions) {
            if (chosen == null || !entry.at().isAfter(moment)) {
                chosen = entry;
            }
        }
        return Optional.ofNullable(chosen);
    }

    /** The company managing the estate at {@code moment}, if any. */
    public Optional<String> companyAt(Instant moment) {
        String company = null;
        for (ManagementChange change : management) {
            if (change.at().isAfter(moment)) {
                break;
            }
            if (change.assigned()) {
                company = change.companyId();
            } else if (change.companyId() == null || change.companyId().equals(company)) {
                company = null;
            }
        }
        return Optional.ofNullable(company);
    }
}
