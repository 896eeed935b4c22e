package org.educloud.identity.sessions;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What login throttling counts as one address. An IPv4 address is itself; an IPv6 address is its /64, since a
 * single home or school network (and often a single device, with privacy extensions) is given a whole /64 and could
 * otherwise take a fresh address for every guess.
 */
public final class AddressKeys {

    private static final int NETWORK_BYTES = 8;

    private AddressKeys() {
    }

    public static String of(String remoteAddress) {
        if (remoteAddress.indexOf(':') < 0) {
            return remoteAddress;
        }
        try {
            // a literal, never a host name: no lookup happens
            InetAddress address = InetAddress.ofLiteral(remoteAddress);
            if (!(address instanceof Inet6Address)) {
                return address.getHostAddress();
            }
            byte[] bytes = address.getAddress();
            for (int i = NETWORK_BYTES; i < bytes.length; i++) {
                bytes[i] = 0;
            }
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (IllegalArgumentException | UnknownHostException e) {
            return remoteAddress;
        }
    }
}
