package io.estatewatch.filing.review;

import io.estatewatch.filing.support.Api;
import io.estatewatch.filing.support.Api.Reply;
import io.estatewatch.filing.support.Bodies;
import io.estatewatch.filing.support.FilingServiceTest;
import io.estatewatch.servicekit.security.Caller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static io.estatewatch.filing.support.Api.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;

@FilingServiceTest
class AttachingDocumentsTest {

    @Autowired
    Api api;

    private String filing() {
        String estate = api.estate(Bodies.unique("翠苑街道"));
        return api.file(Bodies.contract(estate, api.company("附件物业"), "2022-03-01T09:00:00+08:00", "2022-04-01",
                "2025-03-31"));
    }

    @Test
    void anAttachmentKeepsItsNameSizeAndHashAndIsDownloadedAsItWasSent() throws Exception {
        String filing = filing();
        byte[] content = "前期物业服务合同（扫描件）".getBytes(StandardCharsets.UTF_8);

        Reply attached = api.upload(OFFICER, "/api/v1/filings/" + filing + "/attachments", "前期物业服务合同.pdf",
                "application/pdf", content);

        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.string("/name")).isEqualTo("前期物业服务合同.pdf");
        assertThat(attached.body().get("size").asLong()).isEqualTo(content.length);
        assertThat(attached.string("/sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        Reply downloaded = api.get(OFFICER, attached.string("/href"));
        assertThat(downloaded.status()).isEqualTo(200);
        assertThat(downloaded.contentType()).isEqualTo("application/pdf");
        assertThat(downloaded.bytes()).isEqualTo(content);
        assertThat(api.get(OFFICER, "/api/v1/filings/" + filing).body().at("/attachments/0/id").asString())
                .isEqualTo(attached.string("/id"));
    }

    @Test
    void theSameFileAgainIsTheAttachmentAlreadyThere() {
        String filing = filing();
        byte[] content = {1, 2, 3};

        Reply first = api.upload(OFFICER, "/api/v1/filings/" + filing + "/attachments", "a.bin", "application/octet-stream", content);
        Reply again = api.upload(OFFICER, "/api/v1/filings/" + filing + "/attachments", "a.bin", "application/octet-stream", content);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.string("/id")).isEqualTo(first.string("/id"));
        assertThat(api.get(OFFICER, "/api/v1/filings/" + filing).body().get("attachments")).hasSize(1);
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedAsTooLarge() {
        String filing = filing();

        Reply reply = api.upload(OFFICER, "/api/v1/filings/" + filing + "/attachments", "big.pdf", "application/pdf",
                new byte[64 * 1024 + 1]);

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.isProblem()).isTrue();
        assertThat(reply.body().get("limitBytes").asLong()).isEqualTo(64 * 1024);
        assertThat(api.get(OFFICER, "/api/v1/filings/" + filing).body().get("attachments")).isEmpty();
    }

    @Test
    void nothingIsAttachedToADecidedFilingOrByAnotherCompany() {
        String filing = filing();
        Reply stranger = api.upload(Caller.companyUser("x", "another-company"), "/api/v1/filings/" + filing + "/attachments",
                "a.pdf", "application/pdf", new byte[]{1});
        api.decide(filing, "APPROVED", "2022-03-10T09:00:00+08:00");

        Reply late = api.upload(OFFICER, "/api/v1/filings/" + filing + "/attachments", "a.pdf", "application/pdf",
                new byte[]{1});

        assertThat(stranger.status()).isEqualTo(403);
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.string("/currentState")).isEqualTo("APPROVED");
    }
}
