package io.estatewatch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.estatewatch.local.demo.DemoDistrict;
import io.estatewatch.local.demo.DemoFigures;
import io.estatewatch.local.demo.GatewayClient;
import io.estatewatch.local.demo.GatewayClient.Caller;
import io.estatewatch.local.demo.GatewayClient.Response;
import io.estatewatch.local.demo.PlanFigures;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole platform as {@code ./estatewatch} runs it: the launcher in this JVM (a KRaft broker, the file-backed
 * Mongo-wire store) with every service jar the reactor built as a child process, on free ports and in a directory
 * of its own; the demo district the launcher loads into the empty platform through the gateway; and then, through
 * the gateway only, what a user of the platform sees: the summary API, the half-year work summary in the source's
 * sentences, the dashboard in headless Chromium, a hotline push counted within two seconds, and a replay of the whole
 * load that changes no number.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformE2E {

    private static final String PERIOD = "from=2022-01-01&to=2022-06-30";
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path OUTPUT = Path.of("target", "e2e");
    private static final Caller ADMIN = Caller.staff("e2e-admin", "DISTRICT_ADMIN");

    /** The source's own sentences (../shared/seed), which the work summary must write from the demo's events. */
    private static final List<String> SOURCE_SENTENCES = List.of(
            "督促全区140多个物业小区做好小区封闭式管理和每日消杀工作。",
            "累计向辖区物业服务企业发放口罩5000余只，消毒液1000余斤，防护手套200余双。",
            "1—6月份，共受理调处各类投诉618起，其中来访来电141起，百姓畅言118起，政风行风热线4起，市长热线332起，"
                    + "人民网留言20条，市住建局交办函投诉3起。",
            "共办理招标前备案10家，流标后批准协议选聘前期物业项目4个，完成新建住宅小区物业查验项目17个，物业服务等级核定7个，"
                    + "前期物业服务合同备案5个，物业管理项目退出备案1个。",
            "今年我区计划整治改造老旧小区3个",
            "总建筑面积44.6万平方米，涉及居民4240户。",
            "其中2个小区纳入中央财政资金奖补项目。",
            "目前已出台《市区2020年老旧小区改造实施方案》并在拟改造小区进行公示，正在向市审计局报送上限价审核。",
            "对60分以下的",
            "共发放《条例》单行本120余本。");

    /** The district: the reference half-year unless -Destatewatch.e2e.seed / .size ask for another one. */
    private static final long SEED = Long.getLong("estatewatch.e2e.seed", DemoFigures.REFERENCE_SEED);
    private static final double SIZE = Double.parseDouble(System.getProperty("estatewatch.e2e.size", "1.0"));
    private static final boolean REFERENCE = SEED == DemoFigures.REFERENCE_SEED && SIZE == 1.0;

    private static LocalPlatform platform;
    private static URI gateway;
    private static GatewayClient client;
    private static DemoDistrict.Result loaded;
    private static PlanFigures plan;

    @BeforeAll
    static void startThePlatformAsTheRunCommandDoes() throws Exception {
        Path root = repositoryRoot();
        String version = System.getProperty("estatewatch.version", "dev");
        for (Service service : Service.LINEUP) {
            Optional<Path> jar = ServiceProcess.findJar(root, service, version);
            assertThat(jar).as("%s/target holds no jar: the suite runs after the reactor built the services "
                    + "(./mvnw verify, or ./mvnw -DskipTests package first)", service.name()).isPresent();
            assertThat(ServiceProcess.runnable(jar.get())).as("%s is a runnable jar", jar.get()).isTrue();
        }
        Path work = OUTPUT.resolve("platform").toAbsolutePath();
        deleteRecursively(work);
        Files.createDirectories(work);

        int gatewayPort = freeRunOfPorts(Service.LINEUP.size());
        List<String> args = new java.util.ArrayList<>(List.of(
                "--kafka-port=" + freePort(), "--controller-port=" + freePort(), "--mongo-port=" + freePort(),
                "--gateway-port=" + gatewayPort, "--timeout=300"));
        if (!REFERENCE) {
            args.add("--no-demo"); // the launcher loads the default district; another one is loaded below
        }
        LaunchOptions options = LaunchOptions.parse(args.toArray(String[]::new), new Properties());
        platform = new LocalPlatform(options, root, StateDirectory.in(work).create(), System.out, version);
        platform.start();

        gateway = URI.create("http://localhost:" + gatewayPort);
        client = new GatewayClient(gateway, GatewayClient.LOCAL_HOTLINE_KEY);
        if (REFERENCE) {
            loaded = platform.demoLoaded().get(12, TimeUnit.MINUTES).orElseThrow(() -> new AssertionError(
                    "the launcher did not load the demo district; see " + work.resolve(".estatewatch/logs")));
        } else {
            loaded = new DemoDistrict(district(), System.out).load();
        }
        plan = loaded.figures();
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void theLauncherLoadedTheWholeDemoDistrictThroughTheGateway() {
        assertThat(loaded.skipped()).as("parts the platform did not offer").isEmpty();
        assertThat(loaded.failures()).as("requests that failed (see the output above)").isZero();
        assertThat(loaded.created()).as("records created").isGreaterThanOrEqualTo(plan.estates() + plan.complaints());
        long resident = platform.residentMegabytes();
        System.out.println("[e2e] launcher and services after the load: " + resident + " MB resident");
        assertThat(resident).as("the whole platform's memory, MB").isLessThan(3 * 1024);
        if (REFERENCE) {
            // The default seed is the source's half-year.
            assertThat(plan.complaints()).isEqualTo(618);
            assertThat(plan.complaintsByChannel()).isEqualTo(DemoFigures.REFERENCE.complaintsByChannel());
            assertThat(plan.filingsCompleted()).isEqualTo(DemoFigures.REFERENCE.filingsCompleted());
        }
    }

    @Test
    @Order(2)
    void theSummaryShowsThePlansFigures() {
        await("the summary to show every event of the load").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertMatchesThePlan(summary()));
        if (REFERENCE) {
            JsonNode summary = summary();
            assertThat(summary.at("/complaints/total").asInt()).isEqualTo(618);
            assertThat(summary.at("/renovation/floorAreaM2").asLong()).isEqualTo(446_000);
            assertThat(summary.at("/renovation/households").asInt()).isEqualTo(4_240);
            assertThat(summary.at("/supplies/MASK").asInt()).isEqualTo(5_000);
            assertThat(summary.at("/outreach/regulationCopies").asInt()).isEqualTo(120);
        }
    }

    @Test
    @Order(3)
    void theWorkSummaryStatesThemInTheSourcesSentences() {
        Response response = client.get(ADMIN, "/api/v1/reports/work-summary?" + PERIOD + "&lang=zh-CN&format=md");
        assertThat(response.status()).isEqualTo(200);
        String text = response.text();
        write("work-summary.zh-CN.md", text);
        assertThat(text).contains(sentencesOfThePlan());
        if (REFERENCE) {
            assertThat(text).contains(SOURCE_SENTENCES);
        }
    }

    /** The summary's sentences with the plan's numbers: for the reference seed, the source's own. */
    private static List<String> sentencesOfThePlan() {
        Map<String, String> channels = new LinkedHashMap<>();
        channels.put("VISIT_CALL", "来访来电%d起");
        channels.put("CITIZEN_FORUM", "百姓畅言%d起");
        channels.put("CONDUCT_HOTLINE", "政风行风热线%d起");
        channels.put("MAYOR_HOTLINE", "市长热线%d起");
        channels.put("PEOPLE_DAILY_BOARD", "人民网留言%d条");
        channels.put("BUREAU_REFERRAL", "市住建局交办函投诉%d起");
        List<String> parts = new java.util.ArrayList<>();
        channels.forEach((channel, words) -> {
            int n = plan.complaintsByChannel().get(channel);
            if (n > 0) {
                parts.add(String.format(words, n));
            }
        });
        Map<String, Integer> f = plan.filingsCompleted();
        return List.of(
                "1—6月份，共受理调处各类投诉" + plan.complaints() + "起，其中" + String.join("，", parts) + "。",
                "共办理招标前备案" + f.get("PRE_TENDER") + "家，流标后批准协议选聘前期物业项目" + f.get("NEGOTIATED_SELECTION")
                        + "个，完成新建住宅小区物业查验项目" + f.get("TAKEOVER_INSPECTION") + "个，物业服务等级核定"
                        + f.get("SERVICE_GRADE") + "个，前期物业服务合同备案" + f.get("PRELIMINARY_CONTRACT")
                        + "个，物业管理项目退出备案" + f.get("PROJECT_EXIT") + "个。",
                "今年我区计划整治改造老旧小区" + plan.renovationProjects() + "个",
                "涉及居民" + plan.renovationHouseholds() + "户。",
                "目前已出台《市区2020年老旧小区改造实施方案》");
    }

    @Test
    @Order(4)
    void theDashboardShowsTheSameNumbers() throws IOException {
        Path profile = Files.createTempDirectory("estatewatch-e2e-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--window-size=1400,2400", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            browser.get(gateway + "/dashboard?" + PERIOD);
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(page ->
                    "true".equals(page.findElement(By.id("status")).getDomAttribute("data-loaded")));
            Files.createDirectories(OUTPUT);
            Files.write(OUTPUT.resolve("dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            assertThat(text(browser, "total-complaints")).isEqualTo(String.valueOf(plan.complaints()));
            plan.complaintsByChannel().forEach((channel, count) -> assertThat(browser.findElement(
                    By.cssSelector("#table-channels td[data-channel='" + channel + "']")).getText())
                    .as(channel).isEqualTo(String.valueOf(count)));
            int completed = plan.filingsCompleted().values().stream().mapToInt(Integer::intValue).sum();
            assertThat(text(browser, "total-filings-completed")).isEqualTo(String.valueOf(completed));
            assertThat(text(browser, "renovation-projects")).isEqualTo(String.valueOf(plan.renovationProjects()));
            assertThat(text(browser, "renovation-households")).isEqualTo(String.valueOf(plan.renovationHouseholds()));
            assertThat(text(browser, "assessment-below60")).isEqualTo(String.valueOf(plan.below60()));
            assertThat(text(browser, "outreach-copies")).isEqualTo(String.valueOf(plan.regulationCopies()));
        } finally {
            browser.quit();
            deleteRecursively(profile);
        }
    }

    @Test
    @Order(5)
    void aComplaintPushedWithTheHotlineKeyIsInTheSummaryWithinTwoSeconds() {
        JsonNode before = summary();
        String estateId = client.read(ADMIN, "/api/v1/estates?page=0&size=1").at("/content/0/id").asString();
        ObjectNode push = client.object()
                .put("channel", "MAYOR_HOTLINE")
                .put("externalId", "12345-2022-E2E-" + Long.toString(System.nanoTime(), 36))
                .put("receivedAt", "2022-06-30T16:20:00+08:00")
                .put("estateId", estateId)
                .put("category", "REPAIRS")
                .put("description", "单元门禁损坏，报修未处理。");
        push.putObject("complainant").put("name", "测试").put("phone", "139" + (10_000_000 + new Random().nextInt(89_999_999)));

        Response response = client.post(Caller.hotline(), "/api/v1/complaints", push, null);
        assertThat(response.status()).as(response.problem()).isEqualTo(201);

        int total = before.at("/complaints/total").asInt() + 1;
        int mayor = before.at("/complaints/byChannel/MAYOR_HOTLINE").asInt() + 1;
        await("the pushed complaint in the aggregates").atMost(Duration.ofSeconds(2)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    JsonNode now = summary();
                    assertThat(now.at("/complaints/total").asInt()).isEqualTo(total);
                    assertThat(now.at("/complaints/byChannel/MAYOR_HOTLINE").asInt()).isEqualTo(mayor);
                });
    }

    @Test
    @Order(6)
    void replayingTheWholeLoadChangesNoNumber() {
        JsonNode before = counted(summary());

        DemoDistrict.Result replay = new DemoDistrict(district().replaying(), System.out).load();

        assertThat(replay.failures()).isZero();
        assertThat(replay.created()).as("records the replay created").isZero();
        await("the numbers to stay as they were").during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(counted(summary())).isEqualTo(before));
    }

    // ---- the plan against the summary ----

    private static void assertMatchesThePlan(JsonNode s) {
        assertThat(s.at("/complaints/total").asInt()).as("complaints").isEqualTo(plan.complaints());
        plan.complaintsByChannel().forEach((channel, n) ->
                assertThat(s.at("/complaints/byChannel/" + channel).asInt()).as(channel).isEqualTo(n));
        plan.complaintsByCategory().forEach((category, n) ->
                assertThat(s.at("/complaints/byCategory/" + category).asInt()).as(category).isEqualTo(n));
        plan.filingsCompleted().forEach((type, n) ->
                assertThat(s.at("/filings/completedByType/" + type).asInt()).as("completed " + type).isEqualTo(n));
        plan.filingsSubmitted().forEach((type, n) ->
                assertThat(s.at("/filings/submittedByType/" + type).asInt()).as("submitted " + type).isEqualTo(n));
        assertThat(s.at("/renovation/projects").asInt()).isEqualTo(plan.renovationProjects());
        assertThat(s.at("/renovation/floorAreaM2").asLong()).isEqualTo(plan.renovationFloorAreaM2());
        assertThat(s.at("/renovation/households").asInt()).isEqualTo(plan.renovationHouseholds());
        assertThat(s.at("/renovation/centralSubsidyProjects").asInt()).isEqualTo(plan.centralSubsidyProjects());
        assertThat(s.at("/assessment/estatesScored").asInt()).as("estates scored").isEqualTo(plan.estatesScored());
        assertThat(s.at("/assessment/below60").asInt()).as("under 60").isEqualTo(plan.below60());
        assertThat(s.at("/assessment/interviews").asInt()).as("interviews").isEqualTo(plan.interviewsHeld());
        assertThat(s.at("/assessment/rectificationsOrdered").asInt()).isEqualTo(plan.rectificationsOrdered());
        assertThat(s.at("/assessment/rectificationsVerified").asInt()).isEqualTo(plan.rectificationsVerified());
        plan.supplies().forEach((item, n) -> assertThat(s.at("/supplies/" + item).asInt()).as(item).isEqualTo(n));
        assertThat(s.at("/outreach/regulationCopies").asInt()).isEqualTo(plan.regulationCopies());
    }

    private static DemoDistrict.Options district() {
        return new DemoDistrict.Options(gateway, SEED, SIZE, false, 4, GatewayClient.LOCAL_HOTLINE_KEY);
    }

    private static JsonNode summary() {
        return client.read(ADMIN, "/api/v1/reports/summary?" + PERIOD);
    }

    /**
     * The summary's counts. The rates and the overdue count are left out: the deadline watch may still mark an
     * open complaint's deadline missed while the suite runs, which is time passing, not a count repeated.
     */
    private static JsonNode counted(JsonNode summary) {
        ObjectNode copy = (ObjectNode) summary.deepCopy();
        copy.remove("asOf");
        ObjectNode complaints = (ObjectNode) copy.path("complaints");
        complaints.remove("rates");
        complaints.remove("overdue");
        return copy;
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText().trim();
    }

    // ---- ports, paths ----

    private static Path repositoryRoot() {
        String configured = System.getProperty("estatewatch.root");
        Path root = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath().resolve("../..");
        return root.toAbsolutePath().normalize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            return socket.getLocalPort();
        }
    }

    /** The first of {@code count} consecutive free ports. */
    private static int freeRunOfPorts(int count) {
        Random random = new Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int first = 20_000 + random.nextInt(20_000);
            boolean free = true;
            for (int port = first; port < first + count && free; port++) {
                free = LocalPlatform.free(port);
            }
            if (free) {
                return first;
            }
        }
        throw new IllegalStateException("no " + count + " consecutive free ports");
    }

    private static void write(String name, String text) {
        try {
            Files.createDirectories(OUTPUT);
            Files.writeString(OUTPUT.resolve(name), text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
