package org.educloud.network.probes;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the school probes, their samples and the incidents detected from them.
 *
 * @param codeValidity          how long an enrolment code works (once)
 * @param maxBatchSamples       samples in one batch; more answers 413 (the probe sends its backlog in pieces)
 * @param maxBatchBytes         bytes of one batch's body; more answers 413 before anything is parsed
 * @param maxSampleAge          how old a sample may be when it arrives (the backlog a probe may bring back);
 *                              older ones are dropped as stale
 * @param clockSkewTolerance    a probe whose clock differs from the server's by more has its samples shifted by
 *                              the difference
 * @param futureTolerance       a sample later than the receive time by more is set to the receive time
 * @param throughputMaxBytes    the largest download or upload a throughput test may move
 * @param throughputTestsPerHour throughput tests one probe may run per hour (each direction counts)
 * @param missedHeartbeats      heartbeats in a row a probe may miss before an outage opens (K)
 * @param degradationShare      a line is degraded when every measured download stays below this share of the
 *                              contracted bandwidth...
 * @param degradationPeriod     ...for this long
 * @param degradationSamples    ...in at least this many measurements
 * @param heartbeatRetention    raw heartbeats are kept this long (their partitions then dropped)
 * @param measurementRetention  raw measurements are kept this long
 * @param hourlyRetention       hourly roll-ups are kept this long; daily roll-ups and incidents are kept
 * @param partitionsAhead       days of partitions created ahead of today
 */
@ConfigurationProperties("educloud.network.probes")
public record ProbeProperties(@DefaultValue("72h") Duration codeValidity,
                              @DefaultValue("500") int maxBatchSamples,
                              @DefaultValue("262144") int maxBatchBytes,
                              @DefaultValue("2d") Duration maxSampleAge,
                              @DefaultValue("2m") Duration clockSkewTolerance,
                              @DefaultValue("1m") Duration futureTolerance,
                              @DefaultValue("26214400") int throughputMaxBytes,
                              @DefaultValue("60") int throughputTestsPerHour,
                              @DefaultValue("3") int missedHeartbeats,
                              @DefaultValue("0.5") double degradationShare,
                              @DefaultValue("30m") Duration degradationPeriod,
                              @DefaultValue("3") int degradationSamples,
                              @DefaultValue("14d") Duration heartbeatRetention,
                              @DefaultValue("35d") Duration measurementRetention,
                              @DefaultValue("400d") Duration hourlyRetention,
                              @DefaultValue("3") int partitionsAhead) {
}
