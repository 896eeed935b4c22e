package org.educloud.homeschool.notices;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One guardian's receipt of a notice: when they confirmed reading, and their answer if the notice asked for one. */
public record Receipt(long account, String accountName, Instant readAt, @Nullable String answer,
                      @Nullable Instant repliedAt) {
}
