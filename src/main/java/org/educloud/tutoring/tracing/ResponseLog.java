package org.educloud.tutoring.tracing;

import java.util.Arrays;

/**
 * Scored answers grouped by knowledge point, then by student, each student's answers in the order they were given:
 * the input of the fit. Columnar and primitive (one byte per answer, one int per student sequence), so a million
 * answers take a few megabytes and the fit's inner loop reads consecutive memory without boxing.
 *
 * <p>Knowledge points and students are dense indexes {@code 0..n-1}; the caller maps its identifiers to them (and
 * back). A <em>sequence</em> is one student's answers on one knowledge point.
 */
public final class ResponseLog {

    private final int knowledgePoints;
    private final int[] firstSequenceOf;   // per knowledge point, plus one end marker
    private final int[] firstResponseOf;   // per sequence, plus one end marker
    private final int[] studentOf;         // per sequence
    private final byte[] correct;          // per response, 1 correct, 0 wrong

    private ResponseLog(int knowledgePoints, int[] firstSequenceOf, int[] firstResponseOf, int[] studentOf,
            byte[] correct) {
        this.knowledgePoints = knowledgePoints;
        this.firstSequenceOf = firstSequenceOf;
        this.firstResponseOf = firstResponseOf;
        this.studentOf = studentOf;
        this.correct = correct;
    }

    /** A builder for a log over {@code knowledgePoints} knowledge points, indexed {@code 0..knowledgePoints-1}. */
    public static Builder builder(int knowledgePoints) {
        return new Builder(knowledgePoints);
    }

    public int knowledgePoints() {
        return knowledgePoints;
    }

    /** All answers in the log. */
    public int responses() {
        return correct.length;
    }

    /** The answers on one knowledge point, over all its students. */
    public int responses(int knowledgePoint) {
        return firstResponseOf[firstSequenceOf[knowledgePoint + 1]] - firstResponseOf[firstSequenceOf[knowledgePoint]];
    }

    /** The students who answered on one knowledge point: its number of sequences. */
    public int students(int knowledgePoint) {
        return firstSequenceOf[knowledgePoint + 1] - firstSequenceOf[knowledgePoint];
    }

    /** The first sequence of a knowledge point; its sequences run to {@link #sequenceEnd(int)}, exclusive. */
    public int sequenceStart(int knowledgePoint) {
        return firstSequenceOf[knowledgePoint];
    }

    public int sequenceEnd(int knowledgePoint) {
        return firstSequenceOf[knowledgePoint + 1];
    }

    /** The first answer of a sequence; its answers run to {@link #responseEnd(int)}, exclusive, oldest first. */
    public int responseStart(int sequence) {
        return firstResponseOf[sequence];
    }

    public int responseEnd(int sequence) {
        return firstResponseOf[sequence + 1];
    }

    /** The student (dense index) whose answers a sequence holds. */
    public int student(int sequence) {
        return studentOf[sequence];
    }

    public boolean correct(int response) {
        return correct[response] != 0;
    }

    /** The longest sequence of a knowledge point, for sizing the fit's working arrays once. */
    public int longestSequence(int knowledgePoint) {
        int longest = 0;
        for (int s = sequenceStart(knowledgePoint); s < sequenceEnd(knowledgePoint); s++) {
            longest = Math.max(longest, responseEnd(s) - responseStart(s));
        }
        return longest;
    }

    /**
     * Collects answers in the order they were given (over all students and knowledge points: only the order within
     * one student's answers on one knowledge point matters) and groups them on {@link #build()}.
     */
    public static final class Builder {

        private final int knowledgePoints;
        private int size;
        private int[] knowledgePointOf = new int[1024];
        private int[] studentOf = new int[1024];
        private byte[] correct = new byte[1024];

        private Builder(int knowledgePoints) {
            if (knowledgePoints < 1) {
                throw new IllegalArgumentException("a response log needs at least one knowledge point");
            }
            this.knowledgePoints = knowledgePoints;
        }

        /** One scored answer on an item tagged with one knowledge point. */
        public Builder add(int knowledgePoint, int student, boolean answeredCorrectly) {
            if (knowledgePoint < 0 || knowledgePoint >= knowledgePoints) {
                throw new IllegalArgumentException("knowledge point index out of range: " + knowledgePoint);
            }
            if (student < 0) {
                throw new IllegalArgumentException("student index must not be negative: " + student);
            }
            if (size == correct.length) {
                int capacity = Math.addExact(size, size >> 1);
                knowledgePointOf = Arrays.copyOf(knowledgePointOf, capacity);
                studentOf = Arrays.copyOf(studentOf, capacity);
                correct = Arrays.copyOf(correct, capacity);
            }
            knowledgePointOf[size] = knowledgePoint;
            studentOf[size] = student;
            correct[size] = (byte) (answeredCorrectly ? 1 : 0);
            size++;
            return this;
        }

        /**
         * One scored answer on an item tagged with several knowledge points: it counts as one observation of each
         * of them, as if the student had answered one item per knowledge point with the same outcome. This is the
         * choice pyBKT's data make by duplicating multi-skill rows; it keeps every knowledge point an independent
         * two-state model, at the price that a wrong answer is blamed on every tagged knowledge point alike (no
         * "weakest link" credit assignment). The online update must make the same choice, and does when the caller
         * applies {@link MasteryUpdate#afterAnswer} to each tagged knowledge point.
         */
        public Builder add(int[] knowledgePoints, int student, boolean answeredCorrectly) {
            for (int knowledgePoint : knowledgePoints) {
                add(knowledgePoint, student, answeredCorrectly);
            }
            return this;
        }

        /** Groups the answers by knowledge point and student, keeping each student's order. */
        public ResponseLog build() {
            int[] order = byKnowledgePoint();
            int[] firstOfPoint = new int[knowledgePoints + 1];
            for (int i = 0; i < size; i++) {
                firstOfPoint[knowledgePointOf[i] + 1]++;
            }
            for (int k = 0; k < knowledgePoints; k++) {
                firstOfPoint[k + 1] += firstOfPoint[k];
            }
            // within a knowledge point, order by student and then by arrival: the arrival index in the low half of
            // the key keeps the sort stable, so each student's answers stay oldest first
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) studentOf[order[i]] << 32) | order[i];
            }
            for (int k = 0; k < knowledgePoints; k++) {
                Arrays.sort(keys, firstOfPoint[k], firstOfPoint[k + 1]);
            }
            return grouped(keys, firstOfPoint);
        }

        private int[] byKnowledgePoint() {
            int[] next = new int[knowledgePoints + 1];
            for (int i = 0; i < size; i++) {
                next[knowledgePointOf[i] + 1]++;
            }
            for (int k = 0; k < knowledgePoints; k++) {
                next[k + 1] += next[k];
            }
            int[] order = new int[size];
            for (int i = 0; i < size; i++) {
                order[next[knowledgePointOf[i]]++] = i;
            }
            return order;
        }

        private ResponseLog grouped(long[] keys, int[] firstOfPoint) {
            byte[] sortedCorrect = new byte[size];
            int[] firstResponse = new int[size + 1];
            int[] student = new int[size];
            int[] firstSequence = new int[knowledgePoints + 1];
            int sequences = 0;
            for (int k = 0; k < knowledgePoints; k++) {
                firstSequence[k] = sequences;
                int previousStudent = -1;
                for (int i = firstOfPoint[k]; i < firstOfPoint[k + 1]; i++) {
                    int s = (int) (keys[i] >>> 32);
                    sortedCorrect[i] = correct[(int) keys[i]];
                    if (s != previousStudent) {
                        firstResponse[sequences] = i;
                        student[sequences] = s;
                        sequences++;
                        previousStudent = s;
                    }
                }
            }
            firstSequence[knowledgePoints] = sequences;
            firstResponse[sequences] = size;
            return new ResponseLog(knowledgePoints, firstSequence, Arrays.copyOf(firstResponse, sequences + 1),
                    Arrays.copyOf(student, sequences), sortedCorrect);
        }
    }
}
