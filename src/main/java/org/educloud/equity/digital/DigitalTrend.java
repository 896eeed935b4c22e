package org.educloud.equity.digital;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;

/**
 * Digital-resource equity of a district or region school year by school year, oldest first (the current year up
 * to today): the same spread measures as the report, so parity and Gini can be followed over time.
 */
public record DigitalTrend(OrgId org, String orgName, List<Year> years) {

    public record Year(String schoolYear, LocalDate from, LocalDate to,
                       Map<DigitalMeasure, DigitalEquityReport.Spread> measures) {
    }
}
