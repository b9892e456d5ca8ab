package io.estatewatch.local.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The half-year a demo district is built to show: how many complaints per channel, filings completed per type, the
 * renovation programme's size, the supplies handed out and the regulation copies. {@link #REFERENCE} is the
 * section's own half-year summary (2022-01-01 … 2022-06-30); {@link #varied} gives another district of the same
 * shape, so that nothing downstream can be tuned to the reference numbers.
 *
 * <p>These are targets; {@link DistrictPlan#figures()} counts what the generated plan really contains, and the
 * plan's tests check that the two agree.
 *
 * @param establishedEstates  estates managed (or not) before the period; the new ones come from the filings
 * @param companies           property-service companies in the register
 * @param complaintsByChannel complaints received in the period, per channel code
 * @param filingsCompleted    filings approved in the period, per type code
 * @param renovationProjects  projects planned in the period, one estate each
 * @param supplies            epidemic supplies handed out by the end of April, per item
 * @param regulationCopies    copies of the regulation handed out
 * @param estatesBelow60      estates of the first-quarter round that score under 60
 */
public record DemoFigures(
        LocalDate from,
        LocalDate to,
        int establishedEstates,
        int companies,
        Map<String, Integer> complaintsByChannel,
        Map<String, Integer> filingsCompleted,
        int renovationProjects,
        long renovationFloorAreaM2,
        int renovationHouseholds,
        int centralSubsidyProjects,
        Map<String, Supply> supplies,
        int regulationCopies,
        int estatesBelow60) {

    /** The channels in the order the summary lists them. */
    public static final List<String> CHANNELS = List.of(
            "VISIT_CALL", "CITIZEN_FORUM", "CONDUCT_HOTLINE", "MAYOR_HOTLINE", "PEOPLE_DAILY_BOARD", "BUREAU_REFERRAL");

    /** The filing types in the order the summary lists them. */
    public static final List<String> FILING_TYPES = List.of(
            "PRE_TENDER", "NEGOTIATED_SELECTION", "TAKEOVER_INSPECTION", "SERVICE_GRADE", "PRELIMINARY_CONTRACT",
            "PROJECT_EXIT");

    /** The seed that builds the reference district. */
    public static final long REFERENCE_SEED = 20220630L;

    /** @param unit PIECE, JIN or PAIR */
    public record Supply(String unit, int quantity) {
    }

    /** The section's half-year summary of 2022 (../shared/seed). */
    public static final DemoFigures REFERENCE = new DemoFigures(
            LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30),
            143, 26,
            ordered(CHANNELS, 141, 118, 4, 332, 20, 3),
            ordered(FILING_TYPES, 10, 4, 17, 7, 5, 1),
            3, 446_000, 4_240, 2,
            supplies(5_000, 1_000, 200),
            120,
            2);

    public DemoFigures {
        complaintsByChannel = Map.copyOf(complaintsByChannel);
        filingsCompleted = Map.copyOf(filingsCompleted);
        supplies = Map.copyOf(supplies);
        if (!complaintsByChannel.keySet().equals(Set.copyOf(CHANNELS))
                || !filingsCompleted.keySet().equals(Set.copyOf(FILING_TYPES))) {
            throw new IllegalArgumentException("every channel and every filing type needs a count");
        }
        if (centralSubsidyProjects > renovationProjects || renovationProjects < 1) {
            throw new IllegalArgumentException("at least one renovation project, at most all with the central subsidy");
        }
        if (establishedEstates < 20 || companies < 3) {
            throw new IllegalArgumentException("a district needs at least 20 estates and 3 companies");
        }
    }

    /** Complaints received in the period. */
    public int complaints() {
        return complaintsByChannel.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The figures of the district built with {@code seed} at {@code size} (1 = the reference's size): the reference
     * itself for {@link #REFERENCE_SEED} at size 1, otherwise each count drawn within ±25 % of the reference's,
     * scaled, so that a different seed gives different but equally consistent numbers.
     */
    public static DemoFigures forSeed(long seed, double size) {
        if (seed == REFERENCE_SEED && size == 1.0) {
            return REFERENCE;
        }
        return varied(seed, size);
    }

    static DemoFigures varied(long seed, double size) {
        if (!(size > 0.05 && size <= 10)) {
            throw new IllegalArgumentException("size must be above 0.05 and at most 10, got " + size);
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        DemoFigures r = REFERENCE;
        Map<String, Integer> channels = new LinkedHashMap<>();
        CHANNELS.forEach(c -> channels.put(c, drawn(random, r.complaintsByChannel.get(c), size, 1)));
        Map<String, Integer> filings = new LinkedHashMap<>();
        FILING_TYPES.forEach(t -> filings.put(t, drawn(random, r.filingsCompleted.get(t), size, 1)));
        int projects = drawn(random, r.renovationProjects, size, 1);
        int subsidised = Math.min(projects, Math.max(0, (int) Math.round(projects * (0.4 + 0.4 * random.nextDouble()))));
        long area = 0;
        int households = 0;
        for (int i = 0; i < projects; i++) {
            int projectHouseholds = 900 + random.nextInt(900);
            households += projectHouseholds;
            area += Math.round(projectHouseholds * (90 + random.nextInt(30)) / 500.0) * 500;
        }
        Map<String, Supply> supplies = new LinkedHashMap<>();
        supplies.put("MASK", new Supply("PIECE", roundedTo(drawn(random, 5_000, size, 100), 100)));
        supplies.put("DISINFECTANT", new Supply("JIN", roundedTo(drawn(random, 1_000, size, 50), 50)));
        supplies.put("GLOVES", new Supply("PAIR", roundedTo(drawn(random, 200, size, 20), 10)));
        return new DemoFigures(r.from, r.to,
                drawn(random, r.establishedEstates, size, 20),
                drawn(random, r.companies, size, 3),
                channels, filings, projects, area, households, subsidised, supplies,
                roundedTo(drawn(random, r.regulationCopies, size, 20), 5),
                drawn(random, r.estatesBelow60, size, 1));
    }

    private static int drawn(Random random, int reference, double size, int floor) {
        double factor = 0.75 + 0.5 * random.nextDouble();
        return Math.max(floor, (int) Math.round(reference * size * factor));
    }

    private static int roundedTo(int value, int step) {
        return Math.max(step, Math.round(value / (float) step) * step);
    }

    private static Map<String, Integer> ordered(List<String> keys, int... counts) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(keys.get(i), counts[i]);
        }
        return map;
    }

    private static Map<String, Supply> supplies(int masks, int disinfectantJin, int glovePairs) {
        Map<String, Supply> map = new LinkedHashMap<>();
        map.put("MASK", new Supply("PIECE", masks));
        map.put("DISINFECTANT", new Supply("JIN", disinfectantJin));
        map.put("GLOVES", new Supply("PAIR", glovePairs));
        return map;
    }
}
