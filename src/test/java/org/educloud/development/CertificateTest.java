package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.educloud.development.certificates.Certificates;
import org.educloud.support.EduCloudTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The public check of a certificate code: no login, only what the certificate shows, "not found" for anything
 * forged, and no more than the allowed number of checks per client in the window. Uses the demo's certificates.
 */
@EduCloudTest
class CertificateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    @BeforeEach
    void aFreshWindow() {
        jdbc.sql("DELETE FROM development.verification_attempt").update();
    }

    private String demoCode() {
        return jdbc.sql("""
                        SELECT code FROM development.certificate WHERE programme_name LIKE '信息技术应用能力提升工程 2.0（临江区%'
                        ORDER BY issued_at LIMIT 1""").query(String.class).single();
    }

    @Test
    void theDemoProgrammeIsInProgressWithSomeTeachersCompletedAndCertified() {
        List<Boolean> completed = jdbc.sql("""
                        SELECT pp.completed_at IS NOT NULL FROM development.programme_participant pp
                        JOIN development.programme p ON p.id = pp.programme_id
                        WHERE p.name LIKE '信息技术应用能力提升工程 2.0（临江区%'""").query(Boolean.class).list();
        assertThat(completed).contains(true, false);
        assertThat(demoCode()).matches("[0-9A-HJKMNP-TV-Z]{20}");
    }

    @Test
    void anyoneVerifiesARealCodeAndSeesOnlyWhatTheCertificateShows() throws Exception {
        String code = demoCode();
        String grouped = String.join("-", code.split("(?<=\\G.{4})")).toLowerCase();
        mvc.perform(get("/open/certificates").param("code", grouped))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("证书有效")))
                .andExpect(content().string(Matchers.containsString("信息技术应用能力提升工程 2.0")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("临江区实验小学"))));
    }

    @Test
    void aForgedCodeIsNotFoundAndSaysNothingMore() throws Exception {
        String code = demoCode();
        String forged = code.substring(0, 19) + (code.charAt(19) == 'A' ? 'B' : 'A');
        for (String typed : List.of(forged, "1", "' OR 1=1 --", "x".repeat(500))) {
            mvc.perform(get("/open/certificates").param("code", typed))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.containsString("未找到该证书")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("证书有效"))));
        }
    }

    @Test
    void whatCannotBeACodeIsNotFoundWithoutCountingAnAttempt() throws Exception {
        for (String typed : List.of("1", "' OR 1=1 --", "x".repeat(500), "A".repeat(21))) {
            mvc.perform(get("/open/certificates").param("code", typed).with(from("203.0.113.71")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(Matchers.containsString("未找到该证书")));
        }
        assertThat(attemptWindows()).as("junk writes nothing").isZero();

        mvc.perform(get("/open/certificates").param("code", "A".repeat(20)).with(from("203.0.113.72")))
                .andExpect(status().isNotFound());
        assertThat(attemptWindows()).as("a well-formed code is counted").isEqualTo(1);
    }

    @Test
    void closedWindowsAreForgottenAtNight() {
        jdbc.sql("""
                        INSERT INTO development.verification_attempt (address_key, window_start, attempts)
                        VALUES ('closed', now() - interval '11 minutes', 30), ('open', now() - interval '1 minute', 3)""")
                .update();

        certificates.forgetClosedWindows();

        assertThat(jdbc.sql("SELECT address_key FROM development.verification_attempt").query(String.class).list())
                .containsExactly("open");
    }

    private long attemptWindows() {
        return jdbc.sql("SELECT count(*) FROM development.verification_attempt").query(Long.class).single();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void checksBeyondTheLimitAreRefusedWithoutLookingTheCodeUp() throws Exception {
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/open/certificates").param("code", "AAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/open/certificates").param("code", demoCode()))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(Matchers.containsString("查询过于频繁")));
    }
}
