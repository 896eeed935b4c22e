package org.educloud.equity.reports;

import java.time.Instant;
import java.util.List;
import org.educloud.equity.BalanceReport;

/**
 * What an exported balance report holds: for a district its own section, for a region one section per district,
 * each with both compulsory stages.
 */
record CountyReport(String orgName, String schoolYear, String requestedBy, Instant generatedAt,
                    List<Section> sections) {

    record Section(String districtName, BalanceReport primary, BalanceReport junior) {

        /**
         * The stages the district has schools of (counted, missing or excluded); a district without any keeps its
         * primary stage, which then says it has no schools.
         */
        List<BalanceReport> stages() {
            List<BalanceReport> present = List.of(primary, junior).stream().filter(Section::hasSchools).toList();
            return present.isEmpty() ? List.of(primary) : present;
        }

        private static boolean hasSchools(BalanceReport r) {
            return !r.schools().isEmpty() || !r.missing().isEmpty() || !r.excluded().isEmpty();
        }
    }

    boolean complete() {
        return sections.stream().flatMap(s -> s.stages().stream()).allMatch(BalanceReport::complete);
    }

    List<BalanceReport> reports() {
        return sections.stream().flatMap(s -> s.stages().stream()).toList();
    }
}
