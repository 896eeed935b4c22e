package org.educloud.tutoring.tracing;

/**
 * The four (or five) probabilities of Bayesian Knowledge Tracing for one knowledge point. The student's knowledge
 * is a hidden state, unlearned or learned; each answer is an observation of it through guess and slip.
 *
 * @param prior P(L0): the probability that a student already masters the knowledge point before the first answer
 * @param learn P(T): the probability of moving from unlearned to learned at each opportunity to practise
 * @param guess P(G): the probability of a correct answer while unlearned
 * @param slip P(S): the probability of a wrong answer while learned
 * @param forget P(F): the probability of moving from learned back to unlearned at each opportunity; 0 is standard
 *        BKT, where mastery, once reached, is never lost
 */
public record BktParameters(double prior, double learn, double guess, double slip, double forget) {

    /**
     * Guess and slip must stay below one half. Above it the model is degenerate (Baker, Corbett &amp; Aleven, 2008,
     * "More accurate student modeling through contextual estimation of slip and guess probabilities", ITS 2008):
     * the "learned" state would predict wrong answers better than the "unlearned" one, the two states swap meaning,
     * and the likelihood cannot tell the swapped model from the right one. The bound is exclusive.
     */
    public static final double GUESS_AND_SLIP_BOUND = 0.5;

    /**
     * Parameters for a knowledge point with too few responses to fit. They are an engineering choice inside the ranges
     * the BKT literature reports for school mathematics, not fitted values: a prior of 0.3 (most pupils meet a new
     * knowledge point unlearned), a learn rate of 0.1 per opportunity, a guess of 0.2 (a four- or five-option item),
     * and a slip of 0.1, the upper plausibility bound that Baker, Corbett &amp; Aleven (2008) impose on slip. With them
     * a student who answers three items in a row correctly passes the 0.95 mastery threshold and one who answers
     * three wrong stays below 0.2, which is what a teacher expects of a knowledge point the platform knows nothing
     * about yet; see {@code docs/knowledge-tracing.md}.
     */
    public static final BktParameters DEFAULTS = new BktParameters(0.3, 0.1, 0.2, 0.1, 0.0);

    public BktParameters {
        requireProbability("prior", prior);
        requireProbability("learn", learn);
        requireProbability("guess", guess);
        requireProbability("slip", slip);
        requireProbability("forget", forget);
        if (guess >= GUESS_AND_SLIP_BOUND || slip >= GUESS_AND_SLIP_BOUND) {
            throw new IllegalArgumentException("guess and slip must be below " + GUESS_AND_SLIP_BOUND
                    + " or the learned and unlearned states are not identifiable: guess " + guess + ", slip " + slip);
        }
    }

    /** Standard BKT parameters, without forgetting. */
    public static BktParameters of(double prior, double learn, double guess, double slip) {
        return new BktParameters(prior, learn, guess, slip, 0.0);
    }

    /** Whether this is standard BKT, where mastery once reached is kept. */
    public boolean withoutForgetting() {
        return forget == 0.0;
    }

    /** The largest difference between any of the five probabilities of this and the other parameters. */
    public double distanceTo(BktParameters other) {
        return Math.max(Math.max(Math.abs(prior - other.prior), Math.abs(learn - other.learn)),
                Math.max(Math.max(Math.abs(guess - other.guess), Math.abs(slip - other.slip)),
                        Math.abs(forget - other.forget)));
    }

    private static void requireProbability(String name, double value) {
        // the negated form also refuses NaN, which a failed fit could otherwise carry into every student's mastery
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a probability in [0, 1]: " + value);
        }
    }
}
