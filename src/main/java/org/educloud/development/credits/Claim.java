package org.educloud.development.credits;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.educloud.shared.OrgPath;

/** A teacher's claim for hours of outside training, with its evidence file's name. */
public record Claim(long id, long teacherAccount, String teacherName, long schoolId, OrgPath schoolPath,
                    String provider, String course, LocalDate takenOn, BigDecimal hours, String evidenceName,
                    ClaimStatus status) {
}
