package org.educloud.tutoring.tracing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Students who behave exactly as BKT says, drawn from known parameters: the ground truth for parameter recovery,
 * the load for the fitting benchmark, and plausible practice histories for demo data. Deterministic for a seed.
 */
public final class SimulatedStudents {

    private SimulatedStudents() {
    }

    /**
     * Each of {@code students} students answers {@code opportunities} items on every knowledge point, knowledge
     * point {@code k} following {@code perKnowledgePoint.get(k)}.
     */
    public static ResponseLog answering(List<BktParameters> perKnowledgePoint, int students, int opportunities,
            long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        ResponseLog.Builder log = ResponseLog.builder(perKnowledgePoint.size());
        for (int k = 0; k < perKnowledgePoint.size(); k++) {
            BktParameters p = perKnowledgePoint.get(k);
            for (int student = 0; student < students; student++) {
                boolean learned = random.nextDouble() < p.prior();
                for (int t = 0; t < opportunities; t++) {
                    boolean correct = learned ? random.nextDouble() >= p.slip() : random.nextDouble() < p.guess();
                    log.add(k, student, correct);
                    learned = learned ? random.nextDouble() >= p.forget() : random.nextDouble() < p.learn();
                }
            }
        }
        return log.build();
    }

    /** One knowledge point, index 0. */
    public static ResponseLog answering(BktParameters parameters, int students, int opportunities, long seed) {
        return answering(List.of(parameters), students, opportunities, seed);
    }
}
