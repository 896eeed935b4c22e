package org.educloud.development.credits;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One credited piece of training in a teacher's ledger. */
public record CreditEntry(long id, int year, BigDecimal hours, CreditSource source, String provider, String course,
                          LocalDate takenOn) {
}
