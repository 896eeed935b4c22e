package org.educloud.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.educloud.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard as production runs it (HTTPS only, no loopback), and the back-off between attempts. */
class AddressGuardTest {

    private final AddressGuard production = new AddressGuard(false, false);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.9.9.9/hook", "https://localhost/hook",
            "https://10.0.0.5/hook", "https://10.255.1.1:8443/x", "https://172.16.0.1/hook", "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data", "https://0.0.0.0/hook", "https://100.64.0.1/hook",
            "https://224.0.0.1/hook", "https://255.255.255.255/hook", "https://[::1]/hook", "https://[::]/hook",
            "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[fe80::1]/hook",
            "https://[ff02::1]/hook", "https://[::ffff:10.0.0.1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://[64:ff9b::a9fe:a9fe]/hook", "https://[2002:a00:1::1]/hook"})
    void refusesEndpointsInsideTheNetworkInProduction(String url) {
        assertThatThrownBy(() -> production.endpoint(url)).isInstanceOf(RuleViolationException.class)
                .extracting("messageKey").isEqualTo("integration.webhook.error.address");
    }

    @Test
    void refusesPlainHttpAndMalformedEndpointsInProduction() {
        assertThatThrownBy(() -> production.endpoint("http://93.184.216.34/hook"))
                .extracting("messageKey").isEqualTo("integration.webhook.error.https");
        assertThatThrownBy(() -> production.endpoint("ftp://93.184.216.34/hook"))
                .extracting("messageKey").isEqualTo("integration.webhook.error.https");
        for (String bad : List.of("", "https://", "https://user:pw@93.184.216.34/hook", "https://93.184.216.34/#x",
                "https://" + "a".repeat(2000) + ".cn/")) {
            assertThatThrownBy(() -> production.endpoint(bad)).as(bad).isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void acceptsAPublicHttpsEndpoint() {
        assertThat(production.endpoint(" https://93.184.216.34:8443/hooks/educloud?x=1 ").toString())
                .isEqualTo("https://93.184.216.34:8443/hooks/educloud?x=1");
        assertThat(production.endpoint("https://[2001:4860:4860::8888]/hook").getHost())
                .isEqualTo("[2001:4860:4860::8888]");
    }

    @Test
    void theTestAllowanceOpensLoopbackOnlyNeverPrivateAddresses() {
        AddressGuard tests = new AddressGuard(true, true);
        assertThat(tests.endpoint("http://127.0.0.1:8080/hook")).isNotNull();
        assertThat(tests.endpoint("http://[::1]:8080/hook")).isNotNull();
        for (String inside : List.of("http://10.0.0.5/hook", "http://169.254.169.254/", "http://[fc00::1]/")) {
            assertThatThrownBy(() -> tests.endpoint(inside)).as(inside)
                    .extracting("messageKey").isEqualTo("integration.webhook.error.address");
        }
    }

    @Test
    void theDeliveryClientRefusesToConnectToALoopbackReceiverInProduction() throws Exception {
        try (Receiver receiver = new Receiver()) {
            WebhookClient client = new WebhookClient(new WebhookProperties(false, false, null, 10, 12,
                    Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofSeconds(2), Duration.ofSeconds(2), 1024, 10,
                    Duration.ofSeconds(5), Duration.ofDays(30)));
            WebhookClient.Outcome outcome = client.post(java.net.URI.create(receiver.url("/hook")), "id",
                    EventKind.PING, "{}", "whsec_x", 1L);
            client.close();
            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.error()).contains("address refused");
            assertThat(receiver.received()).isEmpty();
        }
    }

    @Test
    void theClientFollowsNoRedirect() throws Exception {
        try (Receiver receiver = new Receiver().answering(302)) {
            WebhookClient client = new WebhookClient(new WebhookProperties(true, true, null, 10, 12,
                    Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofSeconds(2), Duration.ofSeconds(2), 1024, 10,
                    Duration.ofSeconds(5), Duration.ofDays(30)));
            WebhookClient.Outcome outcome = client.post(java.net.URI.create(receiver.url("/hook")), "id",
                    EventKind.PING, "{}", "whsec_x", 1L);
            client.close();
            assertThat(outcome.statusCode()).isEqualTo(302);
            assertThat(outcome.succeeded()).isFalse();
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void aReceiverThatTricklesItsAnswerIsCutOffAtTheDeadline() throws Exception {
        // each byte comes within the read timeout, so only the whole post's deadline (1 s + 2 × 1 s) ends it
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread trickler = Thread.ofVirtual().start(() -> {
                try (Socket socket = server.accept()) {
                    socket.getInputStream().read(new byte[8192]);
                    OutputStream out = socket.getOutputStream();
                    out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    for (int i = 0; i < 100; i++) {
                        out.write('x');
                        out.flush();
                        Thread.sleep(300);
                    }
                } catch (IOException | InterruptedException ended) {
                    // the client hung up: that is the point
                }
            });
            WebhookClient client = new WebhookClient(new WebhookProperties(true, true, null, 10, 12,
                    Duration.ofSeconds(30), Duration.ofHours(6), Duration.ofSeconds(1), Duration.ofSeconds(1),
                    1_000_000, 10, Duration.ofSeconds(5), Duration.ofDays(30)));
            WebhookClient.Outcome outcome = client.post(java.net.URI.create("http://127.0.0.1:" + server.getLocalPort()
                    + "/hook"), "id", EventKind.PING, "{}", "whsec_x", 1L);
            client.close();
            trickler.interrupt();

            assertThat(outcome.succeeded()).isFalse();
            assertThat(outcome.error()).contains("no complete answer");
            assertThat(outcome.durationMs()).isBetween(2_500L, 8_000L);
        }
    }

    @Test
    void waitsGrowExponentiallyWithUpToAQuarterOfJitterAndACap() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(6);
        assertThat(Outcomes.backOff(base, max, 1, 0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Outcomes.backOff(base, max, 2, 0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Outcomes.backOff(base, max, 4, 0)).isEqualTo(Duration.ofSeconds(240));
        assertThat(Outcomes.backOff(base, max, 4, 0.999)).isBetween(Duration.ofSeconds(240), Duration.ofSeconds(300));
        assertThat(Outcomes.backOff(base, max, 30, 0)).isEqualTo(max);
    }
}
