package org.educloud.equity.settings;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of equity monitoring.
 *
 * @param teachingPointMinimumStudents teaching points with fewer students are left out of the difference
 *                                     coefficients (and listed as excluded), as several provinces' rules say
 * @param earlierYearsOpen             how many school years before the current one still take survey entries
 *                                     (the annual statistics are usually completed in the following autumn)
 * @param reportFont                   a TrueType font with Chinese glyphs for PDF reports; unset, the usual system
 *                                     fonts are looked for
 * @param exportWorkers                export jobs built at once on one node (each takes a core while it runs)
 * @param exportKeptDays               how long a finished export's file is kept for download
 * @param chronicAbsenceShare          a student counts as chronically absent when they missed more than this share
 *                                     of their recorded school days without leave
 */
@ConfigurationProperties("educloud.equity")
public record EquityProperties(@DefaultValue("50") int teachingPointMinimumStudents,
                               @DefaultValue("1") int earlierYearsOpen,
                               @Nullable Path reportFont,
                               @DefaultValue("1") int exportWorkers,
                               @DefaultValue("7") int exportKeptDays,
                               @DefaultValue("0.10") double chronicAbsenceShare) {
}
