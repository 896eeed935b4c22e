package org.educloud.integration.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.DnsResolver;
import org.educloud.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps webhooks from reaching into the installation's own network (SSRF): an endpoint must be HTTPS and every
 * address its host resolves to must be a public one. Checked when a subscription is saved and again as the resolver of
 * the HTTP client at each delivery, so a name that resolved to a public address then and to an inside one now (DNS
 * rebinding) is refused at the moment of connecting, with nothing between the check and the connection.
 */
public class AddressGuard implements DnsResolver {

    static final int MAX_URL_LENGTH = 2000;

    private final boolean allowPlainHttp;
    private final boolean allowLoopback;

    public AddressGuard(boolean allowPlainHttp, boolean allowLoopback) {
        this.allowPlainHttp = allowPlainHttp;
        this.allowLoopback = allowLoopback;
    }

    AddressGuard(WebhookProperties properties) {
        this(properties.allowPlainHttp(), properties.allowLoopback());
    }

    /** The endpoint, checked: its form, its scheme and the addresses its host has now. */
    public URI endpoint(String url) {
        String trimmed = url.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_URL_LENGTH) {
            throw new RuleViolationException("integration.webhook.error.url");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new RuleViolationException("integration.webhook.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPlainHttp && scheme.equals("http"))) {
            throw new RuleViolationException("integration.webhook.error.https");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new RuleViolationException("integration.webhook.error.url");
        }
        try {
            resolve(uri.getHost());
        } catch (RefusedAddress e) {
            throw new RuleViolationException("integration.webhook.error.address");
        } catch (UnknownHostException e) {
            throw new RuleViolationException("integration.webhook.error.unresolvable");
        }
        return uri;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses = InetAddress.getAllByName(bare);
        if (addresses.length == 0) {
            throw new UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new RefusedAddress(host);
            }
        }
        return addresses;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
        // never used for a webhook: no Kerberos; answering the name itself avoids a reverse lookup
        return host;
    }

    /** Whether a webhook may connect to this address. */
    boolean allowed(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback;
        }
        if (address instanceof Inet6Address v6) {
            byte[] b = v6.getAddress();
            Inet4Address embedded = embeddedIpv4(b);
            if (embedded != null) {
                return allowed(embedded);
            }
            boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;                                   // fc00::/7
            boolean documentation = (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d
                    && (b[3] & 0xff) == 0xb8;                                                // 2001:db8::/32
            return !(uniqueLocal || documentation || v6.isAnyLocalAddress() || v6.isLinkLocalAddress()
                    || v6.isSiteLocalAddress() || v6.isMulticastAddress());
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        boolean thisNetwork = first == 0;                                                    // 0.0.0.0/8
        boolean sharedAddressSpace = first == 100 && (second & 0xc0) == 64;                  // 100.64.0.0/10
        boolean protocolAssignments = first == 192 && second == 0 && (b[2] & 0xff) == 0;     // 192.0.0.0/24
        boolean benchmarking = first == 198 && (second & 0xfe) == 18;                        // 198.18.0.0/15
        boolean reserved = first >= 240;                                                      // 240/4 and broadcast
        return !(thisNetwork || sharedAddressSpace || protocolAssignments || benchmarking || reserved
                || address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress());
    }

    /**
     * The IPv4 address inside an IPv6 one that carries it (IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4
     * 2002::/16), so that such a form cannot smuggle a private IPv4 address past the check.
     */
    private static @Nullable Inet4Address embeddedIpv4(byte[] b) {
        try {
            boolean zeroPrefix = true;
            for (int i = 0; i < 12; i++) {
                zeroPrefix &= b[i] == 0;
            }
            if (zeroPrefix && !(b[12] == 0 && b[13] == 0 && b[14] == 0)) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                    && (b[3] & 0xff) == 0x9b;
            if (nat64) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            }
            if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
                return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, 2, 6));
            }
            return null;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    /** A host whose addresses include one a webhook may not reach. */
    public static final class RefusedAddress extends UnknownHostException {
        RefusedAddress(String host) {
            super("refused address for " + host);
        }
    }
}
