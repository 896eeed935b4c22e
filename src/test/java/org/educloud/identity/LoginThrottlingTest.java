package org.educloud.identity;

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
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
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

    /** The address has used up its free failures of the window, as a busy attacker behind it would have. */
    private void usedUpFreeFailures(String address, int failures) {
        jdbc.sql("""
                        insert into identity.login_throttle (throttle_key, failures, window_started)
                        values (?, ?, now())""")
                .params("address:" + address, failures).update();
    }

    private void sitOutTheWait(String address) {
        sitOut("address:" + address);
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
                .andExpect(redirectedUrl("/login?error=slowed&wait=1"));

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
    void theDelayDoublesWithEachFurtherFailureUpToAMinute() throws Exception {
        String address = "10.66.0.2";
        usedUpFreeFailures(address, 100);
        for (int wait : new int[] {1, 2, 4, 8}) {
            // a spray: each name once, so no account lock gets in the way
            mvc.perform(login("sprayed.name" + wait, "Spray2026x", address)).andExpect(redirectedUrl("/login?error=bad"));
            mvc.perform(login("other.name", "Spray2026x", address))
                    .andExpect(redirectedUrl("/login?error=slowed&wait=" + wait));
            sitOutTheWait(address);
        }
        jdbc.sql("update identity.login_throttle set failures = 140 where throttle_key = ?")
                .param("address:" + address).update();
        mvc.perform(login("sprayed.name", "Spray2026x", address)).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login("other.name", "Spray2026x", address))
                .andExpect(redirectedUrl("/login?error=slowed&wait=60"));
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

    @Test
    void theLoginPageSaysHowManySecondsToWait() throws Exception {
        mvc.perform(get("/login").param("error", "slowed").param("wait", "4"))
                .andExpect(content().string(Matchers.containsString("请在 4 秒后再试")));
        mvc.perform(get("/login").param("error", "slowed").param("wait", "4").cookie(new Cookie("educloud-lang", "en")))
                .andExpect(content().string(Matchers.containsString("try again in 4 seconds")));
    }
}
