package io.estatewatch.benchmarks;

import io.estatewatch.benchmarks.jmh.EnvelopeReadBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The benchmarks, on demand: {@code ./mvnw -pl benchmarks -Pbenchmarks verify [-Dbenchmarks.args="fold intake"]}.
 * Each figure is printed beside a baseline measured in the same run on the same machine, with the machine's load.
 *
 * <ul>
 *   <li>{@code fold}: the reporting-service's fold (live, and its rebuild from offset 0) and a per-event exact fold,
 *   beside Kafka's ConsumerPerformance on the same topic; the rebuild extrapolated to 1,000,000 events;</li>
 *   <li>{@code store}: the exact fold's guarded update beside a plain update by id, on rising row counts;</li>
 *   <li>{@code intake}: hotline pushes at rising rates through the gateway into the complaint-service (and straight
 *   into it), beside a trivial Boot endpoint driven by the same generator;</li>
 *   <li>{@code freshness}: a push accepted → counted in the summary API, at 200 complaints/s, beside accepted → on the
 *   topic;</li>
 *   <li>{@code startup}: each service's start-up time and memory, and the whole local platform's, beside a trivial
 *   Boot application;</li>
 *   <li>{@code jmh}: reading a record into an envelope beside Jackson alone.</li>
 * </ul>
 *
 * Settings (system properties of the benchmark JVM; through Maven: {@code -Dbenchmarks.jvmArgs="-Dbench.rates=100,200"}): {@code bench.events} (fold sizes, 10000,20000,40000), {@code bench.fold.minutes} (4), {@code bench.fold.stand-in} (true), {@code bench.step.seconds} (intake, 10),
 * {@code bench.rates} (intake, 25,50,100,200,400,800,1600), {@code bench.freshness.rate} (200),
 * {@code bench.freshness.seconds} (20).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<String> which = new ArrayList<>(Arrays.asList(args));
        if (which.isEmpty() || which.contains("all")) {
            which = List.of("jmh", "startup", "store", "fold", "intake", "freshness");
        }
        Path directory = Path.of("benchmarks", "target", "benchmarks").toAbsolutePath();
        Report report = new Report(directory);
        report.line("# Estate Watch benchmarks, " + OffsetDateTime.now().withNano(0));
        report.line("");
        report.line("machine: " + Report.machine());
        report.line("command: ./mvnw -pl benchmarks -Pbenchmarks verify -Dbenchmarks.args=\"" + String.join(" ", which)
                + "\"");
        String stamp = OffsetDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss"));
        for (String benchmark : which) {
            report.line("");
            Path dir = directory.resolve(benchmark + "-" + stamp);
            long started = System.nanoTime();
            switch (benchmark) {
                case "fold" -> new FoldBenchmark(report, dir).run();
                case "store" -> new StoreBenchmark(report, dir).run();
                case "intake" -> new IntakeBenchmark(report, dir).run();
                case "freshness" -> new FreshnessBenchmark(report, dir).run();
                case "startup" -> new StartupBenchmark(report, dir).run();
                case "jmh" -> jmh(report);
                default -> throw new IllegalArgumentException("no benchmark " + benchmark
                        + " (fold, store, intake, freshness, startup, jmh, all)");
            }
            report.line("(%s took %d s; load average now %s)", benchmark, (System.nanoTime() - started) / 1_000_000_000L,
                    Report.load());
        }
        report.line("");
        report.line("results in " + report.file());
        System.exit(0);
    }

    private static void jmh(Report report) throws Exception {
        report.line("## jmh: reading a record into an envelope — " + Report.machine());
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EnvelopeReadBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xmx256m")
                .build()).run();
        double reader = 0;
        double jackson = 0;
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double score = result.getPrimaryResult().getScore();
            report.line("%-70s %,12.0f ops/s ± %,.0f", name, score, result.getPrimaryResult().getScoreError());
            if (name.endsWith("envelopeReader")) {
                reader = score;
            } else {
                jackson = score;
            }
        }
        report.line("RESULT jmh: EventEnvelopeReader.read %,.0f/s = %.0f %% of Jackson alone (%,.0f/s)", reader,
                100 * reader / jackson, jackson);
    }
}
