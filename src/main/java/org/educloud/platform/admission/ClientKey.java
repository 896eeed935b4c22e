package org.educloud.platform.admission;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.HexFormat;

/**
 * Whose request it is, told before anything reads the database: the session cookie, else the credentials in the
 * {@code Authorization} header (a personal or integration token, an xAPI client), else the client's address (an IPv6
 * address counts as its /64, which one household or phone holds). Nothing is checked here, so a client could send
 * a fresh made-up cookie with each request to escape its own limit; the node's limit still holds it, and a made-up
 * cookie signs no one in.
 *
 * @param anonymous whether the key is an address, which a whole school may share
 */
public record ClientKey(String value, boolean anonymous) {

    public static ClientKey of(HttpServletRequest request, String sessionCookie) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (sessionCookie.equals(cookie.getName()) && !cookie.getValue().isBlank()) {
                    return new ClientKey("session " + cookie.getValue(), false);
                }
            }
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return new ClientKey("credentials " + authorization.strip(), false);
        }
        return new ClientKey("address " + network(request.getRemoteAddr()), true);
    }

    private static String network(String address) {
        if (address.indexOf(':') < 0) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.ofLiteral(address);
            if (parsed instanceof Inet6Address) {
                byte[] prefix = java.util.Arrays.copyOf(parsed.getAddress(), 8);
                return HexFormat.of().formatHex(prefix) + "/64";
            }
            return parsed.getHostAddress();
        } catch (IllegalArgumentException e) {
            return address;
        }
    }
}
