package org.educloud.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A school shares one NAT address: failures from it slow the address down for seconds, never lock everyone behind
 * it out; an account is locked for minutes, and only for as long as documented. Each test uses its own address; the
 * 100 free failures of an address are written straight into the throttle, and a wait is "sat out" by moving it into
 * the past.
 */
@EduCloudTest
class LoginThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceCookies devices;

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                });
    }

    private long create(String username) {
        return identity.create(Scope.installation(), new NewAccount(username, username, null, null,
                Role.PLATFORM_OPERATOR, null, TenantFixture.PASSWORD), false).account().id().value();
    }

    /** Told to wait about this long: a slow machine may take a few seconds off it between two requests. */
    private static ResultMatcher slowedFor(long seconds) {
        return result -> {
            String url = result.getResponse().getRedirectedUrl();
            assertThat(url).startsWith("/login?error=slowed&wait=");
            assertThat(Long.parseLong(url.substring(url.indexOf("wait=") + 5))).isBetween(seconds - 5, seconds);
        };
    }

    /** The address has used up its free failures of the window, as a busy attacker behind it would have. */
    private void usedUpFreeFailures(String address, int failures) {
        jdbc.sql("""
                        insert into identity.login_throttle (throttle_key, failures, window_started)
                        values (?, ?, now())""")
                .params("address:" + AddressKeys.of(address), failures).update();
    }

    private void sitOutTheWait(String address) {
        sitOut("address:" + AddressKeys.of(address));
    }

    private void sitOut(String key) {
        jdbc.sql("update identity.login_throttle set locked_until = now() - interval '1 second' where throttle_key = ?")
                .param(key).update();
    }

    @Test
    void failuresFromASchoolsAddressDelayAnotherAccountsCorrectLoginOnlyForSeconds() throws Exception {
        String school = "10.66.0.1";
        create("nat.teacher");
        create("nat.pupil");
        usedUpFreeFailures(school, 100);

        mvc.perform(login("guessed.name", "Guess2026x", school)).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login("nat.teacher", TenantFixture.PASSWORD, school))
                .andExpect(unauthenticated())
                .andExpect(slowedFor(60));

        sitOutTheWait(school);
        mvc.perform(login("nat.teacher", TenantFixture.PASSWORD, school))
                .andExpect(authenticated().withUsername("nat.teacher"))
                .andExpect(redirectedUrl("/home"));
        // a success leaves no wait behind for the next person
        mvc.perform(login("nat.pupil", TenantFixture.PASSWORD, school))
                .andExpect(authenticated().withUsername("nat.pupil"));
        // and nobody else's address was touched
        mvc.perform(login("nat.pupil", TenantFixture.PASSWORD, "10.66.0.99"))
                .andExpect(authenticated().withUsername("nat.pupil"));
    }

    @Test
    void theDelayDoublesWithEachFurtherFailureUpToTheMaximum() throws Exception {
        // the tests' delays are a minute doubling up to ten (see EduCloudTest), so no wait runs out by itself mid-test
        String address = "10.66.0.2";
        usedUpFreeFailures(address, 100);
        for (int wait : new int[] {60, 120, 240, 480}) {
            // a spray: each name once, so no account lock gets in the way
            mvc.perform(login("sprayed.name" + wait, "Spray2026x", address)).andExpect(redirectedUrl("/login?error=bad"));
            mvc.perform(login("other.name", "Spray2026x", address))
                    .andExpect(slowedFor(wait));
            sitOutTheWait(address);
        }
        jdbc.sql("update identity.login_throttle set failures = 140 where throttle_key = ?")
                .param("address:" + address).update();
        mvc.perform(login("sprayed.name", "Spray2026x", address)).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login("other.name", "Spray2026x", address))
                .andExpect(slowedFor(600));
    }

    @Test
    void beyondItsFreeAttemptsAnAddressHasOneAttemptCheckedAtATime() {
        String key = "address:10.66.0.3";
        usedUpFreeFailures("10.66.0.3", 100);
        var first = throttle.attemptOneAtATime(key, 100, Duration.ofMinutes(15), Duration.ofSeconds(2));
        var parallel = throttle.attemptOneAtATime(key, 100, Duration.ofMinutes(15), Duration.ofSeconds(2));
        assertThat(first.refusedFor()).isEmpty();
        assertThat(parallel.refusedFor()).hasValueSatisfying(wait -> assertThat(wait).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(2)));

        throttle.forgiveOne(key, first.heldUntil());
        assertThat(throttle.attemptOneAtATime(key, 100, Duration.ofMinutes(15), Duration.ofSeconds(2)).refusedFor())
                .isEmpty();
    }

    @Test
    void anAccountLockRunsOutAndTheOwnersNextAttemptIsCheckedNotRefused() throws Exception {
        long id = create("lock.runs.out");
        String address = "10.66.0.4";
        for (int i = 0; i < 4; i++) {
            mvc.perform(login("lock.runs.out", "Typo2026x" + i, address)).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(login("lock.runs.out", "Typo2026x4", address)).andExpect(redirectedUrl("/login?error=locked&wait=15"));
        mvc.perform(login("lock.runs.out", TenantFixture.PASSWORD, address))
                .andExpect(redirectedUrl("/login?error=locked&wait=15"));

        sitOut("account:" + id);
        mvc.perform(login("lock.runs.out", "Typo2026x5", address)).andExpect(redirectedUrl("/login?error=locked&wait=30"));
        sitOut("account:" + id);
        mvc.perform(login("lock.runs.out", TenantFixture.PASSWORD, address))
                .andExpect(authenticated().withUsername("lock.runs.out"));
    }

    /** Logs in from elsewhere (at home, say) and keeps the device cookie the browser is given. */
    private Cookie deviceCookieOf(String username, String address) throws Exception {
        Cookie cookie = mvc.perform(login(username, TenantFixture.PASSWORD, address))
                .andExpect(authenticated().withUsername(username))
                .andReturn().getResponse().getCookie(DeviceCookies.COOKIE);
        assertThat(cookie).isNotNull();
        return new Cookie(cookie.getName(), cookie.getValue());
    }

    /** The address's flood: its free failures used up and one more, so everyone without a device cookie waits. */
    private void flooded(String address) throws Exception {
        usedUpFreeFailures(address, 100);
        mvc.perform(login("sprayed.at." + address, "Spray2026x", address)).andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aBrowserTheAccountLoggedInFromBeforeIsNotKeptWaitingByAFloodFromItsSchoolsAddress() throws Exception {
        String school = "10.66.0.5";
        create("device.teacher");
        create("device.pupil");
        Cookie teachers = deviceCookieOf("device.teacher", "10.66.9.5");
        flooded(school);

        mvc.perform(login("device.teacher", TenantFixture.PASSWORD, school).cookie(teachers))
                .andExpect(authenticated().withUsername("device.teacher"));
        // without a device cookie for their account, people behind the address are told to wait
        mvc.perform(login("device.pupil", TenantFixture.PASSWORD, school)).andExpect(slowedFor(60));
        mvc.perform(login("device.teacher", TenantFixture.PASSWORD, school)).andExpect(slowedFor(60));
        // and a cookie for one account does not carry another account past the wait
        mvc.perform(login("device.pupil", TenantFixture.PASSWORD, school).cookie(teachers)).andExpect(slowedFor(60));
    }

    @Test
    void theDeviceCookieIsHttpOnlyLaxAndSecureOnASecureRequest() throws Exception {
        create("device.attributes");
        var plain = mvc.perform(login("device.attributes", TenantFixture.PASSWORD, "10.66.0.8"))
                .andReturn().getResponse().getHeaders("Set-Cookie");
        assertThat(plain).filteredOn(c -> c.startsWith(DeviceCookies.COOKIE + "=")).singleElement().satisfies(c -> {
            assertThat(c).contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000").doesNotContain("Secure");
        });
        var secure = mvc.perform(login("device.attributes", TenantFixture.PASSWORD, "10.66.0.8").secure(true))
                .andReturn().getResponse().getHeaders("Set-Cookie");
        assertThat(secure).filteredOn(c -> c.startsWith(DeviceCookies.COOKIE + "=")).singleElement()
                .satisfies(c -> assertThat(c).contains("Secure", "HttpOnly"));
    }

    @Test
    void aForgedExpiredOrOtherAccountsDeviceCookieDoesNotSkipTheWait() throws Exception {
        String school = "10.66.0.6";
        long owner = create("device.owner");
        create("device.other");
        Cookie others = deviceCookieOf("device.other", "10.66.9.6");
        flooded(school);

        String[] parts = others.getValue().split("\\.");
        String renamed = String.join(".", parts[0], Long.toString(owner), parts[2], parts[3], parts[4]);
        String unsigned = String.join(".", "d1", Long.toString(owner), "bm9uY2U", parts[3], "AAAAAAAA");
        String expired = devices.valueFor(new UserId(owner), "bm9uY2U", Instant.now().minus(Duration.ofDays(366)));
        String future = devices.valueFor(new UserId(owner), "bm9uY2U", Instant.now().plus(Duration.ofDays(30)));
        for (String value : List.of(others.getValue(), renamed, unsigned, expired, future, "garbage")) {
            mvc.perform(login("device.owner", TenantFixture.PASSWORD, school).cookie(new Cookie(DeviceCookies.COOKIE, value)))
                    .andExpect(slowedFor(60));
        }
        // the same signing for a current cookie does help: the refusals above are the cookies', not the test's
        String fresh = devices.valueFor(new UserId(owner), "bm9uY2U", Instant.now());
        mvc.perform(login("device.owner", TenantFixture.PASSWORD, school).cookie(new Cookie(DeviceCookies.COOKIE, fresh)))
                .andExpect(authenticated().withUsername("device.owner"));
    }

    @Test
    void failuresWithADeviceCookieAreCountedPerCookieUntilItIsNoLongerHonoured() throws Exception {
        String school = "10.66.0.7";
        create("device.worn");
        Cookie cookie = deviceCookieOf("device.worn", "10.66.9.7");
        flooded(school);
        String nonce = cookie.getValue().split("\\.")[2];

        for (int i = 0; i < 2; i++) {
            mvc.perform(login("device.worn", "Typo2026x" + i, school).cookie(cookie))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        assertThat(failures("device:" + nonce)).isEqualTo(2);
        assertThat(failures("address:" + school)).isEqualTo(101);

        jdbc.sql("update identity.login_throttle set failures = 5 where throttle_key = ?").param("device:" + nonce).update();
        mvc.perform(login("device.worn", TenantFixture.PASSWORD, school).cookie(cookie)).andExpect(slowedFor(60));
    }

    @Test
    void anIpv6NetworkIsOneAddress() throws Exception {
        create("v6.person");
        flooded("2001:db8:66:1::1");
        assertThat(failures("address:2001:db8:66:1:0:0:0:0/64")).isEqualTo(101);

        mvc.perform(login("v6.person", TenantFixture.PASSWORD, "2001:db8:66:1:abcd::99")).andExpect(slowedFor(60));
        mvc.perform(login("v6.person", TenantFixture.PASSWORD, "2001:db8:66:2::1"))
                .andExpect(authenticated().withUsername("v6.person"));
    }

    private int failures(String key) {
        return jdbc.sql("select failures from identity.login_throttle where throttle_key = ?").param(key)
                .query(Integer.class).single();
    }

    @Test
    void theLoginPageSaysHowManySecondsToWait() throws Exception {
        mvc.perform(get("/login").param("error", "slowed").param("wait", "4"))
                .andExpect(content().string(Matchers.containsString("请在 4 秒后再试")));
        mvc.perform(get("/login").param("error", "slowed").param("wait", "4").cookie(new Cookie("educloud-lang", "en")))
                .andExpect(content().string(Matchers.containsString("try again in 4 seconds")));
    }
}
