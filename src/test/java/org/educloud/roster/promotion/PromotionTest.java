package org.educloud.roster.promotion;

import org.educloud.roster.ClassId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.Gender;
import org.educloud.roster.IdNumber;
import org.educloud.roster.PromotionPlan;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentStatus;
import org.educloud.roster.TermView;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class PromotionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RosterManagement management;

    @Autowired
    RosterDirectory directory;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    TenantFixture fixture;

    @Test
    void aSchoolMovesUpAYearAndItsTopGradeGraduates() {
        Scope installation = Scope.installation();
        var school = tenancy.registerSchool(installation, fixture.a().district().id(), new SchoolDraft("升级测试小学",
                "3900000808", java.util.Set.of(Stage.PRIMARY), Locality.TOWN, false, null, null, null));
        TermView now = management.openTerm(installation, school.id(), "2026-2027", "第二学期",
                LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 9));
        TermView next = management.openTerm(installation, school.id(), "2027-2028", "第一学期",
                LocalDate.of(2027, 9, 1), LocalDate.of(2028, 1, 20));
        var third = management.openClass(installation, school.id(), new ClassDraft(now.id().value(), 3, "三年级(2)班", null, null));
        var sixth = management.openClass(installation, school.id(), new ClassDraft(now.id().value(), 6, "六年级(1)班", null, null));
        long younger = student(installation, school.id(), "36012120180101001", third.id().value(), now);
        long older = student(installation, school.id(), "36012120140101001", sixth.id().value(), now);

        PromotionPlan plan = management.promotionPlan(installation, school.id(), now.id(), next.id());
        assertThat(plan.moves()).singleElement().satisfies(m -> {
            assertThat(m.fromClassId()).isEqualTo(third.id());
            assertThat(m.toName()).isEqualTo("四年级(2)班");
            assertThat(m.students()).isEqualTo(1);
        });
        assertThat(plan.graduations()).singleElement().satisfies(g -> {
            assertThat(g.classId()).isEqualTo(sixth.id());
            assertThat(g.name()).isEqualTo("六年级(1)班");
        });

        management.promote(installation, school.id(), now.id(), next.id());
        var promoted = directory.classes(installation, school.id(), 4, 0, 10).items();
        assertThat(promoted).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("四年级(2)班");
            assertThat(c.students()).isEqualTo(1);
        });
        assertThat(directory.roster(installation, third.id()).students()).isEmpty();
        assertThat(directory.student(installation, StudentId.of(older)).student().status()).isEqualTo(StudentStatus.GRADUATED);
        assertThat(directory.student(installation, StudentId.of(younger)).student().status()).isEqualTo(StudentStatus.ENROLLED);
    }

    @Test
    void thePromotionPageTellsTheSchoolPageItIsDoneWithoutKeepingThePlanInTheSession() throws Exception {
        Scope installation = Scope.installation();
        var school = tenancy.registerSchool(installation, fixture.a().district().id(), new SchoolDraft("升级页面小学",
                "3900000818", java.util.Set.of(Stage.PRIMARY), Locality.TOWN, false, null, null, null));
        TermView now = management.openTerm(installation, school.id(), "2026-2027", "第二学期",
                LocalDate.of(2027, 2, 22), LocalDate.of(2027, 7, 9));
        TermView next = management.openTerm(installation, school.id(), "2027-2028", "第一学期",
                LocalDate.of(2027, 9, 1), LocalDate.of(2028, 1, 20));
        var second = management.openClass(installation, school.id(),
                new ClassDraft(now.id().value(), 2, "二年级(1)班", null, null));
        student(installation, school.id(), "36012120190101001", second.id().value(), now);

        mvc.perform(post("/roster/schools/{id}/promotion", school.id().value())
                        .param("from", String.valueOf(now.id())).param("to", String.valueOf(next.id()))
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/roster/schools/" + school.id()))
                .andExpect(flash().attribute("notice", "roster.notice.promoted"))
                // a flash attribute is kept in the database-stored session until the redirect is followed
                .andExpect(flash().attributeCount(1));
        assertThat(directory.classes(installation, school.id(), 3, 0, 10).items()).singleElement()
                .satisfies(c -> assertThat(c.students()).isEqualTo(1));
    }

    @Test
    void promotingWithinOneSchoolYearIsRefused() {
        Scope installation = Scope.installation();
        var terms = directory.terms(installation, fixture.a().school().id());
        assertThatThrownBy(() -> management.promotionPlan(installation, fixture.a().school().id(),
                terms.getFirst().id(), terms.getFirst().id())).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void successorNamesFollowTheGrade() {
        assertThat(PromotingSchoolYear.successorName("三年级(1)班", 3)).isEqualTo("四年级(1)班");
        assertThat(PromotingSchoolYear.successorName("九年级(3)班", 9)).isEqualTo("高一(3)班");
        assertThat(PromotingSchoolYear.successorName("火箭班", 7)).isEqualTo("八年级 火箭班");
    }

    private long student(Scope scope, org.educloud.shared.OrgId school, String first17, long classId, TermView term) {
        String id = first17 + IdNumber.checkCharacter(first17);
        Registered registered = management.registerStudent(scope, school, new StudentDraft("升级" + first17.substring(6, 10),
                Gender.MALE, IdNumber.birthDate(id).orElseThrow(), null, "P" + id, id, null, null, null, null, null), null);
        management.enrol(scope, StudentId.of(registered.personId()), ClassId.of(classId), term.startsOn());
        return registered.personId();
    }
}
