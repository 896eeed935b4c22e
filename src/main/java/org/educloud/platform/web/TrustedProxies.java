package org.educloud.platform.web;

import java.util.List;
import org.apache.catalina.Valve;
import org.apache.catalina.util.NetMask;
import org.apache.catalina.valves.RemoteIpValve;
import org.educloud.platform.runtime.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Decides whose {@code X-Forwarded-For} (and {@code -Proto}, {@code -Host}, {@code -Port}) headers are believed:
 * only those of the reverse proxies listed in {@code educloud.platform.trusted-proxies}, none by default. Login
 * throttling and the audit log key on the client's address, so a client that could name its own address would get
 * a fresh one with every request.
 * <p>
 * Boot's own {@code server.forward-headers-strategy=native} trusts every private and loopback address as a proxy
 * (a pupil in a school network that reaches the platform directly, or anyone on the proxy's host, could forge the
 * header), so its valve is replaced here by one that trusts exactly the listed ranges; the {@code framework}
 * strategy believes any client and is refused at start-up.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedProxies.class);

    private final List<String> proxies;

    TrustedProxies(PlatformProperties properties, Environment environment) {
        String strategy = environment.getProperty("server.forward-headers-strategy", "").strip();
        if ("framework".equalsIgnoreCase(strategy)) {
            throw new IllegalStateException("server.forward-headers-strategy=framework believes X-Forwarded-For from "
                    + "any client; list the reverse proxies in educloud.platform.trusted-proxies instead");
        }
        this.proxies = properties.trustedProxies().stream().map(String::strip).filter(p -> !p.isEmpty())
                .map(TrustedProxies::asRange).toList();
        if (proxies.isEmpty() && "native".equalsIgnoreCase(strategy)) {
            // an installation set up by the earlier README would silently lose X-Forwarded-Proto (redirects to
            // http://, cookies without Secure behind a TLS proxy) and every client's address
            LOG.warn("server.forward-headers-strategy=native is set but educloud.platform.trusted-proxies is empty: "
                    + "X-Forwarded-* headers are ignored; list the reverse proxies' addresses there");
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.setEngineValves(withoutRemoteIp(factory.getEngineValves()));
        factory.setContextValves(withoutRemoteIp(factory.getContextValves()));
        if (proxies.isEmpty()) {
            return;
        }
        RemoteIpValve valve = new RemoteIpValve();
        // ranges, not Tomcat's default regular expression of every private address
        valve.setInternalProxies(String.join(",", proxies));
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        factory.addEngineValves(valve);
    }

    /** After Boot's own Tomcat customizer, which adds its valve for the {@code native} strategy. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static List<Valve> withoutRemoteIp(java.util.Collection<Valve> valves) {
        return valves.stream().filter(v -> !(v instanceof RemoteIpValve)).toList();
    }

    /** A single address becomes a one-address range, so the valve reads the list as ranges, never as a pattern. */
    private static String asRange(String proxy) {
        String range = proxy.indexOf('/') > 0 ? proxy : proxy + (proxy.indexOf(':') >= 0 ? "/128" : "/32");
        try {
            new NetMask(range);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("educloud.platform.trusted-proxies: '" + proxy
                    + "' is neither an address nor a CIDR range", e);
        }
        return range;
    }
}
