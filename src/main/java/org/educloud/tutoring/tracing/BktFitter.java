package org.educloud.tutoring.tracing;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Fits the BKT parameters of each knowledge point from all its students' answers by expectation-maximisation,
 * from several starts, and falls back to the settings' defaults where the data are too few to fit. Knowledge points
 * are independent: {@link #fitAll} fits them in parallel, and the result does not depend on the order.
 */
public final class BktFitter {

    private final FitSettings settings;

    public BktFitter(FitSettings settings) {
        this.settings = settings;
    }

    /** Fits every knowledge point of the log, in parallel on the common pool; the list is in index order. */
    public List<FittedKnowledgePoint> fitAll(ResponseLog log) {
        return IntStream.range(0, log.knowledgePoints()).parallel().mapToObj(k -> fit(log, k)).toList();
    }

    /** Fits one knowledge point, or returns the fallback when it has too few answers or students. */
    public FittedKnowledgePoint fit(ResponseLog log, int knowledgePoint) {
        int responses = log.responses(knowledgePoint);
        int students = log.students(knowledgePoint);
        if (responses < settings.minimumResponses() || students < settings.minimumStudents()) {
            return new FittedKnowledgePoint(knowledgePoint, settings.fallback(),
                    FittedKnowledgePoint.Source.FALLBACK, responses, students, 0, 0.0);
        }
        BaumWelch em = new BaumWelch(log, knowledgePoint, settings);
        SplittableRandom random = new SplittableRandom(settings.seed() ^ (knowledgePoint * 0x9E3779B97F4A7C15L));
        FittedKnowledgePoint best = em.fit(firstStart());
        for (int start = 1; start < settings.starts(); start++) {
            FittedKnowledgePoint candidate = em.fit(randomStart(random));
            if (candidate.logLikelihood() > best.logLikelihood()) {
                best = candidate;
            }
        }
        return best;
    }

    /**
     * The fallback is a good first start for school data. Forgetting cannot start at 0: EM never moves a
     * transition probability away from exactly 0, so a forgetting fit starts at a small rate.
     */
    private BktParameters firstStart() {
        BktParameters fallback = settings.fallback();
        double forget = settings.forgetting() ? Math.max(fallback.forget(), 0.05) : 0.0;
        return new BktParameters(fallback.prior(), fallback.learn(), fallback.guess(), fallback.slip(), forget);
    }

    /** A random start inside the region where school knowledge points' parameters are found. */
    private BktParameters randomStart(SplittableRandom random) {
        double forget = settings.forgetting() ? random.nextDouble(0.01, 0.2) : 0.0;
        return new BktParameters(random.nextDouble(0.05, 0.9), random.nextDouble(0.02, 0.4),
                random.nextDouble(0.05, 0.35), random.nextDouble(0.05, 0.35), forget);
    }
}
