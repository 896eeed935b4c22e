package org.educloud.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@EduCloudTest
class LoginTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    /** Each test logs in from its own address, so the per-address throttle of one test never touches another. */
    private static RequestPostProcessor from(String address) {
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    @Test
    void aTeacherLogsInWithUsernameAndLandsOnTheirHomePage() throws Exception {
        mvc.perform(formLogin("/login").user("teacher.wang").password("EduCloud2026"))
                .andExpect(authenticated().withRoles("TEACHER"))
                .andExpect(redirectedUrl("/home"));
    }

    @Test
    void peopleMayLogInWithTheirPhoneNumber() throws Exception {
        mvc.perform(formLogin("/login").user("13900000003").password("EduCloud2026"))
                .andExpect(authenticated().withUsername("linjiang.admin"));
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameMessage() throws Exception {
        mvc.perform(login("teacher.wang", "wrong-password1", "10.1.0.1"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login("nobody.here", "wrong-password1", "10.1.0.1"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("用户名或密码不正确")));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        identity.create(Scope.installation(), new NewAccount("throttle.victim", "被锁定的人", null, null,
                Role.PLATFORM_OPERATOR, null, TenantFixture.PASSWORD), false);
        for (int i = 0; i < 4; i++) {
            mvc.perform(login("throttle.victim", "not-it-" + i, "10.2.0.1"))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(login("throttle.victim", "not-it-5", "10.2.0.1"))
                .andExpect(redirectedUrl("/login?error=locked&wait=15"));
        mvc.perform(login("throttle.victim", TenantFixture.PASSWORD, "10.2.0.2"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=locked&wait=15"));
        mvc.perform(get("/login").param("error", "locked").param("wait", "15").cookie(new Cookie("educloud-lang", "en")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("try again in 15 minutes")));
    }

    @Test
    void anAccountAwaitingActivationIsToldToActivateIt() throws Exception {
        identity.create(Scope.installation(), new NewAccount("waiting.one", "待激活", null, null,
                Role.PLATFORM_OPERATOR, null, null));
        mvc.perform(login("waiting.one", "anything1", "10.3.0.1"))
                .andExpect(redirectedUrl("/login?error=notActivated"));
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenIsRefusedWithAnExplanation() throws Exception {
        mvc.perform(post("/login").param("username", "teacher.wang").param("password", "EduCloud2026"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void anAnonymousVisitorIsSentToLogin() throws Exception {
        mvc.perform(get("/home")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void anExpiredSessionIsExplainedOnTheLoginPage() throws Exception {
        String staleSessionId = java.util.Base64.getEncoder().encodeToString("no-longer-there".getBytes());
        MockHttpServletRequestBuilder request = get("/home").cookie(new Cookie("SESSION", staleSessionId));
        mvc.perform(request).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/login").param("expired", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("登录已过期")));
    }

    @Test
    void onePersonLoggingInFromSeveralDevicesAtOnceSucceedsEverywhere() throws Exception {
        try (var devices = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var logins = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> devices.submit(() -> mvc.perform(login("student.zhang", "EduCloud2026", "10.4.0." + i))
                            .andReturn().getResponse().getRedirectedUrl()))
                    .toList();
            for (var login : logins) {
                org.assertj.core.api.Assertions.assertThat(login.get()).isEqualTo("/home");
            }
        }
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/?loggedOut"));
    }
}
