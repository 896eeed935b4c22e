package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.support.Drafts.aStudent;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.educloud.equity.attendance.AbsenceByGroup;
import org.educloud.equity.attendance.AbsenceGroup;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentId;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The district sees the chronic-absence rate by locality and by left-behind status; a group of fewer than three
 * students shows its size only.
 */
@EduCloudTest
class ChronicAbsenceByGroupTest {

    /** Two school days no other test takes a roll on, so the district's figures for them are this test's alone. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);
    private static final LocalDate TUESDAY = MONDAY.plusDays(1);

    @Autowired
    TenantFixture tenants;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    AbsenceByGroup absence;
    @Autowired
    MockMvc mvc;
    @Autowired
    RosterManagement roster;

    @Test
    void theDistrictSeesTheChronicAbsenceRateByGroupWithSmallGroupsAsCountsOnly() throws Exception {
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "公平班主任");
        long schoolClass = schoolday.newClass(a, "公平缺勤班", own.staffId());
        long absent = schoolday.newStudent(a, schoolClass, "缺勤一", null);
        for (int i = 0; i < 3; i++) {
            schoolday.newStudent(a, schoolClass, "出勤" + i, null);
        }
        Scope head = schoolday.as(own.account());
        schoolday.dayRoll(head, schoolClass, MONDAY, List.of(absent), Map.of());
        schoolday.dayRoll(head, schoolClass, TUESDAY, List.of(), Map.of());

        List<AbsenceGroup> groups = absence.of(schoolday.as(a.person(Role.DISTRICT_ADMIN)), a.district(), MONDAY,
                TUESDAY);

        AbsenceGroup notLeftBehind = group(groups, "equity.group.notLeftBehind");
        assertThat(notLeftBehind.students()).isEqualTo(4);
        assertThat(notLeftBehind.chronic()).isEqualTo(1);
        assertThat(notLeftBehind.ratePercent()).isEqualTo(25.0);
        AbsenceGroup leftBehind = group(groups, "equity.group.leftBehind");
        assertThat(leftBehind.countsOnly()).isTrue();
        assertThat(leftBehind.chronic()).isNull();
        assertThat(leftBehind.ratePercent()).isNull();
        if (a.school().locality() != null) {
            assertThat(group(groups, "equity.group.locality." + a.school().locality()).students()).isEqualTo(4);
        }

        String page = mvc.perform(get("/equity/attendance").param("org", String.valueOf(a.district().id().value()))
                        .param("from", MONDAY.toString()).param("to", TUESDAY.toString())
                        .with(authentication(tenants.as(a.person(Role.DISTRICT_ADMIN)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("25.0%").contains("非留守儿童");
        assertThat(mvc.perform(get("/equity/attendance").param("org", String.valueOf(a.district().id().value()))
                        .with(authentication(tenants.as(a.person(Role.TEACHER)))))
                .andReturn().getResponse().getStatus()).as("teachers do not report on districts").isEqualTo(404);
    }

    @Test
    void aSmallGroupsFigureCannotBeReadAsItsSiblingsComplement() {
        LocalDate monday = LocalDate.of(2026, 10, 26);
        TenantFixture.Side a = tenants.a();
        SchooldayFixture.Teacher own = schoolday.newTeacherWithAccount(a, "留守班主任");
        long schoolClass = schoolday.newClass(a, "留守缺勤班", own.staffId());
        long leftBehind = roster.registerStudent(Scope.installation(), a.school().id(), aStudent().named("留守一")
                .born(LocalDate.of(2017, 3, 9)).withValidIdNumber("360198",
                        String.format("%03d", 100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(900)))
                .leftBehind().build(), null).personId();
        roster.enrol(Scope.installation(), StudentId.of(leftBehind), ClassId.of(schoolClass), LocalDate.of(2026, 9, 1));
        for (int i = 0; i < 3; i++) {
            schoolday.newStudent(a, schoolClass, "同住" + i, null);
        }
        schoolday.dayRoll(schoolday.as(own.account()), schoolClass, monday, List.of(leftBehind), Map.of());

        List<AbsenceGroup> groups = absence.of(schoolday.as(a.person(Role.DISTRICT_ADMIN)), a.district(), monday,
                monday);

        assertThat(group(groups, "equity.group.leftBehind").students()).isEqualTo(1);
        assertThat(group(groups, "equity.group.leftBehind").chronic()).isNull();
        // all four less the three others would give the left-behind child's absence
        AbsenceGroup others = group(groups, "equity.group.notLeftBehind");
        assertThat(others.students()).isEqualTo(3);
        assertThat(others.countsOnly()).isTrue();
        assertThat(others.chronic()).isNull();
        assertThat(others.ratePercent()).isNull();
    }

    private static AbsenceGroup group(List<AbsenceGroup> groups, String key) {
        return groups.stream().filter(g -> g.group().equals(key)).findFirst().orElseThrow();
    }
}
