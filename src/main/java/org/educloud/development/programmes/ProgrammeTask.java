package org.educloud.development.programmes;

import java.math.BigDecimal;

/** A task inside a programme that participants hand in and the organiser reviews, and the hours it counts. */
public record ProgrammeTask(long id, String title, String instructions, BigDecimal hours) {
}
