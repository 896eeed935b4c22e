package org.educloud.network.measurements;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import org.educloud.network.probes.AuthenticatedProbe;
import org.educloud.network.probes.ProbeProperties;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.TooLargeException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where probes deliver heartbeats and measurements. The body is read with a byte limit before it is parsed, so an
 * oversized batch costs the platform no more than the limit; refusals are problem details (413, 422) and a
 * malformed batch stores nothing.
 */
@RestController
class IngestApi {

    private final Ingestion ingestion;
    private final ProbeProperties properties;
    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    IngestApi(Ingestion ingestion, ProbeProperties properties) {
        this.ingestion = ingestion;
        this.properties = properties;
    }

    @PostMapping("/api/v1/probe/samples")
    SampleBatch.Receipt samples(@AuthenticationPrincipal AuthenticatedProbe probe, HttpServletRequest request)
            throws IOException {
        return ingestion.ingest(probe, parse(read(request)));
    }

    private byte[] read(HttpServletRequest request) throws IOException {
        int limit = properties.maxBatchBytes();
        if (request.getContentLengthLong() > limit) {
            throw new TooLargeException("network.sample.problem.tooLarge", limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new TooLargeException("network.sample.problem.tooLarge", limit);
            }
            return body;
        }
    }

    private SampleBatch parse(byte[] body) {
        try {
            SampleBatch batch = json.readValue(body, SampleBatch.class);
            if (batch == null) {
                throw new RuleViolationException("network.sample.problem.malformed");
            }
            return batch;
        } catch (JacksonException malformed) {
            throw new RuleViolationException("network.sample.problem.malformed");
        }
    }
}
