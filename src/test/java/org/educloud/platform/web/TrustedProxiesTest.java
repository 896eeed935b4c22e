package org.educloud.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.educloud.platform.runtime.PlatformProperties;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.autoconfigure.TomcatWebServerFactoryCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.env.MockEnvironment;

/**
 * Whose {@code X-Forwarded-For} the server believes, on a real Tomcat customised as the application's is: Boot's
 * own Tomcat set-up with {@code server.forward-headers-strategy=native} (as the README used to advise), then
 * {@link TrustedProxies}. The client here connects from 127.0.0.1, which Boot counts among its default proxies.
 */
class TrustedProxiesTest {

    private static final String FORGED = "203.0.113.77";

    @Test
    void bootsNativeStrategyAloneBelievesAForgedAddressFromALoopbackClient() throws Exception {
        assertThat(addressSeen(null, FORGED)).isEqualTo(FORGED);
    }

    @Test
    void withNoTrustedProxiesAClientsOwnForwardedForIsIgnored() throws Exception {
        assertThat(addressSeen("", FORGED)).isEqualTo("127.0.0.1");
        assertThat(addressSeen("10.0.0.0/8", FORGED)).isEqualTo("127.0.0.1");
    }

    @Test
    void aConfiguredProxyNamesTheClient() throws Exception {
        assertThat(addressSeen("127.0.0.1", FORGED)).isEqualTo(FORGED);
        assertThat(addressSeen("10.0.0.0/8, 127.0.0.0/8", FORGED)).isEqualTo(FORGED);
    }

    @Test
    void behindATrustedProxyOnlyTheAddressTheProxyAddedCounts() throws Exception {
        // the client sent "X-Forwarded-For: 198.51.100.1"; the proxy appended the address it saw
        assertThat(addressSeen("127.0.0.1", "198.51.100.1, " + FORGED)).isEqualTo(FORGED);
    }

    @Test
    void aRangeThatIsNoRangeAndTheFrameworkStrategyAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new TrustedProxies(properties("10.0.0.0/8, proxy.example"), new MockEnvironment()))
                .hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> new TrustedProxies(properties(""),
                new MockEnvironment().withProperty("server.forward-headers-strategy", "framework")))
                .hasMessageContaining("educloud.platform.trusted-proxies");
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theNativeStrategyWithoutTrustedProxiesIsReportedAtStartUp(CapturedOutput output) {
        new TrustedProxies(properties(""), new MockEnvironment().withProperty("server.forward-headers-strategy",
                "native"));
        assertThat(output.getOut()).contains("WARN", "educloud.platform.trusted-proxies is empty");
    }

    private static PlatformProperties properties(String trustedProxies) {
        return new Binder(new MapConfigurationPropertySource(Map.of("educloud.platform.trusted-proxies", trustedProxies)))
                .bindOrCreate("educloud.platform", PlatformProperties.class);
    }

    /** The address a servlet sees for a request with this header; {@code trusted} null: without TrustedProxies. */
    private static String addressSeen(@Nullable String trusted, String forwardedFor) throws Exception {
        MockEnvironment environment = new MockEnvironment().withProperty("server.forward-headers-strategy", "native");
        ServerProperties server = new ServerProperties();
        server.setForwardHeadersStrategy(ServerProperties.ForwardHeadersStrategy.NATIVE);
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        new TomcatWebServerFactoryCustomizer(environment, server, new TomcatServerProperties(), new WebProperties())
                .customize(factory);
        if (trusted != null) {
            new TrustedProxies(properties(trusted), environment).customize(factory);
        }
        WebServer web = factory.getWebServer(context -> context.addServlet("echo", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.getWriter().write(request.getRemoteAddr());
            }
        }).addMapping("/"));
        web.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.getPort() + "/"))
                            .header("X-Forwarded-For", forwardedFor).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } finally {
            web.stop();
        }
    }
}
