package org.educloud.platform.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.educloud.platform.errors.OverloadResponses;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The node works on a bounded number of requests at once, and each client on a few of its own, decided before any
 * filter that reads the database; every turn taken is given back, however the request ends.
 */
class RequestAdmissionTest {

    private static final Duration WAIT = Duration.ofMillis(200);

    private final OverloadResponses responses = mock(OverloadResponses.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private RequestAdmission admission(InFlightLimits limits) {
        return new RequestAdmission(limits, responses, "SESSION", meters);
    }

    private static MockHttpServletRequest page(String session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/learning/assignments");
        request.setCookies(new Cookie("SESSION", session));
        return request;
    }

    private double refused(String reason) {
        return meters.get("educloud.requests.refused").tag("reason", reason).counter().count();
    }

    @Test
    void aClientWhoseRequestsHoldAllItsTurnsWaitsBrieflyThenGets429AndTheRequestIsNotRun() throws Exception {
        InFlightLimits limits = new InFlightLimits(10, 2, 20, WAIT);
        ClientKey client = ClientKey.of(page("abc"), "SESSION");
        limits.admit(client);
        limits.admit(client);
        AtomicInteger ran = new AtomicInteger();

        long started = System.nanoTime();
        admission(limits).doFilter(page("abc"), new MockHttpServletResponse(), (req, res) -> ran.incrementAndGet());

        assertThat(ran).hasValue(0);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAIT);
        verify(responses).tooManyRequests(any(), any(), eq(2));
        assertThat(refused("client-limit")).isEqualTo(1);
        // another person is let in meanwhile
        admission(limits).doFilter(page("other"), new MockHttpServletResponse(), (req, res) -> ran.incrementAndGet());
        assertThat(ran).hasValue(1);
    }

    @Test
    void aNodeWhoseTurnsAreAllHeldAnswers503AfterTheWaitWithoutRunningTheRequest() throws Exception {
        InFlightLimits limits = new InFlightLimits(2, 6, 20, WAIT);
        limits.admit(ClientKey.of(page("first"), "SESSION"));
        limits.admit(ClientKey.of(page("second"), "SESSION"));
        AtomicInteger ran = new AtomicInteger();

        admission(limits).doFilter(page("third"), new MockHttpServletResponse(), (req, res) -> ran.incrementAndGet());

        assertThat(ran).hasValue(0);
        verify(responses).busy(any(), any());
        assertThat(refused("busy")).isEqualTo(1);
        assertThat(limits.inFlight()).isEqualTo(2);
    }

    @Test
    void aRequestThatWaitsGetsTheTurnTheFirstOneGivesBack() throws Exception {
        InFlightLimits limits = new InFlightLimits(1, 6, 20, Duration.ofSeconds(5));
        var held = (InFlightLimits.Admitted) limits.admit(ClientKey.of(page("first"), "SESSION"));
        AtomicInteger ran = new AtomicInteger();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?> second = threads.submit(() -> {
                admission(limits).doFilter(page("second"), new MockHttpServletResponse(),
                        (req, res) -> ran.incrementAndGet());
                return null;
            });
            Thread.sleep(100);
            assertThat(ran).hasValue(0);
            held.release();
            second.get(5, TimeUnit.SECONDS);
        }
        assertThat(ran).hasValue(1);
        verify(responses, never()).busy(any(), any());
    }

    @Test
    void aTurnIsGivenBackWhenTheRequestFails() {
        InFlightLimits limits = new InFlightLimits(1, 1, 1, WAIT);
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("the handler failed");
        };

        assertThatThrownBy(() -> admission(limits).doFilter(page("abc"), new MockHttpServletResponse(), failing))
                .isInstanceOf(IllegalStateException.class);

        assertThat(limits.inFlight()).isZero();
        assertThat(limits.clients()).isZero();
    }

    @Test
    void aTurnIsGivenBackAsSoonAsTheAnswerIsCommittedSoASlowDownloadHoldsNone() throws Exception {
        InFlightLimits limits = new InFlightLimits(1, 1, 1, WAIT);
        List<Integer> inFlightWhileSending = new ArrayList<>();
        FilterChain download = (req, res) -> {
            inFlightWhileSending.add(limits.inFlight());
            res.getOutputStream().write(new byte[64 * 1024]);
            res.flushBuffer();
            // the rest of the file goes out at the client's pace, without a turn
            inFlightWhileSending.add(limits.inFlight());
        };

        admission(limits).doFilter(page("abc"), new MockHttpServletResponse(), download);

        assertThat(inFlightWhileSending).containsExactly(1, 0);
        assertThat(limits.inFlight()).isZero();
        assertThat(limits.clients()).isZero();
    }

    @Test
    void aPageWrittenThroughTheWriterGivesItsTurnBackOnCommitAndOnlyOnce() throws Exception {
        InFlightLimits limits = new InFlightLimits(1, 1, 1, WAIT);
        FilterChain export = (req, res) -> {
            res.getWriter().write("x".repeat(20_000));
            res.getWriter().flush();
            assertThat(limits.inFlight()).isZero();
            // another request of the same client may start while this one still writes
            assertThat(limits.admit(ClientKey.of(page("abc"), "SESSION")))
                    .isInstanceOf(InFlightLimits.Admitted.class);
        };

        admission(limits).doFilter(page("abc"), new MockHttpServletResponse(), export);

        // the second admission still holds the one turn: the first was not given back twice
        assertThat(limits.inFlight()).isEqualTo(1);
    }

    @Test
    void anAsynchronousAnswerHoldsItsTurnUntilItCompletes() throws Exception {
        InFlightLimits limits = new InFlightLimits(1, 1, 1, WAIT);
        MockHttpServletRequest request = page("abc");
        request.setAsyncSupported(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        admission(limits).doFilter(request, response, (req, res) -> req.startAsync(req, res));

        assertThat(limits.inFlight()).isEqualTo(1);
        ((MockAsyncContext) request.getAsyncContext()).complete();
        assertThat(limits.inFlight()).isZero();
        assertThat(limits.clients()).isZero();
    }

    @Test
    void staticFilesPingHealthAndUploadsTakeNoTurnEvenWhenTheNodeIsFull() throws Exception {
        InFlightLimits limits = new InFlightLimits(1, 1, 1, WAIT);
        limits.admit(ClientKey.of(page("holder"), "SESSION"));
        AtomicInteger ran = new AtomicInteger();
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/learning/assignments/7/submissions");
        upload.setContentType("multipart/form-data; boundary=x");
        upload.setContent(new byte[100]);

        for (MockHttpServletRequest request : List.of(new MockHttpServletRequest("GET", "/css/app.css"),
                new MockHttpServletRequest("GET", "/js/htmx.min.js"), new MockHttpServletRequest("GET", "/ping"),
                new MockHttpServletRequest("GET", "/actuator/health"), upload)) {
            admission(limits).doFilter(request, new MockHttpServletResponse(), (req, res) -> ran.incrementAndGet());
        }

        assertThat(ran).hasValue(5);
        verify(responses, never()).busy(any(), any());
    }

    @Test
    void aJsonAnswerOrAFormIsNotAnUploadAndTakesATurn() {
        MockHttpServletRequest json = new MockHttpServletRequest("POST", "/api/v1/learning/submissions");
        json.setContentType("application/json");
        json.setContent("{}".getBytes());
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/assessment/attempts/5/answers");
        form.setContentType("application/x-www-form-urlencoded");
        form.setContent("a=1".getBytes());

        assertThat(RequestAdmission.carriesFile(json)).isFalse();
        assertThat(RequestAdmission.carriesFile(form)).isFalse();
    }

    @Test
    void visitorsWithoutSessionShareTheirAddressesLargerLimitAndTokensCountAsTheirOwnClient() {
        MockHttpServletRequest anonymous = new MockHttpServletRequest("GET", "/login");
        anonymous.setRemoteAddr("10.1.2.3");
        MockHttpServletRequest token = new MockHttpServletRequest("GET", "/api/v1/classes");
        token.setRemoteAddr("10.1.2.3");
        token.addHeader("Authorization", "Bearer ec_abc");
        MockHttpServletRequest phone = new MockHttpServletRequest("GET", "/login");
        phone.setRemoteAddr("2001:db8:1:2:a:b:c:d");
        MockHttpServletRequest samePhoneNetwork = new MockHttpServletRequest("GET", "/login");
        samePhoneNetwork.setRemoteAddr("2001:db8:1:2:ffff::1");

        assertThat(ClientKey.of(anonymous, "SESSION").anonymous()).isTrue();
        assertThat(ClientKey.of(token, "SESSION")).isNotEqualTo(ClientKey.of(anonymous, "SESSION"));
        assertThat(ClientKey.of(token, "SESSION").anonymous()).isFalse();
        assertThat(ClientKey.of(phone, "SESSION")).isEqualTo(ClientKey.of(samePhoneNetwork, "SESSION"));

        InFlightLimits limits = new InFlightLimits(10, 1, 3, WAIT);
        ClientKey school = ClientKey.of(anonymous, "SESSION");
        assertThat(List.of(limits.admit(school), limits.admit(school), limits.admit(school)))
                .allMatch(InFlightLimits.Admitted.class::isInstance);
        assertThat(limits.admit(school)).isEqualTo(new InFlightLimits.ClientFull(3));
    }

    @Test
    void underACrowdNoMoreThanTheLimitRunAtOnceAndEveryTurnIsGivenBack() throws Exception {
        InFlightLimits limits = new InFlightLimits(5, 2, 2, Duration.ofSeconds(10));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        FilterChain work = (req, res) -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            ran.incrementAndGet();
        };
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 400; i++) {
                String session = "student-" + (i % 40);
                threads.submit(() -> {
                    start.await();
                    admission(limits).doFilter(page(session), new MockHttpServletResponse(), work);
                    return null;
                });
            }
            start.countDown();
        }

        assertThat(ran).hasValue(400);
        assertThat(mostAtOnce.get()).isBetween(1, 5);
        assertThat(limits.inFlight()).isZero();
        assertThat(limits.clients()).isZero();
    }
}
