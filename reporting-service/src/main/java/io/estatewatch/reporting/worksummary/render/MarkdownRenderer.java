package io.estatewatch.reporting.worksummary.render;

import io.estatewatch.reporting.worksummary.domain.WorkSummary;

/** The work summary as Markdown: a title, the period line, a heading per section, a paragraph per sentence group. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(WorkSummary summary) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(summary.title()).append("\n\n");
        md.append("_").append(escape(summary.subtitle())).append("_\n");
        for (WorkSummary.Section section : summary.sections()) {
            md.append("\n## ").append(section.heading()).append("\n\n");
            for (String paragraph : section.paragraphs()) {
                md.append(escape(paragraph)).append("\n\n");
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /** Keeps a sentence from being read as Markdown markup (a leading "1." is escaped so numbering stays ours). */
    static String escape(String text) {
        String escaped = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_")
                .replace("`", "\\`").replace("<", "&lt;");
        return escaped.replaceFirst("^(\\d+)\\. ", "$1\\\\. ");
    }
}
