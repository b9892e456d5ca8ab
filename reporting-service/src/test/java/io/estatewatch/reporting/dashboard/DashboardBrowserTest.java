package io.estatewatch.reporting.dashboard;

import io.estatewatch.events.complaint.Channel;
import io.estatewatch.events.complaint.ComplaintCategory;
import io.estatewatch.events.complaint.ComplaintReceived;
import io.estatewatch.reporting.support.Api;
import io.estatewatch.reporting.support.EventFeed;
import io.estatewatch.reporting.support.Published;
import io.estatewatch.reporting.support.ReferenceData;
import io.estatewatch.reporting.support.ReportingServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard in headless Chromium (Debian's chromium and chromium-driver): the numbers on the page are the API's,
 * and the page refreshes itself when an event is folded. Saves screenshots under target/.
 */
@ReportingServiceTest
class DashboardBrowserTest {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String PERIOD = "from=2022-01-01&to=2022-06-30";

    static WebDriver browser;
    static Path profile;

    @LocalServerPort
    int port;

    @Autowired
    Api api;

    @Autowired
    ReferenceData reference;

    @Autowired
    EventFeed feed;

    @BeforeAll
    static void startChromium() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "Skipped: /usr/bin/chromedriver is absent; install Debian's "
                + "chromium and chromium-driver (apt-get install -y chromium chromium-driver) to run the browser test");
        profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,2400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theNumbersOnTheDashboardAreTheApisNumbers() throws IOException {
        reference.ensureLoaded();
        open(PERIOD);

        JsonNode summary = api.get(Api.OFFICER, "/api/v1/reports/summary?" + PERIOD).json();
        assertThat(text("total-complaints")).isEqualTo("618").isEqualTo(summary.at("/complaints/total").asString());
        assertThat(value("rate-response")).isEqualTo(summary.at("/complaints/rates/response").asString());
        assertThat(value("rate-resolution")).isEqualTo(summary.at("/complaints/rates/resolution").asString());
        assertThat(value("rate-satisfaction")).isEqualTo(summary.at("/complaints/rates/satisfaction").asString());
        assertThat(text("total-overdue")).isEqualTo(summary.at("/complaints/overdue").asString());
        assertThat(text("renovation-households")).isEqualTo(summary.at("/renovation/households").asString());
        assertThat(text("assessment-below60")).isEqualTo(summary.at("/assessment/below60").asString());
        assertThat(text("outreach-copies")).isEqualTo(summary.at("/outreach/regulationCopies").asString());
        long completed = 0;
        for (JsonNode n : summary.at("/filings/completedByType")) {
            completed += n.asLong();
        }
        assertThat(text("total-filings-completed")).isEqualTo(Long.toString(completed));
        for (Map.Entry<String, JsonNode> channel : entries(summary.at("/complaints/byChannel"))) {
            assertThat(browser.findElement(By.cssSelector("td[data-channel='" + channel.getKey() + "']")).getText())
                    .as(channel.getKey()).isEqualTo(channel.getValue().asString());
        }
        for (Map.Entry<String, JsonNode> category : entries(summary.at("/complaints/byCategory"))) {
            assertThat(browser.findElement(By.cssSelector("td[data-category='" + category.getKey() + "']"))
                    .getAttribute("data-value")).as(category.getKey()).isEqualTo(category.getValue().asString());
        }

        JsonNode months = api.get(Api.OFFICER, "/api/v1/reports/complaints?granularity=month&" + PERIOD).json();
        assertThat(browser.findElements(By.cssSelector("#table-rates tbody tr"))).hasSize(6);
        for (JsonNode group : months.at("/groups")) {
            WebElement row = browser.findElement(By.cssSelector("#table-rates tr[data-month='"
                    + group.at("/period").asString() + "']"));
            assertThat(row.findElement(By.cssSelector("[data-field='received']")).getText())
                    .isEqualTo(group.at("/received").asString());
            assertThat(row.findElement(By.cssSelector("[data-field='resolution']")).getAttribute("data-value"))
                    .isEqualTo(group.at("/rates/resolution").asString());
        }

        JsonNode streets = api.get(Api.OFFICER, "/api/v1/reports/rates?level=street&" + PERIOD).json();
        for (JsonNode group : streets.at("/groups")) {
            assertThat(browser.findElement(By.cssSelector("#table-streets tr[data-street='"
                    + group.at("/street").asString() + "'] [data-field='received']")).getText())
                    .isEqualTo(group.at("/received").asString());
        }
        JsonNode assessment = api.get(Api.OFFICER, "/api/v1/reports/assessment?" + PERIOD).json();
        assertThat(browser.findElements(By.cssSelector("#table-below60 tbody tr")))
                .hasSize(assessment.at("/rounds/0/below60").size()).hasSize(2);
        JsonNode cards = api.get(Api.OFFICER, "/api/v1/reports/scorecards?" + PERIOD).json();
        for (JsonNode card : cards.at("/companies")) {
            assertThat(browser.findElement(By.cssSelector("#table-companies tr[data-company='"
                    + card.at("/companyId").asString() + "'] [data-field='grade']")).getText())
                    .isEqualTo(card.at("/grade").asString());
        }
        assertThat(browser.findElements(By.cssSelector("#table-renovation tbody tr"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#chart-channels canvas"))).isNotEmpty();
        screenshot("dashboard-reference-half-year.png");
    }

    @Test
    void theDashboardRefreshesItselfWhenAnEventIsFolded() throws IOException {
        open("from=2015-01-01&to=2015-12-31");
        assertThat(text("total-complaints")).isEqualTo("0");

        feed.publish(new Published(new ComplaintReceived("district-browser", "cmp-browser-1", "B1",
                Channel.MAYOR_HOTLINE, "b-1", ComplaintCategory.ELEVATOR, "est-browser", "南门街道", null, null, null,
                null, null, Instant.parse("2015-05-01T02:00:00Z")), 1));

        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> "1".equals(text("total-complaints")));
        assertThat(browser.findElement(By.cssSelector("td[data-channel='MAYOR_HOTLINE']")).getText()).isEqualTo("1");
        screenshot("dashboard-refreshed.png");
    }

    @Test
    void theLanguageToggleRelabelsThePageInEnglish() {
        open("from=2015-01-01&to=2015-12-31");

        browser.findElement(By.id("lang-toggle")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d ->
                "Property supervision dashboard".equals(d.findElement(By.cssSelector("h1")).getText()));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        browser.findElement(By.id("lang-toggle")).click();
    }

    private void open(String period) {
        browser.get("http://localhost:" + port + "/dashboard?" + period + "&lang=zh-CN&token="
                + api.token(Api.OFFICER));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d ->
                "true".equals(d.findElement(By.id("status")).getAttribute("data-loaded")));
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("data-value");
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode object) {
        List<Map.Entry<String, JsonNode>> entries = new java.util.ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
        fields.forEachRemaining(entries::add);
        return entries;
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
