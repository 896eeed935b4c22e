package org.educloud.tutoring.mastery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.tutoring.tracing.BktFitter;
import org.educloud.tutoring.tracing.FitSettings;
import org.educloud.tutoring.tracing.FittedKnowledgePoint;
import org.educloud.tutoring.tracing.ResponseLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refits every knowledge point's parameters by expectation-maximisation on all logged answers (ones with few data
 * keep the defaults or stay near them), once a night on one node. Mastery is then replayed with the new parameters
 * so what students see agrees with the model that is now in force.
 *
 * <p>The whole log is read into a {@link ResponseLog} (a byte per answer), which keeps a district's years of answers
 * in a few tens of megabytes; a region-sized installation would fit per knowledge point instead.
 */
@Component
public class ParameterRefit {

    private static final Logger LOG = LoggerFactory.getLogger(ParameterRefit.class);

    private final MasteryStore store;
    private final MasteryReplay replay;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ParameterRefit(MasteryStore store, MasteryReplay replay, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.replay = replay;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${educloud.tutoring.refit-cron:0 40 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "tutoring.refit", lockAtMostFor = "PT2H")
    public void nightly() {
        refit();
    }

    /** Fits every knowledge point that has answers and replays mastery; returns how many were fitted. */
    public int refit() {
        Map<Long, Integer> pointIndex = new HashMap<>();
        Map<Long, Integer> studentIndex = new HashMap<>();
        List<long[]> rows = new ArrayList<>();
        store.eachResponse((kp, student, correct, path, at) -> {
            pointIndex.putIfAbsent(kp, pointIndex.size());
            studentIndex.putIfAbsent(student, studentIndex.size());
            rows.add(new long[] {pointIndex.get(kp), studentIndex.get(student), correct ? 1 : 0});
        });
        if (rows.isEmpty()) {
            return 0;
        }
        ResponseLog.Builder builder = ResponseLog.builder(pointIndex.size());
        for (long[] row : rows) {
            builder.add((int) row[0], (int) row[1], row[2] == 1);
        }
        List<FittedKnowledgePoint> fitted = new BktFitter(FitSettings.STANDARD).fitAll(builder.build());
        long[] pointOf = new long[pointIndex.size()];
        pointIndex.forEach((id, index) -> pointOf[index] = id);
        var now = clock.instant();
        transactions.executeWithoutResult(tx -> {
            for (FittedKnowledgePoint point : fitted) {
                store.saveParameters(pointOf[point.knowledgePoint()], point, now);
            }
        });
        replay.replayAll();
        LOG.info("Refitted knowledge tracing for {} knowledge points from {} answers", fitted.size(), rows.size());
        return fitted.size();
    }
}
