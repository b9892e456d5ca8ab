package io.estatewatch.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import io.estatewatch.benchmarks.rig.LocalInfrastructure;
import org.bson.Document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Why the fold slows as rows accumulate on the local store: the exact fold's guarded upsert
 * ({@code {_id: x, "_applied.a": {$not: {$gte: n}}}}) beside a plain update by {@code _id} alone (the baseline), on
 * collections of rising size in mongo-java-server's H2 store, from one client thread.
 */
final class StoreBenchmark {

    private static final int OPERATIONS = 3_000;
    private static final int ROUNDS = 3;
    /** Untimed updates before the first size: the store's JIT warms up on them, not on the baseline. */
    private static final int WARM_UP = 10_000;

    private final Report report;
    private long lastMark = 1_000_000L;
    private final Path dir;

    StoreBenchmark(Report report, Path dir) {
        this.report = report;
        this.dir = dir;
    }

    void run() {
        report.line("## store: %d rounds of %,d updates per shape (the median round) on mongo-java-server (H2 file), "
                + "after %,d of each to warm up — %s", ROUNDS, OPERATIONS, WARM_UP, Report.machine());
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dir);
             MongoClient client = LocalInfrastructure.mongoClient(infrastructure.mongoUri())) {
            MongoCollection<Document> rows = client.getDatabase("store-bench").getCollection("rows");
            int size = 0;
            List<Double> ratios = new ArrayList<>();
            for (int target : new int[] {1_000, 5_000, 20_000, 40_000}) {
                List<Document> batch = new ArrayList<>();
                for (; size < target; size++) {
                    batch.add(new Document("_id", "row-" + size).append("_applied", new Document("agg-" + size, 1L))
                            .append("events", 1));
                    if (batch.size() == 1_000) {
                        rows.insertMany(batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    rows.insertMany(batch);
                }
                if (target == 1_000) {
                    // Both shapes, so that neither is measured while the store's JIT still compiles its path.
                    plain(rows, target, WARM_UP);
                    guarded(rows, target, WARM_UP);
                }
                // Three rounds, the shapes in turn, and the median of each: the store's collector and its file's
                // background writes land in one round or another.
                List<Double> plains = new ArrayList<>();
                List<Double> guardeds = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                    plains.add(rate(() -> plain(rows, target, OPERATIONS)));
                    guardeds.add(rate(() -> guarded(rows, target, OPERATIONS)));
                }
                double plain = median(plains);
                double guarded = median(guardeds);
                report.line("%,7d rows: update by _id %,8.0f/s (baseline); guarded update by _id + mark %,8.0f/s = %5.1f %%",
                        target, plain, guarded, 100 * guarded / plain);
                ratios.add(guarded / plain);
            }
            report.line("RESULT store: the guarded update runs at %.0f %% of a plain update by _id at 1,000 rows and %.0f %% "
                    + "at 40,000 rows (a guard the _id index serves keeps its ratio as rows grow; a scan falls with them)",
                    100 * ratios.get(0), 100 * ratios.get(ratios.size() - 1));
        }
    }

    /** Updates by {@code _id} alone, spread over the rows. */
    private static void plain(MongoCollection<Document> rows, int size, int count) {
        for (int i = 0; i < count; i++) {
            rows.updateOne(new Document("_id", "row-" + (i * 7919 % size)), new Document("$inc", new Document("events", 0)));
        }
    }

    /** The exact fold's guarded update, each with a mark above every one before it, so that each guard passes. */
    private void guarded(MongoCollection<Document> rows, int size, int count) {
        for (int i = 0; i < count; i++) {
            int n = i * 7919 % size;
            long mark = ++lastMark;
            rows.updateOne(new Document("_id", "row-" + n).append("_applied.agg-" + n,
                            new Document("$not", new Document("$gte", mark))),
                    new Document("$set", new Document("_applied.agg-" + n, mark)), new UpdateOptions().upsert(false));
        }
    }

    private static double median(List<Double> rates) {
        List<Double> sorted = rates.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double rate(Runnable operations) {
        long started = System.nanoTime();
        operations.run();
        return OPERATIONS / ((System.nanoTime() - started) / 1e9);
    }
}
