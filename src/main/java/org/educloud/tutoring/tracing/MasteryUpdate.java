package org.educloud.tutoring.tracing;

/**
 * The online step of knowledge tracing: what one answer does to a student's mastery of one knowledge point. Every
 * method is a pure function of primitives and the parameters record, allocates nothing and takes a few nanoseconds,
 * so it can run inside the transaction that stores the answer.
 *
 * <p>"Mastery" is P(L): the probability that the student is in the learned state <em>before</em> the next answer.
 * A new student starts at {@link BktParameters#prior()}.
 */
public final class MasteryUpdate {

    /** The mastery at which practice on a knowledge point stops (issue 28: "e.g. P ≥ 0.95"), as in Corbett &amp; Anderson. */
    public static final double MASTERY_THRESHOLD = 0.95;

    private MasteryUpdate() {
    }

    /** The probability that the student answers the next item of this knowledge point correctly. */
    public static double chanceOfCorrect(BktParameters parameters, double mastery) {
        return mastery * (1.0 - parameters.slip()) + (1.0 - mastery) * parameters.guess();
    }

    /**
     * Bayes' rule on one answer: the probability that the student was in the learned state when answering, given
     * whether the answer was correct.
     */
    public static double posterior(BktParameters parameters, double mastery, boolean correct) {
        double learnedAndObserved = mastery * (correct ? 1.0 - parameters.slip() : parameters.slip());
        double unlearnedAndObserved = (1.0 - mastery) * (correct ? parameters.guess() : 1.0 - parameters.guess());
        double evidence = learnedAndObserved + unlearnedAndObserved;
        // evidence is 0 only for an answer the parameters call impossible (guess 0 and a correct answer from an
        // unlearned student with mastery 0, say); the answer then tells nothing and the mastery stands
        return evidence > 0.0 ? learnedAndObserved / evidence : mastery;
    }

    /** The opportunity to practise: an unlearned student may learn, a learned one may forget (if forgetting is on). */
    public static double transition(BktParameters parameters, double posterior) {
        return posterior * (1.0 - parameters.forget()) + (1.0 - posterior) * parameters.learn();
    }

    /** The mastery before the next answer, after this one was observed: the posterior, then the transition. */
    public static double afterAnswer(BktParameters parameters, double mastery, boolean correct) {
        return transition(parameters, posterior(parameters, mastery, correct));
    }

    /** Whether practice on this knowledge point may stop. */
    public static boolean mastered(double mastery) {
        return mastery >= MASTERY_THRESHOLD;
    }
}
