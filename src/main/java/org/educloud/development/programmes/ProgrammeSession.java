package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One session of a programme: live or in person, when, how many hours it counts, where. */
public record ProgrammeSession(long id, String title, SessionMode mode, Instant startsAt, BigDecimal hours,
                               @Nullable String place) {
}
