package org.educloud.tutoring.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseLogTest {

    @Test
    void answersAreGroupedByKnowledgePointThenStudentKeepingEachStudentsOrder() {
        ResponseLog log = ResponseLog.builder(2)
                .add(1, 7, true)
                .add(0, 7, false)
                .add(1, 3, false)
                .add(1, 7, false)
                .add(0, 7, true)
                .add(1, 3, true)
                .build();

        assertThat(log.responses()).isEqualTo(6);
        assertThat(log.students(0)).isEqualTo(1);
        assertThat(log.students(1)).isEqualTo(2);
        assertThat(answersOf(log, 0)).containsExactly("7:[false, true]");
        assertThat(answersOf(log, 1)).containsExactly("3:[false, true]", "7:[true, false]");
        assertThat(log.longestSequence(1)).isEqualTo(2);
    }

    @Test
    void anItemTaggedWithSeveralKnowledgePointsIsOneObservationOfEach() {
        ResponseLog log = ResponseLog.builder(3).add(new int[] {0, 2}, 5, false).add(1, 5, true).build();

        assertThat(log.responses(0)).isEqualTo(1);
        assertThat(log.responses(1)).isEqualTo(1);
        assertThat(log.responses(2)).isEqualTo(1);
        assertThat(answersOf(log, 0)).containsExactly("5:[false]");
        assertThat(answersOf(log, 2)).containsExactly("5:[false]");
    }

    @Test
    void aKnowledgePointWithoutAnswersHasNoSequences() {
        ResponseLog log = ResponseLog.builder(3).add(2, 0, true).build();

        assertThat(log.students(0)).isZero();
        assertThat(log.responses(1)).isZero();
        assertThat(log.longestSequence(0)).isZero();
    }

    @Test
    void indexesOutsideTheLogAreRefused() {
        ResponseLog.Builder builder = ResponseLog.builder(2);
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(2, 0, true));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(0, -1, true));
        assertThatIllegalArgumentException().isThrownBy(() -> ResponseLog.builder(0));
    }

    @Test
    void aMillionAnswersGrowTheBuilderWithoutLoss() {
        ResponseLog.Builder builder = ResponseLog.builder(100);
        for (int i = 0; i < 1_000_000; i++) {
            builder.add(i % 100, i / 100 % 5000, i % 3 == 0);
        }
        ResponseLog log = builder.build();

        assertThat(log.responses()).isEqualTo(1_000_000);
        assertThat(log.students(42)).isEqualTo(5000);
        assertThat(log.responses(42)).isEqualTo(10_000);
    }

    private static List<String> answersOf(ResponseLog log, int knowledgePoint) {
        List<String> sequences = new ArrayList<>();
        for (int s = log.sequenceStart(knowledgePoint); s < log.sequenceEnd(knowledgePoint); s++) {
            List<Boolean> answers = new ArrayList<>();
            for (int r = log.responseStart(s); r < log.responseEnd(s); r++) {
                answers.add(log.correct(r));
            }
            sequences.add(log.student(s) + ":" + answers);
        }
        return sequences;
    }
}
