package io.estatewatch.filing.register.domain;

import io.estatewatch.filing.domain.Problems;

import java.util.List;
import java.util.Objects;

/**
 * An estate's register entry (物业小区登记信息): everything about it that the register keeps by hand. The company
 * and the service grade are not part of it: only approved filings set those.
 *
 * @param aliases other names people use for the estate (complaints name it so), never the name itself
 */
public record EstateEntry(String name, List<String> aliases, String street, String community, String address,
                          int buildings, int households, double floorAreaM2, Integer builtYear,
                          boolean closedManagement) {

    static final int MAX_NAME = 100;
    static final int MAX_ADDRESS = 200;
    static final int EARLIEST_YEAR = 1900;

    public EstateEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(street, "street");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An entry as a client or a spreadsheet row gives it: anything may be missing or wrong. */
    public record Draft(String name, List<String> aliases, String street, String community, String address,
                        Integer buildings, Integer households, Double floorAreaM2, Integer builtYear,
                        Boolean closedManagement) {
    }

    /**
     * Checks and cleans a draft. Texts lose surrounding blanks; aliases lose repetitions and the name itself.
     *
     * @param thisYear the current year in the district: no estate is built later
     * @throws io.estatewatch.servicekit.error.InvalidInputException naming every invalid field
     */
    public static EstateEntry of(Draft draft, int thisYear) {
        Problems problems = Problems.of();
        EstateEntry entry = check(draft, thisYear, problems);
        problems.throwIfAny("The estate");
        return entry;
    }

    /** The problems of a draft, none when {@link #of} would accept it. */
    public static Problems problems(Draft draft, int thisYear) {
        Problems problems = Problems.of();
        check(draft, thisYear, problems);
        return problems;
    }

    private static EstateEntry check(Draft draft, int thisYear, Problems problems) {
        String name = problems.text("name", draft.name(), MAX_NAME);
        List<String> aliases = problems.texts("aliases", draft.aliases(), 0, MAX_NAME).stream()
                .filter(alias -> !alias.equals(name)).toList();
        String street = problems.text("street", draft.street(), 50);
        String community = problems.optionalText("community", draft.community(), 50);
        String address = problems.text("address", draft.address(), MAX_ADDRESS);
        int buildings = problems.number("buildings", draft.buildings(), 1, 1_000);
        int households = problems.number("households", draft.households(), 1, 100_000);
        double floorArea = problems.positive("floorAreaM2", draft.floorAreaM2(), 10_000_000);
        Integer builtYear = draft.builtYear();
        if (builtYear != null && (builtYear < EARLIEST_YEAR || builtYear > thisYear)) {
            problems.add("builtYear", "must be between " + EARLIEST_YEAR + " and " + thisYear);
        }
        boolean closed = Boolean.TRUE.equals(draft.closedManagement());
        if (!problems.isEmpty()) {
            return null;
        }
        return new EstateEntry(name, aliases, street, community, address, buildings, households, floorArea,
                builtYear, closed);
    }

    public Draft toDraft() {
        return new Draft(name, aliases, street, community, address, buildings, households, floorAreaM2, builtYear,
                closedManagement);
    }
}
