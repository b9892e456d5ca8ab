package io.estatewatch.gateway.openapi;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsRewriterTest {

    @Test
    void theServersOfADocumentBecomeTheGateway() {
        String rewritten = rewrite("{\"openapi\":\"3.1.0\",\"servers\":[{\"url\":\"http://complaint-service:8080\"}],\"paths\":{}}");

        assertThat(rewritten).contains("\"servers\":[{\"url\":\"/\"").doesNotContain("complaint-service:8080")
                .contains("\"paths\":{}");
    }

    @Test
    void whatIsNotAnOpenApiDocumentPassesUnchanged() {
        assertThat(rewrite("{\"type\":\"https://estatewatch.io/problems/internal-error\"}"))
                .isEqualTo("{\"type\":\"https://estatewatch.io/problems/internal-error\"}");
        assertThat(rewrite("<html>")).isEqualTo("<html>");
    }

    private static String rewrite(String document) {
        return new String(ApiDocsRewriter.rewrite(document.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }
}
