package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.aStudent;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class RosterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    RosterDirectory directory;

    @Autowired
    RosterManagement management;

    @Autowired
    IdentityManagement identity;

    @Autowired
    IdentityFixture identityFixture;

    private Scope scopeOf(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    @Test
    void aTeacherSeesTheirClassAndItsStudentsButNoOtherClass() {
        Scope teacher = scopeOf(Role.TEACHER);
        assertThat(directory.myClasses(teacher)).extracting(SchoolClassView::id).containsExactly(ClassId.of(fixture.a().classId()));
        assertThat(directory.roster(teacher, ClassId.of(fixture.a().classId())).students())
                .extracting(StudentView::name).contains("甲区第一小学学生");
        assertThatThrownBy(() -> directory.roster(teacher, ClassId.of(fixture.b().classId()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParentSeesOnlyTheirOwnChild() {
        Scope parent = scopeOf(Role.PARENT);
        assertThat(directory.myChildren(parent)).extracting(StudentView::id).containsExactly(StudentId.of(fixture.a().studentId()));
        assertThat(directory.students(parent, StudentQuery.all(), 0, 50).items())
                .extracting(StudentView::id).containsExactly(StudentId.of(fixture.a().studentId()));
        assertThatThrownBy(() -> directory.student(parent, StudentId.of(fixture.b().studentId()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void idNumbersAreMaskedInListsAndShownInFullOnlyToTheSchoolsAdmins() {
        StudentView listed = directory.students(scopeOf(Role.SCHOOL_ADMIN), StudentQuery.all(), 0, 50).items().getFirst();
        assertThat(listed.idNumber()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
        assertThat(directory.student(scopeOf(Role.SCHOOL_ADMIN), StudentId.of(fixture.a().studentId())).student().idNumber())
                .doesNotContain("*");
        assertThat(directory.student(scopeOf(Role.TEACHER), StudentId.of(fixture.a().studentId())).student().idNumber())
                .contains("*");
    }

    @Test
    void registeringAStudentCreatesAnAccountThatWaitsForActivation() {
        String first17 = "36010220180505" + "123";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        Registered registered = management.registerStudent(scopeOf(Role.SCHOOL_ADMIN), fixture.a().school().id(),
                aStudent().named("新生甲").female().born(LocalDate.of(2018, 5, 5)).numbered("G" + idNumber)
                        .withIdNumber(idNumber).leftBehind().build(), null);
        // Generated: the student number is "G" and the ID number, and usernames are listed and logged everywhere.
        assertThat(registered.username()).matches("s[0-9]{2}[2-9a-hjkmnp-z]{6}");
        assertThat(registered.activationCode()).hasSize(8);
        assertThat(identity.activate(registered.username(), registered.activationCode(), "Xinsheng2026")).isEmpty();

        assertThatThrownBy(() -> management.registerStudent(scopeOf(Role.SCHOOL_ADMIN), fixture.a().school().id(),
                aStudent().named("重复").born(LocalDate.of(2018, 5, 5)).numbered("G" + idNumber).build(), null))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void theStudentFormExplainsAWrongIdNumberAndSavesNothing() throws Exception {
        long before = directory.students(scopeOf(Role.SCHOOL_ADMIN), StudentQuery.all(), 0, 1).total();
        mvc.perform(post("/roster/students/new").param("school", fixture.a().school().id().toString())
                        .param("name", "校验失败").param("gender", "MALE").param("birthDate", "2018-01-01")
                        .param("studentNumber", "G360102201801010011").param("idNumber", "360102201801010017")
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("身份证号不正确")));
        assertThat(directory.students(scopeOf(Role.SCHOOL_ADMIN), StudentQuery.all(), 0, 1).total()).isEqualTo(before);
    }

    @Test
    void aDistrictAdminSeesASchoolSummary() throws Exception {
        SchoolRosterSummary summary = directory.summary(scopeOf(Role.DISTRICT_ADMIN), fixture.a().school().id());
        assertThat(summary.classes()).isPositive();
        assertThat(summary.studentsIn(3, Gender.MALE)).isPositive();
        // the fixture teaches no subject by assignment; other tests (timetables) may add some, each counted once or more
        assertThat(summary.teachersBySubject().values()).allSatisfy(count -> assertThat(count).isPositive());
        mvc.perform(get("/roster/schools/{id}", fixture.a().school().id().value())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲区第一小学")));
    }

    @Test
    void theDemoTeacherSeesTheirClassOnTheirHomePage() throws Exception {
        mvc.perform(post("/login").param("username", "teacher.wang").param("password", "EduCloud2026").with(csrf()))
                .andExpect(status().is3xxRedirection());
        var wang = identity.search(Scope.installation(), "teacher.wang", null, null, 0, 1).items().getFirst();
        assertThat(directory.myClasses(identity.scopeOf(wang.id()))).extracting(SchoolClassView::name)
                .containsExactly("三年级(1)班");
        var parent = identity.search(Scope.installation(), "parent.zhang", null, null, 0, 1).items().getFirst();
        assertThat(directory.myChildren(identity.scopeOf(parent.id()))).extracting(StudentView::name)
                .containsExactly("张小明");
    }

    @Test
    void slipsCarryCodesOnlyForStudentsWhoHaveNotActivated() throws Exception {
        Scope admin = scopeOf(Role.SCHOOL_ADMIN);
        String first17 = "36010220180606" + "321";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        Registered waiting = management.registerStudent(admin, fixture.a().school().id(), aStudent().named("待激活生")
                .born(LocalDate.of(2018, 6, 6)).numbered("G" + idNumber).build(), null);
        management.enrol(admin, StudentId.of(waiting.personId()), ClassId.of(fixture.a().classId()), LocalDate.of(2026, 9, 1));
        var slips = management.issueActivationSlips(admin, ClassId.of(fixture.a().classId()));
        assertThat(slips).extracting(ActivationSlip::studentName).contains("待激活生").doesNotContain("甲区第一小学学生");
        String code = slips.stream().filter(s -> s.studentName().equals("待激活生")).findFirst().orElseThrow().code();
        assertThat(identity.activate(waiting.username(), code, "Daijihuo2026")).isEmpty();
        mvc.perform(post("/roster/classes/{id}/slips", fixture.a().classId())
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("账号激活单")));
    }

    @Test
    void exportsAreMaskedFormulaSafeAndAudited() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)));
        String csv = mvc.perform(get("/roster/students/export.csv").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("甲区第一小学学生").doesNotContain("乙县").contains("********");
        mvc.perform(get("/roster/students/export.xlsx").with(admin)).andExpect(status().isOk());
        assertThat(identityFixture.audited(scopeOf(Role.DISTRICT_ADMIN), null, "roster.export"))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSchoolAdminOpensAClassRegistersItsTeacherAndPlacesAStudent() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)));
        String school = fixture.a().school().id().toString();
        mvc.perform(post("/roster/staff/new").param("school", school).param("staffNumber", "FX-T9")
                        .param("name", "新班主任").param("gender", "FEMALE").param("qualification", "MASTER")
                        .param("title", "SECOND").param("fullTimeTeacher", "false").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("教职工已登记")));
        long termId = directory.terms(scopeOf(Role.SCHOOL_ADMIN), fixture.a().school().id()).getFirst().id().value();
        String location = mvc.perform(post("/roster/classes/new").param("school", school).param("termId", String.valueOf(termId))
                        .param("grade", "5").param("name", "五年级(2)班").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long classId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/roster/classes/new").param("school", school).param("termId", String.valueOf(termId))
                        .param("grade", "5").param("name", "五年级(2)班").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已有名为")));
        mvc.perform(post("/roster/students/{id}/enrolments", fixture.a().studentId()).param("classId", String.valueOf(classId))
                        .with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.roster(scopeOf(Role.SCHOOL_ADMIN), ClassId.of(classId)).students()).hasSize(1);
        assertThat(directory.staff(scopeOf(Role.SCHOOL_ADMIN), "新班主任", null, 0, 5).items().getFirst().fullTimeTeacher())
                .isFalse();
    }

    @Test
    void theApiGivesAParentTheirChildOnlyWithTheIdNumberMasked() throws Exception {
        // parents may not mint personal tokens; the API is called here as a token holder would call it
        var parent = authentication(fixture.asTokenHolder(fixture.a().person(Role.PARENT)));
        mvc.perform(get("/api/v1/students").with(parent))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.total").value(1))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.items[0].idNumber").value(org.hamcrest.Matchers.containsString("*")))
                // typed ids still reach API clients as the bare numbers
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.items[0].id").value(fixture.a().studentId()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .jsonPath("$.items[0].schoolId").value(fixture.a().school().id().value()));
        mvc.perform(get("/api/v1/students/{id}", fixture.b().studentId()).with(parent))
                .andExpect(status().isNotFound());
    }

    @Test
    void aParentSeesOnlyTheirChildInTheClassRosterWhileTheTeacherSeesEveryone() {
        Scope admin = scopeOf(Role.SCHOOL_ADMIN);
        String first17 = "36010220180707" + "654";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        Registered classmate = management.registerStudent(admin, fixture.a().school().id(), aStudent().named("同班同学").female()
                .born(LocalDate.of(2018, 7, 7)).numbered("G" + idNumber).withIdNumber(idNumber).withDisability().build(), null);
        management.enrol(admin, StudentId.of(classmate.personId()), ClassId.of(fixture.a().classId()), LocalDate.of(2026, 9, 1));
        assertThat(directory.roster(scopeOf(Role.PARENT), ClassId.of(fixture.a().classId())).students())
                .extracting(StudentView::id).containsExactly(StudentId.of(fixture.a().studentId()));
        assertThat(directory.roster(scopeOf(Role.TEACHER), ClassId.of(fixture.a().classId())).students())
                .extracting(StudentView::id).contains(StudentId.of(fixture.a().studentId()), StudentId.of(classmate.personId()));
    }

    @Test
    void studentNumbersAreMaskedWhereIdNumbersAre() {
        StudentView listed = directory.students(scopeOf(Role.TEACHER), StudentQuery.all(), 0, 50).items().getFirst();
        assertThat(listed.studentNumber()).contains("*");
        assertThat(directory.student(scopeOf(Role.SCHOOL_ADMIN), listed.id()).student().studentNumber()).doesNotContain("*");
    }

    @Test
    void aSchoolAdminCorrectsAStudentsRecordButNotTheirNumber() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)));
        StudentDraft current = directory.studentDraft(scopeOf(Role.SCHOOL_ADMIN), StudentId.of(fixture.a().studentId()));
        mvc.perform(post("/roster/students/{id}/edit", fixture.a().studentId()).with(admin).with(csrf())
                        .param("name", current.name()).param("gender", current.gender().name())
                        .param("birthDate", current.birthDate().toString()).param("ethnicity", "回族")
                        .param("studentNumber", current.studentNumber()).param("idNumber", current.idNumber())
                        .param("leftBehind", "true"))
                .andExpect(status().is3xxRedirection());
        StudentView corrected = directory.student(scopeOf(Role.SCHOOL_ADMIN), StudentId.of(fixture.a().studentId())).student();
        assertThat(corrected.ethnicity()).isEqualTo("回族");
        assertThat(corrected.leftBehind()).isTrue();
        mvc.perform(post("/roster/students/{id}/edit", fixture.a().studentId()).with(admin).with(csrf())
                        .param("name", current.name()).param("gender", current.gender().name())
                        .param("birthDate", current.birthDate().toString())
                        .param("studentNumber", "G360102201803010029"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能在此修改")));
    }

    @Test
    void aTeacherSeesTheirOwnRecordAndClassesButNotAColleaguesPhone() {
        StaffDetail own = directory.staffMember(scopeOf(Role.TEACHER), fixture.a().staffId());
        assertThat(own.classes()).extracting(SchoolClassView::id).contains(ClassId.of(fixture.a().classId()));
        assertThatThrownBy(() -> directory.staffMember(scopeOf(Role.PARENT), fixture.a().staffId()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSchoolAdminAddsAGuardianWhoCanThenActivateAndSeeTheChild() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)));
        String page = mvc.perform(post("/roster/students/{id}/guardians", fixture.a().studentId()).with(admin).with(csrf())
                        .param("name", "新家长").param("phone", "13612345678").param("relation", "GRANDPARENT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String code = page.replaceAll("(?s).*<p class=\"secret\">([A-Z0-9]{8})</p>.*", "$1");
        String username = page.replaceAll("(?s).*<dd>(p[^<]+)</dd>.*", "$1");
        assertThat(identity.activate(username, code, "Jiazhang2026")).isEmpty();
        var guardian = identity.search(Scope.installation(), username, null, null, 0, 1).items().getFirst();
        assertThat(directory.myChildren(identity.scopeOf(guardian.id()))).extracting(StudentView::id)
                .containsExactly(StudentId.of(fixture.a().studentId()));
    }
}
