package io.estatewatch.reporting.worksummary.web;

import io.estatewatch.reporting.ReportQuery;
import io.estatewatch.reporting.Reports;
import io.estatewatch.reporting.time.domain.ReportParameters;
import io.estatewatch.reporting.worksummary.domain.Language;
import io.estatewatch.reporting.worksummary.domain.WorkSummary;
import io.estatewatch.reporting.worksummary.domain.WorkSummaryWriter;
import io.estatewatch.reporting.worksummary.render.DocxRenderer;
import io.estatewatch.reporting.worksummary.render.HtmlRenderer;
import io.estatewatch.reporting.worksummary.render.MarkdownRenderer;
import io.estatewatch.servicekit.security.Caller;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/** {@code GET /api/v1/reports/work-summary}: the statistics part of a work summary, as Markdown, HTML or DOCX. */
@RestController
public class WorkSummaryController {

    static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);
    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final Reports reports;

    public WorkSummaryController(Reports reports) {
        this.reports = reports;
    }

    enum Format { MD, HTML, DOCX }

    @GetMapping("/api/v1/reports/work-summary")
    public ResponseEntity<byte[]> workSummary(Caller caller, @ParameterObject ReportQuery query,
                                              @RequestParam(required = false) String lang,
                                              @RequestParam(required = false) String format) {
        Language language = Language.of(lang);
        Format as = format == null || format.isBlank() ? Format.MD
                : ReportParameters.code("format", format, Format.class);
        var window = reports.window(query);
        WorkSummary summary = WorkSummaryWriter.write(reports.figures(caller, query), language);
        String name = "work-summary-" + window.from() + "-" + window.to() + "-" + language.tag();
        return switch (as) {
            case MD -> ResponseEntity.ok().contentType(MARKDOWN)
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                    .body(MarkdownRenderer.render(summary).getBytes(StandardCharsets.UTF_8));
            case HTML -> ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                    .body(HtmlRenderer.render(summary).getBytes(StandardCharsets.UTF_8));
            case DOCX -> ResponseEntity.ok().contentType(DOCX)
                    .header(HttpHeaders.CONTENT_LANGUAGE, language.tag())
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename(name + ".docx").build().toString())
                    .body(DocxRenderer.render(summary));
        };
    }
}
