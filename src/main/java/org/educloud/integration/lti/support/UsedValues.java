package org.educloud.integration.lti.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Values a tool may use once (a nonce, a client assertion's jti): the first use is recorded until the token it came
 * with expires, and every later use of the same value by the same tool is refused. The insert decides, so two nodes
 * receiving the same value at once cannot both accept it. A value is kept until {@code LtiHousekeeping} deletes it
 * after its expiry: a tool reusing one before then is refused, which is what it deserves.
 */
@Component
public class UsedValues {

    public enum Kind { NONCE, JTI, DL_NONCE }

    /** The longest value kept (the column's width): callers refuse longer ones before they ask. */
    public static final int MAX_LENGTH = 255;

    private final JdbcClient jdbc;
    private final Clock clock;

    UsedValues(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** True the first time; false when the tool used the value before. */
    public boolean firstUse(long toolId, Kind kind, String value, Instant expiresAt) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        INSERT INTO integration.lti_used_value (tool_id, kind, value, expires_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                // kept past the expiry by the clock skew tokens are verified with: they are accepted that long
                .params(toolId, kind.name(), value,
                        Timestamp.from((expiresAt.isAfter(now) ? expiresAt : now).plus(ToolKeys.MAX_CLOCK_SKEW)))
                .update() == 1;
    }
}
