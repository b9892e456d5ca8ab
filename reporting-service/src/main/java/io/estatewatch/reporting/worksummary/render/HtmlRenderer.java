package io.estatewatch.reporting.worksummary.render;

import io.estatewatch.reporting.worksummary.domain.WorkSummary;
import org.springframework.web.util.HtmlUtils;

/** The work summary as a standalone HTML page. */
public final class HtmlRenderer {

    private HtmlRenderer() {
    }

    public static String render(WorkSummary summary) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"").append(summary.language().tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(e(summary.title())).append("</title>\n")
                .append("<style>body{font-family:\"SimSun\",\"Songti SC\",serif;max-width:46em;margin:2em auto;")
                .append("line-height:1.8}h1{text-align:center;font-size:1.6em}p{text-indent:2em;margin:.4em 0}")
                .append(".period{text-align:center;text-indent:0;color:#555}</style>\n</head>\n<body>\n");
        html.append("<h1>").append(e(summary.title())).append("</h1>\n");
        html.append("<p class=\"period\">").append(e(summary.subtitle())).append("</p>\n");
        for (WorkSummary.Section section : summary.sections()) {
            html.append("<section>\n<h2>").append(e(section.heading())).append("</h2>\n");
            for (String paragraph : section.paragraphs()) {
                html.append("<p>").append(e(paragraph)).append("</p>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
