package org.educloud.network.probes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import org.educloud.shared.Problems;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.TooLargeException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a probe calls besides sending samples: enrolment (trading the one-time code for a credential), a tiny ping
 * for round-trip latency, and bounded download and upload tests for throughput. The tests are capped in size and
 * counted per probe and hour, so a credential cannot turn the platform into a free bandwidth source.
 */
@RestController
class ProbeApi {

    static final URI TOO_MANY_TESTS = URI.create("https://educloud.org/problems/too-many-throughput-tests");
    private static final byte[] FILLER = new byte[64 * 1024];

    static {
        // incompressible, so a compressing proxy on the line cannot flatter the figure
        new Random(29).nextBytes(FILLER);
    }

    /** What an enrolling probe sends; the code is a secret, so it travels in the body, never in the URL. */
    record EnrolmentRequest(@Nullable String code, @Nullable String hostName, @Nullable String version) {
    }

    private final Enrolment enrolment;
    private final ProbeStore probes;
    private final ProbeProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    ProbeApi(Enrolment enrolment, ProbeStore probes, ProbeProperties properties, MessageSource messages,
             Clock clock) {
        this.enrolment = enrolment;
        this.probes = probes;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping(ProbeSecurity.ENROL)
    ResponseEntity<?> enrol(@RequestBody EnrolmentRequest request, HttpServletRequest http) {
        if (request.code() == null || request.code().isBlank() || request.code().length() > 40) {
            throw new RuleViolationException("network.probe.problem.codeMissing");
        }
        try {
            EnrolledProbe enrolled = enrolment.enrol(request.code(), request.hostName(), request.version());
            return ResponseEntity.status(HttpStatus.CREATED).body(enrolled);
        } catch (Enrolment.CodeRefused refused) {
            return problem(HttpStatus.UNAUTHORIZED, Problems.UNAUTHORIZED, "network.probe.problem.codeRefused", http);
        } catch (Enrolment.SchoolClosed closed) {
            return problem(HttpStatus.FORBIDDEN, ProbeRefusals.SCHOOL_CLOSED, "network.probe.problem.schoolClosed",
                    http);
        }
    }

    /** Round-trip latency: the smallest authenticated answer the platform gives. */
    @GetMapping("/api/v1/probe/ping")
    ResponseEntity<Void> ping(@AuthenticationPrincipal AuthenticatedProbe probe) {
        return ResponseEntity.noContent().header("Cache-Control", "no-store").build();
    }

    @GetMapping("/api/v1/probe/throughput")
    ResponseEntity<?> download(@AuthenticationPrincipal AuthenticatedProbe probe, @RequestParam long bytes,
                               HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (bytes < 1 || bytes > properties.throughputMaxBytes()) {
            throw new RuleViolationException("network.probe.problem.throughputSize", properties.throughputMaxBytes());
        }
        if (!probes.takeThroughputTest(probe.id(), clock.instant(), properties.throughputTestsPerHour())) {
            return tooMany(request);
        }
        response.setContentType(MediaType.APPLICATION_OCTET_STREAM_VALUE);
        response.setContentLengthLong(bytes);
        response.setHeader("Cache-Control", "no-store");
        OutputStream out = response.getOutputStream();
        for (long left = bytes; left > 0; left -= FILLER.length) {
            out.write(FILLER, 0, (int) Math.min(left, FILLER.length));
        }
        out.flush();
        return null;
    }

    @PostMapping("/api/v1/probe/throughput")
    ResponseEntity<?> upload(@AuthenticationPrincipal AuthenticatedProbe probe, HttpServletRequest request)
            throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > properties.throughputMaxBytes()) {
            throw new TooLargeException("network.probe.problem.throughputSize", properties.throughputMaxBytes());
        }
        if (!probes.takeThroughputTest(probe.id(), clock.instant(), properties.throughputTestsPerHour())) {
            return tooMany(request);
        }
        byte[] buffer = new byte[64 * 1024];
        long received = 0;
        try (InputStream in = request.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                received += n;
                if (received > properties.throughputMaxBytes()) {
                    throw new TooLargeException("network.probe.problem.throughputSize",
                            properties.throughputMaxBytes());
                }
            }
        }
        return ResponseEntity.ok(Map.of("bytes", received));
    }

    private ResponseEntity<ProblemDetail> tooMany(HttpServletRequest request) {
        return problem(HttpStatus.TOO_MANY_REQUESTS, TOO_MANY_TESTS, "network.probe.problem.tooManyTests", request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String key,
                                                  HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, null, request.getLocale()));
        problem.setType(type);
        problem.setTitle(messages.getMessage("platform.problem.title." + status.value(), null, request.getLocale()));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
