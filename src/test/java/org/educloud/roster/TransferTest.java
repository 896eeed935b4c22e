package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EduCloudTest
class TransferTest {

    @Autowired
    RosterManagement management;

    @Autowired
    RosterDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture fixture;

    @Test
    void aStudentMovesWithTheirAccountAndTheFormerSchoolKeepsOnlyItsOwnPeriod() {
        Scope schoolA = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        String first17 = "36010220180808" + "777";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        Registered mover = management.registerStudent(schoolA, fixture.a().school().id(), new StudentDraft("转学生",
                Gender.MALE, LocalDate.of(2018, 8, 8), null, "G" + idNumber, idNumber, null, null, null, null, null), null);
        management.enrol(schoolA, StudentId.of(mover.personId()), ClassId.of(fixture.a().classId()), LocalDate.of(2026, 9, 1));

        assertThatThrownBy(() -> management.transfer(identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN)),
                StudentId.of(mover.personId()), fixture.b().school().id(), LocalDate.of(2026, 11, 1), "搬家"))
                .isInstanceOf(org.educloud.shared.NotFoundException.class);

        Scope region = identity.scopeOf(fixture.regionAdmin());
        management.transfer(region, StudentId.of(mover.personId()), fixture.b().school().id(), LocalDate.of(2026, 11, 1), "随父母工作调动");

        Scope schoolB = identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN));
        assertThat(directory.student(schoolB, StudentId.of(mover.personId())).student().schoolId()).isEqualTo(fixture.b().school().id());
        StudentDetail asFormer = directory.student(schoolA, StudentId.of(mover.personId()));
        assertThat(asFormer.student().idNumber()).contains("*");
        assertThat(asFormer.student().status()).isEqualTo(StudentStatus.TRANSFERRED_OUT);
        assertThat(asFormer.student().schoolName()).isEqualTo("甲区第一小学");
        assertThat(asFormer.classes()).extracting(SchoolClassView::id).containsExactly(ClassId.of(fixture.a().classId()));
        assertThat(asFormer.guardians()).isEmpty();
        assertThat(directory.roster(schoolA, ClassId.of(fixture.a().classId())).students()).extracting(StudentView::id)
                .doesNotContain(StudentId.of(mover.personId()));

        var account = identity.search(Scope.installation(), mover.username(), null, null, 0, 1).items().getFirst();
        assertThat(identity.scopeOf(account.id()).canSee(fixture.b().school().path())).isTrue();
        assertThat(identity.scopeOf(account.id()).canSee(fixture.a().school().path())).isFalse();
    }

    @Test
    void aSchoolAdminCannotTransferOnTheirOwn() {
        Scope schoolA = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThatThrownBy(() -> management.transfer(schoolA, StudentId.of(fixture.a().studentId()), fixture.b().school().id(),
                LocalDate.of(2026, 11, 1), null)).isInstanceOf(org.educloud.shared.NotFoundException.class);
        var districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThatThrownBy(() -> management.transfer(districtA, StudentId.of(fixture.a().studentId()), fixture.a().school().id(),
                LocalDate.of(2026, 11, 1), null)).isInstanceOf(org.educloud.shared.RuleViolationException.class);
    }
}
