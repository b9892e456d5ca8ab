package io.estatewatch.assessment.checklist.domain;

import io.estatewatch.assessment.shared.domain.Decimals;
import io.estatewatch.servicekit.error.FieldProblem;
import io.estatewatch.servicekit.error.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A version of an assessment checklist: weighted items in sections, their maxima adding up to {@value #TOTAL}.
 * A checklist is never changed: editing it makes the next version, and every round keeps the version it opened with.
 */
public record Checklist(String code, int version, String title, List<ChecklistSection> sections, Instant createdAt) {

    public static final int TOTAL = 100;
    static final int MAX_DECIMALS = 2;
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern VERSIONED = Pattern.compile("(.+)-v([1-9][0-9]{0,5})");

    public Checklist {
        sections = List.copyOf(sections);
    }

    /**
     * A checklist version after checking its rules: a code of lower-case letters, digits and hyphens; at least one
     * section; items with unique codes and positive maxima adding up to 100; deduction rules worth more than 0 and at
     * most their item's maximum.
     *
     * @throws InvalidInputException naming every broken rule
     */
    public static Checklist define(String code, int version, String title, List<ChecklistSection> sections,
                                   Instant createdAt) {
        List<FieldProblem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new FieldProblem("code", "must be 1-40 lower-case letters, digits and hyphens"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new FieldProblem("title", "must not be blank"));
        }
        if (sections == null || sections.isEmpty()) {
            problems.add(new FieldProblem("sections", "must hold at least one section"));
            sections = List.of();
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int s = 0; s < sections.size(); s++) {
            ChecklistSection section = sections.get(s);
            String at = "sections[" + s + "]";
            if (blank(section.code()) || !sectionCodes.add(section.code())) {
                problems.add(new FieldProblem(at + ".code", "must be given and unique"));
            }
            if (section.items().isEmpty()) {
                problems.add(new FieldProblem(at + ".items", "must hold at least one item"));
            }
            for (int i = 0; i < section.items().size(); i++) {
                ChecklistItem item = section.items().get(i);
                String itemAt = at + ".items[" + i + "]";
                if (blank(item.code()) || !itemCodes.add(item.code())) {
                    problems.add(new FieldProblem(itemAt + ".code", "must be given and unique in the checklist"));
                }
                if (blank(item.title())) {
                    problems.add(new FieldProblem(itemAt + ".title", "must not be blank"));
                }
                if (item.maximum() == null || item.maximum().signum() <= 0 || item.maximum().scale() > MAX_DECIMALS) {
                    problems.add(new FieldProblem(itemAt + ".maximum", "must be more than 0, with at most two decimals"));
                    continue;
                }
                total = total.add(item.maximum());
                checkRules(item, itemAt, problems);
            }
        }
        if (problems.isEmpty() && total.compareTo(BigDecimal.valueOf(TOTAL)) != 0) {
            problems.add(new FieldProblem("sections", "item maxima add up to " + Decimals.plain(total) + ", not " + TOTAL));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The checklist breaks " + problems.size() + " rule(s).", problems);
        }
        return new Checklist(code, version, title, sections, createdAt);
    }

    private static void checkRules(ChecklistItem item, String itemAt, List<FieldProblem> problems) {
        Set<String> ruleCodes = new HashSet<>();
        for (int r = 0; r < item.deductions().size(); r++) {
            DeductionRule rule = item.deductions().get(r);
            String ruleAt = itemAt + ".deductions[" + r + "]";
            if (blank(rule.code()) || !ruleCodes.add(rule.code())) {
                problems.add(new FieldProblem(ruleAt + ".code", "must be given and unique in the item"));
            }
            if (rule.points() == null || rule.points().signum() <= 0 || rule.points().compareTo(item.maximum()) > 0
                    || rule.points().scale() > MAX_DECIMALS) {
                problems.add(new FieldProblem(ruleAt + ".points",
                        "must be more than 0 and at most the item's maximum " + Decimals.plain(item.maximum())));
            }
        }
    }

    /** {@code code-vN}: how rounds name the version they use. */
    public String id() {
        return id(code, version);
    }

    public static String id(String code, int version) {
        return code + "-v" + version;
    }

    /** The code and version a versioned id ({@code civilised-city-v2}) names, if it is one. */
    public static Optional<Map.Entry<String, Integer>> parseId(String id) {
        var matcher = VERSIONED.matcher(id == null ? "" : id);
        return matcher.matches() ? Optional.of(Map.entry(matcher.group(1), Integer.parseInt(matcher.group(2))))
                : Optional.empty();
    }

    /** Every item, in checklist order. */
    public List<ChecklistItem> items() {
        return sections.stream().flatMap(section -> section.items().stream()).toList();
    }

    public Optional<ChecklistItem> item(String code) {
        return items().stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /**
     * Scores an estate: each marked item by its score or deductions; an item not marked keeps its maximum (no fault
     * found). The total is the sum, never typed in.
     *
     * @throws InvalidInputException for unknown or repeated items, scores outside 0..maximum, unknown rules
     */
    public Scoresheet score(List<ItemMark> marks) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, ItemScore> scored = new LinkedHashMap<>();
        for (int i = 0; i < marks.size(); i++) {
            ItemMark mark = marks.get(i);
            String at = "items[" + i + "]";
            Optional<ChecklistItem> item = item(mark.code());
            if (item.isEmpty()) {
                problems.add(new FieldProblem(at + ".code", "is not an item of checklist " + id()));
            } else if (scored.containsKey(mark.code())) {
                problems.add(new FieldProblem(at + ".code", "is scored twice"));
            } else {
                score(item.get(), mark, at, problems).ifPresent(score -> scored.put(mark.code(), score));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The scores break " + problems.size() + " rule(s).", problems);
        }
        List<ItemScore> items = items().stream()
                .map(item -> scored.getOrDefault(item.code(),
                        new ItemScore(item.code(), item.maximum(), item.maximum(), List.of(), null, List.of())))
                .toList();
        BigDecimal total = items.stream().map(ItemScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Scoresheet(items, Decimals.normalise(total));
    }

    private static Optional<ItemScore> score(ChecklistItem item, ItemMark mark, String at, List<FieldProblem> problems) {
        boolean hasScore = mark.score() != null;
        boolean hasDeductions = !mark.deductions().isEmpty();
        if (hasScore == hasDeductions) {
            problems.add(new FieldProblem(at + ".score", hasScore ? "give a score or deductions, not both"
                    : "is required (or the deductions it is computed from)"));
            return Optional.empty();
        }
        if (hasScore) {
            BigDecimal score = mark.score();
            if (score.signum() < 0 || score.compareTo(item.maximum()) > 0 || score.stripTrailingZeros().scale() > MAX_DECIMALS) {
                problems.add(new FieldProblem(at + ".score", "must be between 0 and " + Decimals.plain(item.maximum())
                        + " with at most two decimals"));
                return Optional.empty();
            }
            return Optional.of(new ItemScore(item.code(), Decimals.normalise(score), item.maximum(), List.of(),
                    mark.note(), mark.photos()));
        }
        BigDecimal lost = BigDecimal.ZERO;
        int before = problems.size();
        for (int d = 0; d < mark.deductions().size(); d++) {
            ItemMark.Deduction deduction = mark.deductions().get(d);
            Optional<DeductionRule> rule = item.rule(deduction.rule());
            if (rule.isEmpty()) {
                problems.add(new FieldProblem(at + ".deductions[" + d + "].rule",
                        "is not a deduction rule of item " + item.code()));
            } else if (deduction.count() < 1) {
                problems.add(new FieldProblem(at + ".deductions[" + d + "].count", "must be at least 1"));
            } else {
                lost = lost.add(rule.get().points().multiply(BigDecimal.valueOf(deduction.count())));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        BigDecimal score = item.maximum().subtract(lost).max(BigDecimal.ZERO);
        return Optional.of(new ItemScore(item.code(), Decimals.normalise(score), item.maximum(), mark.deductions(),
                mark.note(), mark.photos()));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
