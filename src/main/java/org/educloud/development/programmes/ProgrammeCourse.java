package org.educloud.development.programmes;

import java.math.BigDecimal;

/** A course of the learning module in a programme, and the hours its completion counts toward the rule. */
public record ProgrammeCourse(long courseId, String title, BigDecimal hours) {
}
