package org.educloud.integration.lti.launch;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A login the platform started for one person towards one tool: what the tool's authentication request must match
 * ({@code hint} is the lti_message_hint), and what the id_token will say.
 */
public record PendingLaunch(String hint, long toolId, long accountId, long classId, @Nullable Long linkId,
                            String messageType, @Nullable Long courseId, @Nullable Long lessonId, List<String> roles,
                            String locale, @Nullable String returnToken, @Nullable Instant issuedAt,
                            Instant expiresAt) {
}
