package org.educloud.equity.digital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.ClassWork;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassKind;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Below a school, its classes: what was set and handed in, and a mean grade only where enough children have one. */
@EduCloudTest
class ClassDrillDownTest {

    @Autowired
    ComparingClasses classes;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;

    @Test
    void aDistrictSeesTheWorkOfEachClassOfItsSchoolAndNoSmallGroupsMean() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        SchoolClasses found = classes.of(districtA, fixture.a().school().id(), LocalDate.now().minusDays(30),
                LocalDate.now().plusDays(40));
        SchoolClasses.ClassLine homeroom = found.classes().stream().filter(c -> c.classId() == fixture.a().classId())
                .findFirst().orElseThrow();
        assertThat(homeroom.assignments()).isGreaterThanOrEqualTo(1);
        assertThat(homeroom.gradedStudents()).isGreaterThanOrEqualTo(1);
        assertThat(homeroom.submissionRate()).isNotNull();
        assertThat(homeroom.gradingRate()).isEqualTo(1.0);
        assertThat(homeroom.suppressed()).isTrue();
        assertThat(homeroom.meanPercent()).isNull();
        assertThat(found.district()).isEqualTo(fixture.a().district().id());
    }

    @Test
    void aClassWithTenGradedStudentsShowsItsMeanAndAClassWithoutWorkShowsNoRates() {
        SchoolClassView view = new SchoolClassView(org.educloud.roster.ClassId.of(7), OrgId.of(1), "校", org.educloud.roster.TermId.of(1), "第一学期", 3, "三年级(2)班",
                ClassKind.HOMEROOM, null, 20);
        SchoolClasses.ClassLine line = ComparingClasses.line(view, new ClassWork(ClassId.of(7), 2, 30, 24, 12, 0.8), 3);
        assertThat(line.submissionRate()).isEqualTo(0.75);
        assertThat(line.gradingRate()).isEqualTo(0.8);
        assertThat(line.meanPercent()).isEqualTo(80.0);
        assertThat(line.suppressed()).isFalse();
        SchoolClasses.ClassLine idle = ComparingClasses.line(view, null, 0);
        assertThat(idle.submissionRate()).isNull();
        assertThat(idle.gradingRate()).isNull();
        assertThat(idle.meanPercent()).isNull();
        assertThat(idle.suppressed()).isFalse();
    }

    @Test
    void nobodySeesTheClassesOfASchoolOutsideTheirReach() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        Scope teacherA = identity.scopeOf(fixture.a().person(Role.TEACHER));
        assertThatThrownBy(() -> classes.of(districtA, fixture.b().school().id(), null, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> classes.of(teacherA, fixture.a().school().id(), null, null))
                .isInstanceOf(NotFoundException.class);
        Scope schoolA = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        assertThat(classes.of(schoolA, fixture.a().school().id(), null, null).classes())
                .extracting(SchoolClasses.ClassLine::classId).contains(fixture.a().classId());
    }
}
