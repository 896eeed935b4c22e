package org.educloud.network.measurements;

import java.util.List;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.TooLargeException;

/**
 * What makes a batch malformed, checked whole before anything is stored (a malformed batch changes nothing): each
 * sample needs a positive sequence, higher than the one before it, a kind and a time; a measurement needs its loss
 * and plausible, finite figures.
 */
final class BatchChecks {

    static final double MAX_LATENCY_MS = 600_000;
    static final double MAX_MBPS = 100_000;

    private BatchChecks() {
    }

    static List<SampleBatch.Sample> check(SampleBatch batch, int maxSamples) {
        List<SampleBatch.Sample> samples = batch.samples();
        if (samples == null) {
            throw new RuleViolationException("network.sample.problem.noSamples");
        }
        if (samples.size() > maxSamples) {
            throw new TooLargeException("network.sample.problem.tooMany", samples.size(), maxSamples);
        }
        if (batch.heartbeatSeconds() != null && (batch.heartbeatSeconds() < 1 || batch.heartbeatSeconds() > 3600)) {
            throw new RuleViolationException("network.sample.problem.interval");
        }
        long previous = 0;
        for (int i = 0; i < samples.size(); i++) {
            SampleBatch.Sample sample = samples.get(i);
            int number = i + 1;
            if (sample == null || sample.sequence() == null || sample.sequence() < 1 || sample.kind() == null
                    || sample.at() == null) {
                throw new RuleViolationException("network.sample.problem.incomplete", number);
            }
            if (sample.sequence() <= previous) {
                throw new RuleViolationException("network.sample.problem.order", number);
            }
            previous = sample.sequence();
            if (sample.kind() == SampleBatch.Kind.MEASUREMENT) {
                checkMeasurement(sample, number);
            }
        }
        return samples;
    }

    private static void checkMeasurement(SampleBatch.Sample sample, int number) {
        if (sample.loss() == null || !within(sample.loss(), 1) || !within(sample.latencyMs(), MAX_LATENCY_MS)
                || !within(sample.downloadMbps(), MAX_MBPS) || !within(sample.uploadMbps(), MAX_MBPS)
                || !within(sample.dnsMs(), MAX_LATENCY_MS)) {
            throw new RuleViolationException("network.sample.problem.figures", number);
        }
    }

    private static boolean within(Double value, double max) {
        return value == null || (Double.isFinite(value) && value >= 0 && value <= max);
    }
}
