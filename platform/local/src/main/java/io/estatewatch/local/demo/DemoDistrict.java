package io.estatewatch.local.demo;

import io.estatewatch.local.demo.GatewayClient.Caller;
import io.estatewatch.local.demo.GatewayClient.Response;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The demo district: a district shaped like the section's half-year summary, generated from a seed
 * ({@link DistrictPlan}) and loaded through the gateway's public API like any client would, never into a database.
 * Loading it twice creates nothing new: complaints are found again by their channel and ticket number, the register
 * by credit code and by street and name, filings by estate, type and submission time, and every other POST carries an
 * idempotency key made from the seed. {@code --replay} sends every request of the load again, as a hotline system
 * retrying everything would, to show that the platform counts nothing twice.
 *
 * <pre>java -cp platform/local/target/local-*.jar -Dloader.main=io.estatewatch.local.demo.DemoDistrict \
 *     org.springframework.boot.loader.launch.PropertiesLauncher [--gateway=http://localhost:8080] [--seed=N]
 *     [--size=1.0] [--replay]</pre>
 * (or simply {@code ./estatewatch demo}).
 */
public final class DemoDistrict {

    public static final String USAGE = """
            Usage: estatewatch demo [flags]   (the platform must be running)
              --gateway=http://localhost:8080  where the gateway answers
              --seed=20220630                  the district (the default is the reference half-year of 2022)
              --size=1.0                       scale of a district of another seed (0.05 … 10)
              --replay                         send every request again instead of skipping what is there
              --parallel=4                     requests sent side by side
              --hotline-key=local-hotline-key  the hotline systems' API key
            """;

    /** What to load, and where. */
    public record Options(URI gateway, long seed, double size, boolean replay, int parallelism, String hotlineKey) {

        public static Options defaults(URI gateway) {
            return new Options(gateway, DemoFigures.REFERENCE_SEED, 1.0, false, 4, GatewayClient.LOCAL_HOTLINE_KEY);
        }

        public Options replaying() {
            return new Options(gateway, seed, size, true, parallelism, hotlineKey);
        }

        public static Options parse(String[] args) {
            Options o = defaults(URI.create("http://localhost:8080"));
            URI gateway = o.gateway;
            long seed = o.seed;
            double size = o.size;
            boolean replay = false;
            int parallel = o.parallelism;
            String key = o.hotlineKey;
            for (String arg : args) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "";
                try {
                    switch (name) {
                        case "--gateway" -> gateway = URI.create(value);
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--size" -> size = Double.parseDouble(value);
                        case "--replay" -> replay = true;
                        case "--parallel" -> parallel = Integer.parseInt(value);
                        case "--hotline-key" -> key = value;
                        default -> throw new IllegalArgumentException("unknown flag: " + arg);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " wants a number, got: " + value);
                }
            }
            if (parallel < 1 || parallel > 32) {
                throw new IllegalArgumentException("--parallel must be 1 to 32");
            }
            return new Options(gateway, seed, size, replay, parallel, key);
        }
    }

    /**
     * What a load did.
     *
     * @param figures what the summary must now show for the period, counted from the plan
     * @param skipped parts of the plan the platform did not offer, with why
     */
    public record Result(PlanFigures figures, int created, int failures, List<String> skipped, Duration took) {

        /** Every record of the plan is in the platform. */
        public boolean complete() {
            return failures == 0 && skipped.isEmpty();
        }
    }

    private final Options options;
    private final DistrictPlan plan;
    private final GatewayClient client;
    private final PrintStream out;

    public DemoDistrict(Options options, PrintStream out) {
        this(options, DistrictPlan.generate(options.seed(), options.size()), out);
    }

    public DemoDistrict(Options options, DistrictPlan plan, PrintStream out) {
        this.options = options;
        this.plan = plan;
        this.client = new GatewayClient(options.gateway(), options.hotlineKey());
        this.out = out;
    }

    public DistrictPlan plan() {
        return plan;
    }

    /** Loads the plan, part by part, saying how far it got; what failed is counted and named, not thrown. */
    public Result load() {
        long started = System.nanoTime();
        LoadProgress progress = new LoadProgress(out);
        client.onRetry(message -> progress.say("[demo] retrying " + message));
        progress.say("[demo] " + (options.replay() ? "replaying" : "loading") + " the demo district (seed "
                + plan.seed() + (options.size() == 1.0 ? "" : ", size " + options.size()) + ": "
                + plan.estates().size() + " estates, " + plan.complaints().size() + " complaints, "
                + plan.filings().size() + " filings) through " + options.gateway());
        try (LoadContext ctx = new LoadContext(client, plan, progress, options.replay(), options.parallelism())) {
            RegisterLoader register = new RegisterLoader(ctx);
            register.load();
            new FilingLoader(ctx).load();
            if (progress.created() > 0) {
                register.awaitRegisterFolded(plan.managerAtEnd());
            }
            new RenovationLoader(ctx).load();
            new ComplaintLoader(ctx).load();
            new SupervisionLoader(ctx).load();
        }
        PlanFigures figures = plan.figures();
        progress.summary(figures.lines());
        return new Result(figures, progress.created(), progress.failures(), progress.skippedParts(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Whether the platform behind the gateway holds no estate at all: a fresh platform, ready for the demo. Empty
     * when it cannot tell (the register does not answer as expected).
     */
    public static Optional<Boolean> registerIsEmpty(URI gateway) {
        GatewayClient client = new GatewayClient(gateway, GatewayClient.LOCAL_HOTLINE_KEY);
        try {
            Response response = client.get(Caller.staff("demo-admin", "DISTRICT_ADMIN"), "/api/v1/estates?page=0&size=1");
            if (!response.ok()) {
                return Optional.empty();
            }
            long total = response.body().path("page").path("totalElements")
                    .asLong(response.body().path("totalElements").asLong(response.body().path("content").size()));
            return Optional.of(total == 0 && response.body().path("content").isEmpty());
        } catch (GatewayClient.GatewayException e) {
            return Optional.empty();
        }
    }

    public static void main(String[] args) {
        Options options;
        try {
            if (List.of(args).contains("--help")) {
                System.out.print(USAGE);
                return;
            }
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("demo: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (!new GatewayClient(options.gateway(), options.hotlineKey()).answers()) {
            System.err.println("demo: nothing answers at " + options.gateway() + "; start the platform first (./estatewatch)"
                    + " or name its gateway with --gateway=");
            System.exit(1);
            return;
        }
        Result result = new DemoDistrict(options, System.out).load();
        System.exit(result.failures() == 0 ? 0 : 1);
    }
}
