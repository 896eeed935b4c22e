package org.educloud.equity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of equity monitoring.
 *
 * @param teachingPointMinimumStudents teaching points with fewer students are left out of the difference
 *                                     coefficients (and listed as excluded), as several provinces' rules say
 * @param earlierYearsOpen             how many school years before the current one still take survey entries
 *                                     (the annual statistics are usually completed in the following autumn)
 */
@ConfigurationProperties("educloud.equity")
public record EquityProperties(@DefaultValue("50") int teachingPointMinimumStudents,
                               @DefaultValue("1") int earlierYearsOpen) {
}
