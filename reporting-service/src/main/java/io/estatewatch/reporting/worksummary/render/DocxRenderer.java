package io.estatewatch.reporting.worksummary.render;

import io.estatewatch.reporting.worksummary.domain.Language;
import io.estatewatch.reporting.worksummary.domain.WorkSummary;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The work summary as a Word document (the section works in Word): a centred title, the period line, bold section
 * headings and first-line-indented paragraphs in a Song typeface for Chinese.
 */
public final class DocxRenderer {

    private DocxRenderer() {
    }

    public static byte[] render(WorkSummary summary) {
        String font = summary.language() == Language.ZH_CN ? "宋体" : "Times New Roman";
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(summary.title());
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, summary.title(), font, 18, true);
            XWPFParagraph period = document.createParagraph();
            period.setAlignment(ParagraphAlignment.CENTER);
            run(period, summary.subtitle(), font, 10, false);
            for (WorkSummary.Section section : summary.sections()) {
                XWPFParagraph heading = document.createParagraph();
                heading.setSpacingBefore(240);
                run(heading, section.heading(), font, 14, true);
                for (String text : section.paragraphs()) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setIndentationFirstLine(560);
                    paragraph.setSpacingBetween(1.5);
                    run(paragraph, text, font, 12, false);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the work summary as DOCX", e);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(font);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    }
}
