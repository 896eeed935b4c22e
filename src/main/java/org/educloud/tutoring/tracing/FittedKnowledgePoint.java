package org.educloud.tutoring.tracing;

/**
 * The outcome of fitting one knowledge point.
 *
 * @param knowledgePoint the dense index of the knowledge point in the {@link ResponseLog}
 * @param parameters what the online update should use from now on
 * @param source whether the parameters were fitted or are the fallback for sparse data
 * @param responses the answers the fit saw
 * @param students the students the fit saw
 * @param iterations EM rounds of the winning start (0 for the fallback)
 * @param logLikelihood natural log-likelihood of the answers under {@code parameters} (0 for the fallback)
 */
public record FittedKnowledgePoint(int knowledgePoint, BktParameters parameters, Source source, int responses,
        int students, int iterations, double logLikelihood) {

    /** Where the parameters come from. */
    public enum Source {
        /** Estimated by expectation-maximisation (shrunk toward the fallback by the settings' shrinkage). */
        FITTED,
        /** Too few answers or students: the settings' fallback, unchanged. */
        FALLBACK
    }
}
