package org.educloud.tutoring.tracing;

/**
 * Expectation-maximisation for the two-state hidden Markov model of one knowledge point (the Baum–Welch algorithm).
 * One instance fits one knowledge point from one start; it owns its working arrays, sized once to the longest
 * sequence, so a round over a million answers allocates nothing.
 *
 * <p>The forward pass is scaled (each step's probabilities are normalised and the scale factors' logs sum to the
 * log-likelihood), so sequences of any length neither underflow nor need logarithms in the inner loop. The backward
 * pass reuses the forward pass's scale factors and accumulates the expected counts as it goes, keeping only the
 * backward values of the next step.
 */
final class BaumWelch {

    /** Keeps every fitted probability away from exactly 0 or 1, where EM can never move it again. */
    private static final double FLOOR = 1e-6;
    /** Guess and slip stay strictly below {@link BktParameters#GUESS_AND_SLIP_BOUND}. */
    private static final double GUESS_AND_SLIP_CEILING = BktParameters.GUESS_AND_SLIP_BOUND - 1e-3;

    private final ResponseLog log;
    private final int knowledgePoint;
    private final FitSettings settings;
    private final double[] learnedAfter;   // forward: P(learned | answers up to t), per step of one sequence
    private final double[] scale;          // forward: P(answer t | answers before t), per step

    // expected counts of one round
    private double startsLearned;
    private double learnings;
    private double learningChances;
    private double forgettings;
    private double forgettingChances;
    private double guesses;
    private double unlearnedAnswers;
    private double slips;
    private double learnedAnswers;
    private double logLikelihood;

    BaumWelch(ResponseLog log, int knowledgePoint, FitSettings settings) {
        this.log = log;
        this.knowledgePoint = knowledgePoint;
        this.settings = settings;
        int longest = log.longestSequence(knowledgePoint);
        this.learnedAfter = new double[longest];
        this.scale = new double[longest];
    }

    /** Runs EM from one start until convergence or the iteration limit. */
    FittedKnowledgePoint fit(BktParameters start) {
        BktParameters current = start;
        int iteration = 0;
        while (iteration < settings.maxIterations()) {
            iteration++;
            expect(current);
            BktParameters next = maximise();
            boolean converged = next.distanceTo(current) < settings.tolerance();
            current = next;
            if (converged) {
                break;
            }
        }
        return new FittedKnowledgePoint(knowledgePoint, current, FittedKnowledgePoint.Source.FITTED,
                log.responses(knowledgePoint), log.students(knowledgePoint), iteration,
                logLikelihoodOf(current));
    }

    /** The log-likelihood of the knowledge point's answers under the given parameters. */
    double logLikelihoodOf(BktParameters parameters) {
        expect(parameters);
        return logLikelihood;
    }

    private void expect(BktParameters p) {
        startsLearned = 0;
        learnings = 0;
        learningChances = 0;
        forgettings = 0;
        forgettingChances = 0;
        guesses = 0;
        unlearnedAnswers = 0;
        slips = 0;
        learnedAnswers = 0;
        logLikelihood = 0;
        for (int s = log.sequenceStart(knowledgePoint); s < log.sequenceEnd(knowledgePoint); s++) {
            int first = log.responseStart(s);
            int length = log.responseEnd(s) - first;
            forward(p, first, length);
            backwardAndCount(p, first, length);
        }
    }

    private void forward(BktParameters p, int first, int length) {
        double learned = p.prior();
        for (int t = 0; t < length; t++) {
            if (t > 0) {
                learned = learnedAfter[t - 1] * (1.0 - p.forget()) + (1.0 - learnedAfter[t - 1]) * p.learn();
            }
            boolean correct = log.correct(first + t);
            double learnedAndSeen = learned * (correct ? 1.0 - p.slip() : p.slip());
            double unlearnedAndSeen = (1.0 - learned) * (correct ? p.guess() : 1.0 - p.guess());
            double seen = learnedAndSeen + unlearnedAndSeen;
            scale[t] = seen;
            learnedAfter[t] = learnedAndSeen / seen;
            logLikelihood += Math.log(seen);
        }
    }

    private void backwardAndCount(BktParameters p, int first, int length) {
        double backLearned = 1.0;    // scaled backward value of the learned state at step t+1
        double backUnlearned = 1.0;
        for (int t = length - 1; t >= 0; t--) {
            boolean correct = log.correct(first + t);
            double learnedNow = learnedAfter[t] * backLearned;         // P(learned at t | all answers)
            double unlearnedNow = (1.0 - learnedAfter[t]) * backUnlearned;
            if (correct) {
                guesses += unlearnedNow;
            } else {
                slips += learnedNow;
            }
            unlearnedAnswers += unlearnedNow;
            learnedAnswers += learnedNow;
            if (t == 0) {
                startsLearned += learnedNow;
                break;
            }
            // the transition from t-1 into t, weighted by the evidence of answer t and what follows it
            double emitLearned = correct ? 1.0 - p.slip() : p.slip();
            double emitUnlearned = correct ? p.guess() : 1.0 - p.guess();
            double ahead = learnedAfter[t - 1];
            double intoLearned = emitLearned * backLearned / scale[t];
            double intoUnlearned = emitUnlearned * backUnlearned / scale[t];
            learnings += (1.0 - ahead) * p.learn() * intoLearned;
            forgettings += ahead * p.forget() * intoUnlearned;
            learningChances += (1.0 - ahead) * (p.learn() * intoLearned + (1.0 - p.learn()) * intoUnlearned);
            forgettingChances += ahead * ((1.0 - p.forget()) * intoLearned + p.forget() * intoUnlearned);
            backLearned = (1.0 - p.forget()) * intoLearned + p.forget() * intoUnlearned;
            backUnlearned = p.learn() * intoLearned + (1.0 - p.learn()) * intoUnlearned;
        }
    }

    private BktParameters maximise() {
        BktParameters centre = settings.fallback();
        double w = settings.shrinkage();
        int sequences = log.students(knowledgePoint);
        double prior = (startsLearned + w * centre.prior()) / (sequences + w);
        double learn = (learnings + w * centre.learn()) / (learningChances + w);
        double guess = (guesses + w * centre.guess()) / (unlearnedAnswers + w);
        double slip = (slips + w * centre.slip()) / (learnedAnswers + w);
        double forget = settings.forgetting()
                ? (forgettings + w * centre.forget()) / (forgettingChances + w)
                : 0.0;
        return new BktParameters(clamp(prior, 1.0 - FLOOR), clamp(learn, 1.0 - FLOOR),
                clamp(guess, GUESS_AND_SLIP_CEILING), clamp(slip, GUESS_AND_SLIP_CEILING),
                settings.forgetting() ? clamp(forget, 1.0 - FLOOR) : 0.0);
    }

    private static double clamp(double value, double ceiling) {
        // NaN (a knowledge point whose answers give a state no weight at all) falls back to the floor, not through
        return value >= FLOOR ? Math.min(value, ceiling) : FLOOR;
    }
}
