package org.educloud.equity;

import java.time.Instant;
import java.util.List;

/**
 * What an exported balance report holds: for a district its own section, for a region one section per district,
 * each with both compulsory stages.
 */
record CountyReport(String orgName, String schoolYear, String requestedBy, Instant generatedAt,
                    List<Section> sections) {

    record Section(String districtName, BalanceReport primary, BalanceReport junior) {

        List<BalanceReport> stages() {
            return List.of(primary, junior);
        }
    }

    boolean complete() {
        return sections.stream().flatMap(s -> s.stages().stream()).allMatch(BalanceReport::complete);
    }

    List<BalanceReport> reports() {
        return sections.stream().flatMap(s -> s.stages().stream()).toList();
    }
}
