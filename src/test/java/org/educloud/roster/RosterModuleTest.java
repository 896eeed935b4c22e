package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.aSchool;
import static org.educloud.support.Drafts.aStaffMember;
import static org.educloud.support.Drafts.aStudent;

import java.time.LocalDate;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * A school's terms, classes, students, staff and guardians through {@link RosterManagement} (what school admins do)
 * and {@link RosterDirectory} (what other modules and pages ask), with the roster and the modules it builds on
 * (tenancy for schools, identity for accounts) in the context, on an empty database.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestContext
class RosterModuleTest {

    @Autowired
    RosterManagement roster;
    @Autowired
    RosterDirectory directory;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenancyManagement tenancy;

    OrgNodeView school;
    Scope schoolAdmin;
    TermView term;

    @BeforeEach
    void aSchoolWithATerm() {
        school = OrgTree.cityWithDistrict(tenancy, "沧州市").school("沧州市城区实验小学");
        schoolAdmin = new Scope(new UserId(8_000), List.of(new Scope.Grant(Role.SCHOOL_ADMIN, school.path())));
        term = roster.openTerm(schoolAdmin, school.id(), "2026-2027", "2026-2027学年第一学期",
                LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 20));
    }

    @Test
    void students_enrolled_in_a_homeroom_class_make_up_its_roster() {
        SchoolClassView threeOne = homeroom(3, "三年级(1)班");
        Registered zhang = student("张小明", Gender.MALE);
        Registered li = student("李小红", Gender.FEMALE);

        roster.enrol(schoolAdmin, StudentId.of(zhang.personId()), threeOne.id(), term.startsOn());
        roster.enrol(schoolAdmin, StudentId.of(li.personId()), threeOne.id(), term.startsOn());

        ClassRoster classRoster = directory.roster(schoolAdmin, threeOne.id());
        assertThat(classRoster.schoolClass().grade()).isEqualTo(3);
        assertThat(classRoster.students()).extracting(StudentView::name).containsExactlyInAnyOrder("张小明", "李小红");
        assertThat(directory.students(schoolAdmin, new StudentQuery(null, null, threeOne.id(), Gender.FEMALE, null, null), 0, 20)
                .items()).extracting(StudentView::name).containsExactly("李小红");
        assertThat(directory.students(schoolAdmin, new StudentQuery(null, school.id(), null, Gender.MALE, null, null), 0, 20)
                .items()).extracting(StudentView::id).containsExactly(StudentId.of(zhang.personId()));
        assertThat(directory.classes(schoolAdmin, school.id(), 3, 0, 20).items()).extracting(SchoolClassView::id)
                .containsExactly(threeOne.id());
    }

    @Test
    void a_registered_student_gets_an_account_that_is_their_learner_identity() {
        Registered zhang = student("张小明", Gender.MALE);

        UserId account = identity.accountNamed(zhang.username()).orElseThrow();

        assertThat(directory.learner(account)).contains(new Learner(StudentId.of(zhang.personId()), school.id()));
        assertThat(identity.scopeOf(account).holds(Role.STUDENT, school.path())).isTrue();
    }

    @Test
    void a_teacher_assigned_to_a_class_finds_it_among_the_classes_they_teach() {
        SchoolClassView threeTwo = homeroom(3, "三年级(2)班");
        Registered wang = roster.registerStaff(schoolAdmin, school.id(), aStaffMember().named("王芳").teaching("数学").build(),
                null);

        roster.assignTeacher(schoolAdmin, wang.personId(), threeTwo.id(), "数学");

        Scope teacher = identity.scopeOf(identity.accountNamed(wang.username()).orElseThrow());
        assertThat(directory.taughtClasses(teacher)).extracting(SchoolClassView::id).containsExactly(threeTwo.id());
    }

    @Test
    void a_guardian_sees_their_child_and_no_other() {
        Registered zhang = student("张小明", Gender.MALE);
        student("李小红", Gender.FEMALE);

        Registered father = roster.registerGuardian(schoolAdmin, StudentId.of(zhang.personId()), "张大山", null,
                GuardianRelation.FATHER, null);

        Scope parent = identity.scopeOf(identity.accountNamed(father.username()).orElseThrow());
        assertThat(directory.myChildren(parent)).extracting(StudentView::name).containsExactly("张小明");
    }

    @Test
    void a_school_admin_places_only_the_students_of_their_own_school() {
        OrgNodeView other = OrgTree.cityWithDistrict(tenancy, "德州市").school("德州市城区小学");
        Scope otherAdmin = new Scope(new UserId(8_001), List.of(new Scope.Grant(Role.SCHOOL_ADMIN, other.path())));
        SchoolClassView threeOne = homeroom(3, "三年级(1)班");
        Registered zhang = student("张小明", Gender.MALE);

        assertThatThrownBy(() -> roster.enrol(otherAdmin, StudentId.of(zhang.personId()), threeOne.id(), term.startsOn()))
                .isInstanceOf(NotFoundException.class);
        assertThat(directory.students(otherAdmin, StudentQuery.all(), 0, 20).items()).isEmpty();
    }

    @Test
    void a_class_belongs_to_a_grade_of_primary_school_and_is_named() {
        assertThatThrownBy(() -> roster.openClass(schoolAdmin, school.id(), new ClassDraft(term.id().value(), 3, " ", null, null)))
                .isInstanceOf(RuntimeException.class);
        assertThat(homeroom(1, "一年级(1)班").kind()).isEqualTo(ClassKind.HOMEROOM);
    }

    @Test
    void a_student_moves_to_another_school_of_the_district_by_transfer() {
        OrgNodeView other = tenancy.registerSchool(Scope.installation(), school.parentId(),
                aSchool().named("沧州市城区第二小学").build());
        Registered zhang = student("张小明", Gender.MALE);
        Scope districtAdmin = new Scope(new UserId(8_002),
                List.of(new Scope.Grant(Role.DISTRICT_ADMIN, tenancy.find(school.parentId()).orElseThrow().path())));

        roster.transfer(districtAdmin, StudentId.of(zhang.personId()), other.id(), LocalDate.of(2026, 10, 8), "随父母迁居");

        assertThat(directory.student(districtAdmin, StudentId.of(zhang.personId())).student().schoolId()).isEqualTo(other.id());
    }

    private SchoolClassView homeroom(int grade, String name) {
        return roster.openClass(schoolAdmin, school.id(), new ClassDraft(term.id().value(), grade, name, ClassKind.HOMEROOM, null));
    }

    private Registered student(String name, Gender gender) {
        StudentDraft draft = gender == Gender.FEMALE ? aStudent().named(name).female().build() : aStudent().named(name).build();
        return roster.registerStudent(schoolAdmin, school.id(), draft, null);
    }
}
