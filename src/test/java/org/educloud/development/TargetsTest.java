package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.development.programmes.Targets;
import org.educloud.development.programmes.TeacherProfile;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;

/** Whom a programme is for: every target set must hold; a gap target needs a self-assessment below the level. */
class TargetsTest {

    private static TeacherProfile teacher(Map<String, Double> means) {
        return new TeacherProfile(7, "李老师", 42, new OrgPath("/1/7/42/"), Set.of(Stage.PRIMARY), List.of("语文", "道德与法治"),
                ProfessionalTitle.SECOND, means);
    }

    @Test
    void noTargetAdmitsEveryTeacher() {
        assertThat(new Targets(null, null, null, null, null, null).admit(teacher(Map.of()))).isTrue();
    }

    @Test
    void everyTargetSetMustHold() {
        assertThat(new Targets(42L, Stage.PRIMARY, "语文", ProfessionalTitle.SECOND, null, null)
                .admit(teacher(Map.of()))).isTrue();
        assertThat(new Targets(42L, Stage.JUNIOR, null, null, null, null).admit(teacher(Map.of()))).isFalse();
        assertThat(new Targets(null, null, "数学", null, null, null).admit(teacher(Map.of()))).isFalse();
        assertThat(new Targets(null, null, null, ProfessionalTitle.FIRST, null, null).admit(teacher(Map.of()))).isFalse();
        assertThat(new Targets(43L, null, null, null, null, null).admit(teacher(Map.of()))).isFalse();
    }

    @Test
    void aGapTargetAdmitsTeachersWhoRatedThemselvesBelowItAndNobodyWithoutAnAssessment() {
        Targets gap = new Targets(null, null, null, null, "2", new BigDecimal("2.5"));
        assertThat(gap.admit(teacher(Map.of("2", 1.8)))).isTrue();
        assertThat(gap.admit(teacher(Map.of("2", 3.0)))).isFalse();
        assertThat(gap.admit(teacher(Map.of()))).isFalse();
    }
}
