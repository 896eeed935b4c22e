package org.educloud.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tutoring.warnings.EarlyWarnings;
import org.educloud.tutoring.warnings.StudentWarning;
import org.educloud.tutoring.warnings.WarningReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A student absent without leave on more than a tenth of their recorded school days appears on their class's
 * early-warning list with the reason; leave marked by the teacher or approved on request is not absence.
 */
@EduCloudTest
class ChronicAbsenceWarningTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    EarlyWarnings warnings;
    @Autowired
    MockMvc mvc;

    @Test
    void aStudentOftenAbsentWithoutLeaveIsOnTheEarlyWarningListAndLeaveIsNotAbsence() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "预警班主任");
        UserId parent = schoolday.newParent(a);
        long schoolClass = schoolday.newClass(a, "缺勤预警班", own.staffId());
        long often = schoolday.newStudent(a, schoolClass, "常缺勤生", null);
        long onLeave = schoolday.newStudent(a, schoolClass, "病假生", null);
        long approved = schoolday.newStudent(a, schoolClass, "补假生", parent);
        long present = schoolday.newStudent(a, schoolClass, "全勤生", null);
        Scope head = schoolday.as(own.account());
        for (int back = 1; back <= 4; back++) {
            if (back <= 2) {
                schoolday.dayRoll(head, schoolClass, TODAY.minusDays(back), List.of(often, approved),
                        Map.of(onLeave, "病假"));
            } else {
                schoolday.dayRoll(head, schoolClass, TODAY.minusDays(back), List.of(), Map.of());
            }
        }
        // the parent asks afterwards for the two days, and the head teacher approves
        schoolday.approvedLeave(schoolday.as(parent), head, approved, TODAY.minusDays(2), TODAY.minusDays(1), "发烧");

        List<StudentWarning> list = warnings.ofClass(head, schoolClass);

        StudentWarning warned = list.stream().filter(w -> w.studentId() == often).findFirst().orElseThrow();
        assertThat(warned.name()).isEqualTo("常缺勤生");
        assertThat(warned.reasons()).filteredOn(r -> r.reason() == WarningReason.CHRONIC_ABSENCE).singleElement()
                .satisfies(r -> {
                    assertThat(r.from()).as("days missed without leave").isEqualTo(2);
                    assertThat(r.to()).as("days recorded").isEqualTo(4);
                });
        assertThat(list).filteredOn(w -> w.reasons().stream().anyMatch(r -> r.reason() == WarningReason.CHRONIC_ABSENCE))
                .extracting(StudentWarning::studentId).containsExactly(often)
                .doesNotContain(onLeave, approved, present);

        String page = mvc.perform(get("/tutoring/classes/" + schoolClass + "/warnings")
                        .with(authentication(tenants.as(own.account()))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("常缺勤生").contains("未请假缺勤 2 天（50%）");
    }
}
