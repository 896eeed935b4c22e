package org.educloud.tutoring.tracing;

/**
 * How the parameters of each knowledge point are fitted.
 *
 * @param maxIterations the most expectation-maximisation rounds per start
 * @param tolerance a start has converged when no probability moved more than this in one round
 * @param starts how many starting points per knowledge point: the first is {@code fallback} (a good initialisation
 *        for school data), the others are drawn at random; the start that ends with the highest likelihood wins,
 *        because EM only finds a local maximum
 * @param seed the random starts of knowledge point {@code k} depend only on this seed and {@code k}, so a fit is
 *        reproducible and the same whether knowledge points are fitted one by one or in parallel
 * @param forgetting whether to fit P(F); when false it stays 0 (standard BKT)
 * @param minimumResponses fewer answers than this on a knowledge point and it is not fitted: it gets
 *        {@code fallback}
 * @param minimumStudents fewer students than this and it gets {@code fallback}: a handful of students cannot tell
 *        a high prior from a fast learn rate
 * @param shrinkage above the minimums, each probability is estimated as if {@code shrinkage} extra observations
 *        had shown the fallback's value (a Beta prior, making the fit a maximum a posteriori estimate); with a few
 *        hundred answers the fit stays near the fallback, with thousands the data decide. 0 is plain maximum
 *        likelihood
 * @param fallback the parameters of knowledge points with too few data, and the centre of the shrinkage
 */
public record FitSettings(int maxIterations, double tolerance, int starts, long seed, boolean forgetting,
        int minimumResponses, int minimumStudents, double shrinkage, BktParameters fallback) {

    /**
     * The settings used by the schedule. The minimums are deliberately low (the shrinkage protects the
     * knowledge points just above them); pyBKT's authors report that its estimates settle at about 50 students for
     * learn and slip and 100 for prior and guess, with sequences of 15 or more (Badrinath, Wang &amp; Pardos, 2021).
     */
    public static final FitSettings STANDARD =
            new FitSettings(200, 1e-5, 5, 28L, false, 50, 10, 4.0, BktParameters.DEFAULTS);

    public FitSettings {
        if (maxIterations < 1 || starts < 1) {
            throw new IllegalArgumentException("at least one iteration and one start");
        }
        if (!(tolerance > 0.0) || !(shrinkage >= 0.0)) {
            throw new IllegalArgumentException("tolerance must be positive and shrinkage not negative");
        }
        if (minimumResponses < 1 || minimumStudents < 1) {
            throw new IllegalArgumentException("the minimums must be at least 1");
        }
    }

    /** The same settings with forgetting fitted (or not). */
    public FitSettings withForgetting(boolean fitForgetting) {
        return new FitSettings(maxIterations, tolerance, starts, seed, fitForgetting, minimumResponses,
                minimumStudents, shrinkage, fallback);
    }

    /** The same settings with another number of starts. */
    public FitSettings withStarts(int count) {
        return new FitSettings(maxIterations, tolerance, count, seed, forgetting, minimumResponses,
                minimumStudents, shrinkage, fallback);
    }

    /** The same settings with other minimums below which the fallback is used. */
    public FitSettings withMinimums(int responses, int students) {
        return new FitSettings(maxIterations, tolerance, starts, seed, forgetting, responses, students, shrinkage,
                fallback);
    }

    /** The same settings with another shrinkage strength. */
    public FitSettings withShrinkage(double pseudoObservations) {
        return new FitSettings(maxIterations, tolerance, starts, seed, forgetting, minimumResponses,
                minimumStudents, pseudoObservations, fallback);
    }
}
