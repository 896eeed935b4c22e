package org.educloud.integration.lti.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.educloud.integration.lti.tools.LtiFixture;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly clean-up forgets expired logins and spent one-time values, and nothing still in use. */
@EduCloudTest
class LtiHousekeepingTest {

    @Autowired
    LtiHousekeeping housekeeping;

    @Autowired
    LtiFixture tools;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void expiredLoginsAndUsedValuesAreForgottenWhileLiveOnesStay() {
        long tool = tools.toolOf(fixture.a());
        Instant now = clock.instant();
        String run = UUID.randomUUID().toString().substring(0, 8);
        launch("old-" + run, tool, now.minus(Duration.ofDays(2)));
        launch("recent-" + run, tool, now.minus(Duration.ofHours(1)));
        launch("live-" + run, tool, now.plus(Duration.ofMinutes(5)));
        used("old-" + run, tool, now.minus(Duration.ofMinutes(1)));
        used("live-" + run, tool, now.plus(Duration.ofMinutes(5)));

        housekeeping.forgetExpired();

        assertThat(jdbc.sql("SELECT hint FROM integration.lti_launch WHERE hint LIKE ?").param("%-" + run)
                .query(String.class).list()).as("a day's grace for an expired login")
                .containsExactlyInAnyOrder("recent-" + run, "live-" + run);
        assertThat(jdbc.sql("SELECT value FROM integration.lti_used_value WHERE value LIKE ?").param("%-" + run)
                .query(String.class).list()).containsExactly("live-" + run);
    }

    private void launch(String hint, long tool, Instant expires) {
        jdbc.sql("""
                        INSERT INTO integration.lti_launch (hint, tool_id, account_id, class_id, message_type, roles,
                            locale, expires_at)
                        VALUES (?, ?, 1, 1, 'LtiResourceLinkRequest', 'Learner', 'zh-CN', ?)""")
                .params(hint, tool, Timestamp.from(expires)).update();
    }

    private void used(String value, long tool, Instant expires) {
        jdbc.sql("INSERT INTO integration.lti_used_value (tool_id, kind, value, expires_at) VALUES (?, 'JTI', ?, ?)")
                .params(tool, value, Timestamp.from(expires)).update();
    }
}
