package org.educloud.learning.lineitems;

import java.math.BigDecimal;
import java.time.Instant;

/** A student's score in a column; {@code complete} is false while part of it waits for a teacher. */
public record LineItemScore(long lineItemId, long studentId, BigDecimal score, boolean complete, Instant scoredAt) {
}
