package io.estatewatch.reporting.worksummary.domain;

import java.util.List;

/** The statistics part of a work summary: a title and numbered sections of paragraphs, ready for any format. */
public record WorkSummary(Language language, String title, String subtitle, List<Section> sections) {

    public WorkSummary {
        sections = List.copyOf(sections);
    }

    /**
     * @param numbered whether the paragraphs are numbered items (1、2、… / 1. 2. …)
     */
    public record Section(String heading, boolean numbered, List<String> paragraphs) {

        public Section {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** Every paragraph, in order: what a test reads. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            for (String paragraph : section.paragraphs()) {
                text.append(paragraph).append('\n');
            }
        }
        return text.toString();
    }
}
