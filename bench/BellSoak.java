import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The soak of issue 31: the 8 a.m. bell of {@link MorningBellBench} at a fixed rate for a long time, reported minute
 * by minute, so that a slow leak, a growing queue or a table that slows down as it fills shows as a trend.
 * {@code java bench/BellSoak.java http://127.0.0.1:18080 7 1800 [threads] [students] [password]}
 * (Java 22 or later: the launcher finds {@code MorningBellBench} beside this file).
 *
 * <p>Paced, not closed loop: {@code rate} journeys a second in all, thread k starting its j-th journey at
 * {@code (j × threads + k) / rate} seconds. A thread that falls behind its schedule starts at once and the minute
 * counts it as late, so an overloaded server shows as lateness instead of as a silently lower rate. Latencies are
 * those of the requests a journey made (the same seven steps as the bench), per minute: requests, errors, p50, p99.
 * The heap is read from the application's GC log (start it with {@code -Xlog:gc:file=…}), see bench/README.md.
 */
public class BellSoak {

    /** What one minute saw: every successful request's latency (µs), failed journeys and late starts. */
    static final class Minute {
        final List<long[]> latencies = new ArrayList<>();
        final AtomicLong journeys = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong late = new AtomicLong();
        final AtomicLong requests = new AtomicLong();

        synchronized void add(long[] requestLatencies) {
            latencies.add(requestLatencies);
        }

        synchronized long[] sorted() {
            return latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        }
    }

    private static final MorningBellBench.Step[] REQUEST_STEPS = Arrays.stream(MorningBellBench.Step.values())
            .filter(s -> s != MorningBellBench.Step.PING && s != MorningBellBench.Step.JOURNEY)
            .toArray(MorningBellBench.Step[]::new);

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18080";
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 7;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 1800;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 16;
        int students = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        String password = args.length > 5 ? args[5] : "EduCloud2026";
        String host = java.net.URI.create(base).getHost();
        if (host == null || !(host.equals("localhost") || host.startsWith("127."))) {
            throw new IllegalArgumentException("Only loopback targets are allowed: " + base);
        }

        AtomicLong next = new AtomicLong();
        ConcurrentHashMap<Integer, Minute> minutes = new ConcurrentHashMap<>();
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        double interval = threads / rate;
        System.out.printf("soak: %.1f journeys/s (about %.0f requests/s) for %d s on %d threads, from %s%n", rate,
                rate * REQUEST_STEPS.length, seconds, threads, Instant.now());

        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                int thread = k;
                futures.add(pool.submit(() -> {
                    MorningBellBench.Worker worker = new MorningBellBench.Worker();
                    for (long j = 0; ; j++) {
                        long due = start + (long) ((j + (double) thread / threads) * interval * 1e9);
                        if (due >= end) {
                            return null;
                        }
                        long now = System.nanoTime();
                        boolean late = now > due + 1_000_000_000L;
                        if (now < due) {
                            Thread.sleep(Duration.ofNanos(due - now));
                        }
                        Minute minute = minutes.computeIfAbsent((int) ((due - start) / 60_000_000_000L),
                                m -> new Minute());
                        if (late) {
                            minute.late.incrementAndGet();
                        }
                        int[] before = worker.counts.clone();
                        long answeredBefore = worker.answered;
                        String student = "bell.s%05d".formatted(1 + next.getAndIncrement() % students);
                        try {
                            MorningBellBench.journey(worker, base, student, password);
                            minute.journeys.incrementAndGet();
                        } catch (MorningBellBench.Failure | RuntimeException e) {
                            minute.failed.incrementAndGet();
                            if (firstErrors.size() < 20) {
                                firstErrors.add(Instant.now() + " " + e.getMessage());
                            }
                        }
                        minute.requests.addAndGet(worker.answered - answeredBefore);
                        minute.add(Arrays.stream(REQUEST_STEPS).flatMapToLong(s -> Arrays.stream(
                                worker.samples[s.ordinal()], before[s.ordinal()], worker.counts[s.ordinal()]))
                                .toArray());
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }

        System.out.printf("%nminute  journeys  failed  late  req/s   p50 ms   p99 ms%n");
        long journeys = 0;
        long failed = 0;
        for (int m = 0; minutes.containsKey(m); m++) {
            Minute minute = minutes.get(m);
            long[] sorted = minute.sorted();
            journeys += minute.journeys.get();
            failed += minute.failed.get();
            System.out.printf("%6d %9d %7d %5d %6.1f %8.1f %8.1f%n", m + 1, minute.journeys.get(), minute.failed.get(),
                    minute.late.get(), minute.requests.get() / 60.0, percentile(sorted, 0.50) / 1000.0,
                    percentile(sorted, 0.99) / 1000.0);
        }
        System.out.printf("%nin all: %d journeys, %d failed, over %.0f s%n", journeys, failed,
                (System.nanoTime() - start) / 1e9);
        firstErrors.forEach(e -> System.out.println("error seen: " + e));
    }

    /** Nearest-rank percentile of sorted samples, as the bench computes it. */
    private static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.clamp((long) Math.ceil(p * sorted.length) - 1, 0, sorted.length - 1)];
    }
}
