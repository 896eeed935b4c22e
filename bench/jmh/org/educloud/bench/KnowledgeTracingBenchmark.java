package org.educloud.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.educloud.tutoring.tracing.BktFitter;
import org.educloud.tutoring.tracing.BktParameters;
import org.educloud.tutoring.tracing.FitSettings;
import org.educloud.tutoring.tracing.FittedKnowledgePoint;
import org.educloud.tutoring.tracing.MasteryUpdate;
import org.educloud.tutoring.tracing.ResponseLog;
import org.educloud.tutoring.tracing.SimulatedStudents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 28's figures for the knowledge-tracing kernel: the EM fit of one million answers over 100 knowledge points
 * (500 simulated students x 20 opportunities each, parameters drawn at random per knowledge point, fixed seed), the
 * grouping of a million answers into a {@link ResponseLog}, and the online update of one student's mastery after
 * one answer. Run as bench/README.md says; never part of the test suite.
 */
public class KnowledgeTracingBenchmark {

    static final int KNOWLEDGE_POINTS = 100;
    static final int STUDENTS = 500;
    static final int OPPORTUNITIES = 20;

    /** The million answers, built once per trial; the truth they were drawn from. */
    @State(Scope.Benchmark)
    public static class MillionAnswers {

        /** "parallel": fitAll on the common pool (both cores); "sequential": one knowledge point after another. */
        @Param({"parallel", "sequential"})
        public String threads;

        @Param({"5"})
        public int starts;

        ResponseLog log;
        List<BktParameters> truth;
        BktFitter fitter;

        @Setup(Level.Trial)
        public void generate() {
            SplittableRandom random = new SplittableRandom(28);
            truth = new ArrayList<>();
            for (int k = 0; k < KNOWLEDGE_POINTS; k++) {
                truth.add(BktParameters.of(random.nextDouble(0.1, 0.7), random.nextDouble(0.05, 0.3),
                        random.nextDouble(0.05, 0.3), random.nextDouble(0.05, 0.2)));
            }
            log = SimulatedStudents.answering(truth, STUDENTS, OPPORTUNITIES, 2026);
            fitter = new BktFitter(FitSettings.STANDARD.withStarts(starts));
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgs = {"-Xmx2g"})
    public Object fitMillionAnswers(MillionAnswers data) {
        if (data.threads.equals("parallel")) {
            return data.fitter.fitAll(data.log);
        }
        List<FittedKnowledgePoint> fits = new ArrayList<>(KNOWLEDGE_POINTS);
        for (int k = 0; k < KNOWLEDGE_POINTS; k++) {
            fits.add(data.fitter.fit(data.log, k));
        }
        return fits;
    }

    /** A million answers in arrival order (students interleaved), as a nightly query would stream them. */
    @State(Scope.Benchmark)
    public static class ArrivingAnswers {
        int[] knowledgePoint;
        int[] student;
        boolean[] correct;

        @Setup(Level.Trial)
        public void generate() {
            int n = KNOWLEDGE_POINTS * STUDENTS * OPPORTUNITIES;
            knowledgePoint = new int[n];
            student = new int[n];
            correct = new boolean[n];
            SplittableRandom random = new SplittableRandom(7);
            for (int i = 0; i < n; i++) {
                knowledgePoint[i] = random.nextInt(KNOWLEDGE_POINTS);
                student[i] = random.nextInt(STUDENTS * 4);
                correct[i] = random.nextBoolean();
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 5)
    @Fork(value = 1, jvmArgs = {"-Xmx2g"})
    public ResponseLog groupMillionAnswers(ArrivingAnswers data) {
        ResponseLog.Builder builder = ResponseLog.builder(KNOWLEDGE_POINTS);
        for (int i = 0; i < data.correct.length; i++) {
            builder.add(data.knowledgePoint[i], data.student[i], data.correct[i]);
        }
        return builder.build();
    }

    /** One student's mastery, carried from answer to answer as the online path would. */
    @State(Scope.Thread)
    public static class Student {
        final BktParameters parameters = BktParameters.of(0.3, 0.1, 0.2, 0.1);
        double mastery = 0.3;
        int answers;
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(1)
    public double updateMasteryAfterOneAnswer(Student student) {
        // a fixed pattern (three right, one wrong) keeps mastery moving without a random generator in the timing
        boolean correct = (student.answers++ & 3) != 0;
        student.mastery = MasteryUpdate.afterAnswer(student.parameters, student.mastery, correct);
        return student.mastery;
    }
}
