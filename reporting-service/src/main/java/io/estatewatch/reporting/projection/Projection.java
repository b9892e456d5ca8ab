package io.estatewatch.reporting.projection;

import io.estatewatch.events.Topic;

import java.util.List;
import java.util.Locale;

/** The row collections the fold writes, one per kind of source aggregate or natural fact, and the topic feeding each. */
public enum Projection {
    ESTATES(Topic.REGISTER),
    COMPANIES(Topic.REGISTER),
    COMPLAINTS(Topic.COMPLAINT),
    FILINGS(Topic.FILING),
    RENOVATION_PROJECTS(Topic.RENOVATION),
    ROUNDS(Topic.ASSESSMENT),
    SCORES(Topic.ASSESSMENT),
    INTERVIEWS(Topic.ASSESSMENT),
    RECTIFICATIONS(Topic.ASSESSMENT),
    FIRE_LANES(Topic.ASSESSMENT),
    DISORDER_CASES(Topic.ASSESSMENT),
    EPIDEMIC_CHECKS(Topic.ASSESSMENT),
    SUPPLIES(Topic.ASSESSMENT),
    OUTREACH(Topic.ASSESSMENT);

    private final Topic topic;

    Projection(Topic topic) {
        this.topic = topic;
    }

    /** The collection's base name, e.g. {@code renovation_projects}; a generation adds {@code _v<n>}. */
    public String baseName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Topic topic() {
        return topic;
    }

    /** The collection of this projection in {@code generation}. */
    public String collection(long generation) {
        return baseName() + "_v" + generation;
    }

    /** Every topic the projections read, as the consumer binds them. */
    public static List<String> topics() {
        return List.of(Topic.values()).stream().map(Topic::topicName).toList();
    }
}
