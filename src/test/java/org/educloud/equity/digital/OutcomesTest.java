package org.educloud.equity.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;
import org.junit.jupiter.api.Test;

/** Outcome groups show their mean grade only when no child in them could be recognised. */
class OutcomesTest {

    private static final OrgId URBAN_SCHOOL = OrgId.of(1);
    private static final OrgId RURAL_SCHOOL = OrgId.of(2);

    @Test
    void aGroupOfTenGradedStudentsIsShownAndASmallerOneIsKeptBack() {
        // urban: 3 left-behind students with 6 grades (shares sum 3.3), 9 others with 18 grades (sum 13.5);
        // rural: 4 left-behind students with 4 grades (sum 2.4)
        List<OutcomeTally.Tally> tallies = List.of(
                new OutcomeTally.Tally(URBAN_SCHOOL, true, false, false, 6, 3.3, 3),
                new OutcomeTally.Tally(URBAN_SCHOOL, false, false, false, 18, 13.5, 9),
                new OutcomeTally.Tally(RURAL_SCHOOL, true, false, false, 4, 2.4, 4));
        // 13 urban students (3 left behind, 1 migrant), 4 rural ones, all left behind
        Map<OrgId, Outcomes.Counts> counts = Map.of(URBAN_SCHOOL, new Outcomes.Counts(13, 3, 1, 0),
                RURAL_SCHOOL, new Outcomes.Counts(4, 4, 0, 0));

        Map<String, DigitalEquityReport.GroupOutcome> outcomes = new HashMap<>();
        Outcomes.of(tallies, counts, Map.of(URBAN_SCHOOL, Locality.URBAN, RURAL_SCHOOL, Locality.RURAL))
                .forEach(o -> outcomes.put(o.group(), o));

        DigitalEquityReport.GroupOutcome urban = outcomes.get("equity.group.locality.URBAN");
        assertThat(urban.suppressed()).isFalse();
        assertThat(urban.students()).isEqualTo(13);
        assertThat(urban.meanPercent()).as("the mean of its 24 returned grades").isCloseTo(100 * 16.8 / 24,
                within(1e-9));
        assertThat(outcomes.get("equity.group.locality.RURAL").suppressed()).isTrue();
        assertThat(outcomes.get("equity.group.locality.RURAL").students()).as("not even the count").isZero();
        assertThat(outcomes.get("equity.group.leftBehind").suppressed()).as("7 left-behind children with grades")
                .isTrue();
        assertThat(outcomes.get("equity.group.notLeftBehind").meanPercent()).as("9 graded students are too few")
                .isNull();
        assertThat(outcomes.get("equity.group.noDisability").meanPercent()).isCloseTo(100 * 19.2 / 28, within(1e-9));
        assertThat(outcomes.get("equity.group.migrant").meanPercent()).isNull();
    }
}
