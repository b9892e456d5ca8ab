package io.estatewatch.benchmarks.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load generator on the JDK's HttpClient: requests start at a fixed rate whatever the server does (as
 * hotline systems push), and each latency is measured from the moment the request was due, not from when it could
 * be sent, so a server that falls behind shows its queueing in the percentiles (no coordinated omission).
 */
public final class OpenLoad {

    /** What one step of load gave. */
    public record Step(String target, int offeredPerSecond, Duration duration, int sent, int ok, int failed,
                       Map<Integer, Integer> statuses, double achievedPerSecond, double p50Millis, double p99Millis,
                       double maxMillis, boolean abandoned) {

        /** The step kept up: nearly everything it offered came back 2xx. */
        public boolean sustained() {
            return !abandoned && ok >= 0.95 * sent && achievedPerSecond >= 0.9 * offeredPerSecond;
        }

        @Override
        public String toString() {
            return String.format("%-10s offered %5d/s  sent %6d  2xx %6d  other %5d  achieved %7.1f/s  p50 %7.1f ms  "
                            + "p99 %8.1f ms  max %8.1f ms%s  %s", target, offeredPerSecond, sent, ok, failed,
                    achievedPerSecond, p50Millis, p99Millis, maxMillis, abandoned ? "  (abandoned: in flight over limit)" : "",
                    statuses);
        }
    }

    private final HttpClient client;
    private final int maxInFlight;

    public OpenLoad(int maxInFlight) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.maxInFlight = maxInFlight;
    }

    /**
     * Offers {@code perSecond} requests a second for {@code duration}; {@code request} builds the i-th request. Stops
     * offering (and says so) when more than the in-flight limit are outstanding: the server has stopped keeping up.
     */
    public Step run(String target, int perSecond, Duration duration, IntFunction<HttpRequest> request) {
        int total = (int) (perSecond * duration.toNanos() / 1_000_000_000L);
        long[] latencies = new long[total];
        Arrays.fill(latencies, -1);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(total);
        long interval = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        int sent = 0;
        boolean abandoned = false;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (inFlight.get() >= maxInFlight) {
                abandoned = true;
                for (int rest = i; rest < total; rest++) {
                    done.countDown();
                }
                break;
            }
            int index = i;
            inFlight.incrementAndGet();
            sent++;
            client.sendAsync(request.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                latencies[index] = now - due;
                lastDone.accumulateAndGet(now, Math::max);
                int status = error == null ? response.statusCode() : -1;
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                if (status >= 200 && status < 300) {
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                inFlight.decrementAndGet();
                done.countDown();
            });
        }
        try {
            done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] measured = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
        double elapsed = Math.max(1, lastDone.get() - start) / 1e9;
        Map<Integer, Integer> counted = new TreeMap<>();
        statuses.forEach((status, n) -> counted.put(status, n.get()));
        return new Step(target, perSecond, duration, sent, ok.get(), failed.get(), counted, ok.get() / elapsed,
                percentile(measured, 0.50), percentile(measured, 0.99),
                measured.length == 0 ? Double.NaN : measured[measured.length - 1] / 1e6, abandoned);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    public static HttpRequest.Builder post(URI uri, String json) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
