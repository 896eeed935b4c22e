package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.learning.StudentScore;
import org.educloud.roster.StudentAttributes;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.Locality;
import org.junit.jupiter.api.Test;

/** Outcome groups show their mean grade only when no child in them could be recognised. */
class OutcomesTest {

    private static final OrgId URBAN_SCHOOL = OrgId.of(1);
    private static final OrgId RURAL_SCHOOL = OrgId.of(2);

    @Test
    void aGroupOfTenGradedStudentsIsShownAndASmallerOneIsKeptBack() {
        List<StudentScore> scores = new ArrayList<>();
        List<StudentAttributes> scored = new ArrayList<>();
        // twelve urban students, three of them left behind, with shares 0.50 … 0.94; four rural students
        for (int i = 0; i < 12; i++) {
            scores.add(new StudentScore(i, URBAN_SCHOOL, 0.50 + 0.04 * i, 2));
            scored.add(new StudentAttributes(i, URBAN_SCHOOL, i < 3, false, false));
        }
        for (int i = 100; i < 104; i++) {
            scores.add(new StudentScore(i, RURAL_SCHOOL, 0.6, 1));
            scored.add(new StudentAttributes(i, RURAL_SCHOOL, true, false, false));
        }
        // 13 urban students (3 left behind, 1 migrant), 4 rural ones, all left behind
        Map<OrgId, Outcomes.Counts> counts = Map.of(URBAN_SCHOOL, new Outcomes.Counts(13, 3, 1, 0),
                RURAL_SCHOOL, new Outcomes.Counts(4, 4, 0, 0));

        Map<String, DigitalEquityReport.GroupOutcome> outcomes = new HashMap<>();
        Outcomes.of(scores, scored, counts, Map.of(URBAN_SCHOOL, Locality.URBAN, RURAL_SCHOOL, Locality.RURAL))
                .forEach(o -> outcomes.put(o.group(), o));

        DigitalEquityReport.GroupOutcome urban = outcomes.get("equity.group.locality.URBAN");
        assertThat(urban.suppressed()).isFalse();
        assertThat(urban.students()).isEqualTo(13);
        assertThat(urban.meanPercent()).isCloseTo(100 * (0.50 + 0.04 * 5.5), within(1e-9));
        assertThat(outcomes.get("equity.group.locality.RURAL").suppressed()).isTrue();
        assertThat(outcomes.get("equity.group.locality.RURAL").students()).as("not even the count").isZero();
        assertThat(outcomes.get("equity.group.leftBehind").suppressed()).as("7 left-behind children with grades")
                .isTrue();
        assertThat(outcomes.get("equity.group.notLeftBehind").meanPercent()).as("9 graded students are too few")
                .isNull();
        assertThat(outcomes.get("equity.group.noDisability").meanPercent()).isNotNull();
        assertThat(outcomes.get("equity.group.migrant").meanPercent()).isNull();
    }
}
