package org.educloud.tutoring.mastery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A replay of a knowledge point and a student's answer on it take turns: an answer arriving while the point is
 * replayed waits, and is then counted on top of the replayed mastery instead of being overwritten by it.
 */
@EduCloudTest
class ReplayAndAnswersTest {

    private static final long KNOWLEDGE_POINT = 987_654_321L;
    private static final long STUDENT = 987_654_322L;

    @Autowired
    KnowledgeTracing tracing;
    @Autowired
    MasteryStore store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAnswerDuringAReplayOfItsKnowledgePointWaitsAndIsKept() throws Exception {
        Instant first = Instant.parse("2026-11-02T08:00:00Z");
        tracing.answered(STUDENT, KNOWLEDGE_POINT, "/1/2/3/", 1, true, true, first);

        CountDownLatch replayHolds = new CountDownLatch(1);
        CountDownLatch replayMayFinish = new CountDownLatch(1);
        CompletableFuture<Void> replay = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            store.holdKnowledgePointAlone(KNOWLEDGE_POINT);
            replayHolds.countDown();
            await(replayMayFinish);
        }));
        assertThat(replayHolds.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Mastery> answer = CompletableFuture.supplyAsync(() -> tracing.answered(STUDENT,
                KNOWLEDGE_POINT, "/1/2/3/", 2, true, true, first.plusSeconds(60)));
        Thread.sleep(300);
        assertThat(answer).as("the answer waits for the replay of its knowledge point").isNotDone();

        replayMayFinish.countDown();
        replay.get(30, TimeUnit.SECONDS);
        assertThat(answer.get(30, TimeUnit.SECONDS).opportunities()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT opportunities FROM tutoring.mastery WHERE student_id = ? AND knowledge_point_id = ?")
                .params(STUDENT, KNOWLEDGE_POINT).query(Integer.class).single()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
