package org.educloud.development.certificates;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a certificate shows: whose, which programme, how many hours, when completed, and its code. */
public record Certificate(String code, String teacherName, String programmeName, BigDecimal hours,
                          LocalDate completedOn) {

    /** The code in groups of four, as printed and typed. */
    public String groupedCode() {
        return String.join("-", code.split("(?<=\\G.{4})"));
    }
}
