package org.educloud.network.measurements;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.educloud.network.incidents.Recovery;
import org.educloud.network.probes.AuthenticatedProbe;
import org.educloud.network.probes.ProbeProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a probe's batch: checks it whole, drops what was already stored (a sequence at or below the probe's last
 * one: a redelivery after a lost answer, or a replay), rules each sample's time by the receive time, stores the rest
 * and notes that the line was heard, which ends an open outage.
 */
@Service
@Transactional
public class Ingestion {

    private final SampleStore store;
    private final Recovery recovery;
    private final ProbeProperties properties;
    private final TimeRuling ruling;
    private final Clock clock;

    Ingestion(SampleStore store, Recovery recovery, ProbeProperties properties, Clock clock) {
        this.store = store;
        this.recovery = recovery;
        this.properties = properties;
        this.ruling = new TimeRuling(properties.clockSkewTolerance(), properties.futureTolerance(),
                properties.maxSampleAge());
        this.clock = clock;
    }

    SampleBatch.Receipt ingest(AuthenticatedProbe probe, SampleBatch batch) {
        List<SampleBatch.Sample> samples = BatchChecks.check(batch, properties.maxBatchSamples());
        Instant received = clock.instant();
        long last = store.lockLastSequence(probe.id());
        Duration offset = ruling.offset(batch.sentAt(), received);
        List<SampleStore.Stored> heartbeats = new ArrayList<>();
        List<SampleStore.Stored> measurements = new ArrayList<>();
        int duplicates = 0;
        int stale = 0;
        int ruled = 0;
        long newLast = last;
        @Nullable Instant lastHeartbeat = null;
        for (SampleBatch.Sample sample : samples) {
            long sequence = sample.sequence();
            if (sequence <= last) {
                duplicates++;
                continue;
            }
            newLast = sequence;
            TimeRuling.Ruled time = ruling.rule(sample.at(), offset, received);
            if (time.verdict() == TimeRuling.Verdict.STALE) {
                stale++;
                continue;
            }
            if (time.verdict() != TimeRuling.Verdict.AS_SENT) {
                ruled++;
            }
            SampleStore.Stored row = new SampleStore.Stored(sequence, time.at(), time.stored(), sample);
            if (sample.kind() == SampleBatch.Kind.HEARTBEAT) {
                heartbeats.add(row);
                lastHeartbeat = lastHeartbeat == null || time.at().isAfter(lastHeartbeat) ? time.at() : lastHeartbeat;
            } else {
                measurements.add(row);
            }
        }
        store.insertHeartbeats(probe.id(), probe.school().value(), received, heartbeats);
        store.insertMeasurements(probe.id(), probe.school().value(), received, measurements);
        store.heard(probe.id(), newLast, batch.heartbeatSeconds(), cut(batch.probeVersion()), received,
                lastHeartbeat);
        recovery.lineHeard(probe.school(), received);
        return new SampleBatch.Receipt(heartbeats.size() + measurements.size(), duplicates, stale, ruled, newLast);
    }

    private static @Nullable String cut(@Nullable String version) {
        return version == null || version.isBlank() ? null
                : version.strip().substring(0, Math.min(40, version.strip().length()));
    }
}
