package io.estatewatch.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the loader says while it works ({@code [demo] complaints 312/618}) and what it did in the end: per part,
 * how many records it created, how many it found already there, how many failed and why, and which parts it had to
 * skip because the platform does not offer them (yet).
 */
public final class LoadProgress {

    /** One part of the load (companies, estates, filings, complaints, …) and what became of its records. */
    public static final class Part {
        final String name;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger created = new AtomicInteger();
        final AtomicInteger existing = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final List<String> failures = new ArrayList<>();
        volatile String skipped;
        private final long startedNanos = System.nanoTime();
        private volatile long lastPrintNanos = System.nanoTime();
        private volatile int lastPrintedDecile;
        private final LoadProgress progress;

        Part(LoadProgress progress, String name, int total) {
            this.progress = progress;
            this.name = name;
            this.total = total;
        }

        public void created() {
            created.incrementAndGet();
            step();
        }

        public void existing() {
            existing.incrementAndGet();
            step();
        }

        public void failed(String what) {
            failed.incrementAndGet();
            synchronized (failures) {
                if (failures.size() < 20) {
                    failures.add(what);
                }
            }
            progress.say("[demo] " + name + ": " + what);
            step();
        }

        /** One record done: made by this load, or found already there. */
        public void finished(boolean createdNow) {
            if (createdNow) {
                created();
            } else {
                existing();
            }
        }

        /** The platform refused a request of this record. */
        public void refused(String what, GatewayClient.Response response) {
            failed(what + ": " + response.status() + " " + response.problem());
        }

        /** The platform does not offer this part: it is left out, and the summary says so. */
        public void skip(String why) {
            skipped = why;
            progress.say("[demo] " + name + ": skipped — " + why);
        }

        public boolean isSkipped() {
            return skipped != null;
        }

        public int failures() {
            return failed.get();
        }

        public int createdCount() {
            return created.get();
        }

        public int existingCount() {
            return existing.get();
        }

        private void step() {
            int now = done.incrementAndGet();
            int decile = total == 0 ? 10 : now * 10 / total;
            long sinceLast = System.nanoTime() - lastPrintNanos;
            if (now == total || decile > lastPrintedDecile || sinceLast > Duration.ofSeconds(5).toNanos()) {
                synchronized (this) {
                    if (now == total || decile > lastPrintedDecile || System.nanoTime() - lastPrintNanos > Duration.ofSeconds(5).toNanos()) {
                        lastPrintedDecile = decile;
                        lastPrintNanos = System.nanoTime();
                        progress.say(String.format(Locale.ROOT, "[demo] %-18s %d/%d%s", name, now, total,
                                now == total ? " (" + seconds(System.nanoTime() - startedNanos) + ")" : ""));
                    }
                }
            }
        }

        String line() {
            if (skipped != null) {
                return String.format(Locale.ROOT, "  %-18s skipped: %s", name, skipped);
            }
            return String.format(Locale.ROOT, "  %-18s %5d created %5d already there%s", name, created.get(),
                    existing.get(), failed.get() == 0 ? "" : String.format(Locale.ROOT, " %5d FAILED", failed.get()));
        }
    }

    private final PrintStream out;
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final long startedNanos = System.nanoTime();

    public LoadProgress(PrintStream out) {
        this.out = out;
    }

    public synchronized Part part(String name, int total) {
        Part part = new Part(this, name, total);
        parts.put(name, part);
        return part;
    }

    public synchronized List<Part> parts() {
        return List.copyOf(parts.values());
    }

    public int failures() {
        return parts().stream().mapToInt(Part::failures).sum();
    }

    public int created() {
        return parts().stream().mapToInt(Part::createdCount).sum();
    }

    public List<String> skippedParts() {
        return parts().stream().filter(Part::isSkipped).map(p -> p.name + " (" + p.skipped + ")").toList();
    }

    public void say(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    /** The closing table: every part's counts, its first failures, and how long it all took. */
    public void summary(List<String> figures) {
        StringBuilder text = new StringBuilder("[demo] done in ").append(seconds(System.nanoTime() - startedNanos))
                .append(System.lineSeparator());
        for (Part part : parts()) {
            text.append(part.line()).append(System.lineSeparator());
            synchronized (part.failures) {
                for (String failure : part.failures.subList(0, Math.min(3, part.failures.size()))) {
                    text.append("      ").append(failure).append(System.lineSeparator());
                }
            }
        }
        text.append("[demo] the district's half-year, as the summary should show it:").append(System.lineSeparator());
        figures.forEach(line -> text.append("  ").append(line).append(System.lineSeparator()));
        say(text.toString().stripTrailing());
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
