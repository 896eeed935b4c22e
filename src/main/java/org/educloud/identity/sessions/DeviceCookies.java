package org.educloud.identity.sessions;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.educloud.identity.accounts.IdentityProperties;
import org.educloud.identity.secrets.ServerKey;
import org.educloud.shared.UserId;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * Device cookies (OWASP, "slow down online guessing with device cookies"): a browser that has logged in to an account
 * gets a long-lived cookie naming that account, signed with the {@link ServerKey}. A login to that account from that
 * browser skips its address's slow-down, so a pupil flooding the school's NAT address with wrong guesses no longer
 * keeps everyone else out; the account's own lock still applies. Wrong passwords sent with a cookie are counted per
 * cookie, and a cookie that failed {@code maxAccountFailures} times within a day is no longer honoured (its attempts
 * then wait like anyone's at that address), so a stolen cookie buys a few guesses at most.
 */
@Component
class DeviceCookies {

    static final String COOKIE = "educloud-device";
    private static final String PURPOSE = "device-cookie";
    private static final String VERSION = "d1";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Clocks of several nodes differ a little; a cookie from further in the future than this is not ours. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ServerKey key;
    private final LoginThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;

    DeviceCookies(ServerKey key, LoginThrottle throttle, IdentityProperties properties, Clock clock) {
        this.key = key;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
    }

    /** After a successful login: a fresh cookie for this browser and account (it replaces one for another account). */
    void issue(UserId account, HttpServletRequest request, HttpServletResponse response) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String value = valueFor(account, Base64.getUrlEncoder().withoutPadding().encodeToString(nonce), clock.instant());
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value).path(path).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").maxAge(properties.deviceCookieValidity()).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    /** {@code d1.<account id>.<nonce>.<issued, epoch seconds>.<signature>}. */
    String valueFor(UserId account, String nonce, Instant issued) {
        String body = VERSION + "." + account.value() + "." + nonce + "." + issued.getEpochSecond();
        return body + "." + key.sign(PURPOSE, body);
    }

    /**
     * The throttle key of the device cookie this request presents, when it is signed by us, names this account, has
     * not expired and has not failed too often; empty otherwise.
     */
    Optional<String> honouredFor(HttpServletRequest request, UserId account) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie == null || cookie.getValue() == null) {
            return Optional.empty();
        }
        String[] parts = cookie.getValue().split("\\.", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0]) || !parts[1].equals(Long.toString(account.value()))) {
            return Optional.empty();
        }
        String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!key.signed(PURPOSE, body, parts[4]) || !current(parts[3])) {
            return Optional.empty();
        }
        String throttleKey = "device:" + parts[2];
        int failures = throttle.failuresWithin(throttleKey, PasswordAuthentication.ACCOUNT_WINDOW);
        return failures >= properties.maxAccountFailures() ? Optional.empty() : Optional.of(throttleKey);
    }

    /** A wrong password sent with the cookie. */
    void failed(String throttleKey) {
        throttle.countFailure(throttleKey, PasswordAuthentication.ACCOUNT_WINDOW);
    }

    void succeeded(String throttleKey) {
        throttle.reset(throttleKey);
    }

    private boolean current(String issuedSeconds) {
        Instant issued;
        try {
            issued = Instant.ofEpochSecond(Long.parseLong(issuedSeconds));
        } catch (RuntimeException e) {
            return false;
        }
        Instant now = clock.instant();
        return issued.isBefore(now.plus(CLOCK_SKEW)) && issued.plus(properties.deviceCookieValidity()).isAfter(now);
    }
}
