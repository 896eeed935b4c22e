package org.educloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final OrgPath CITY = new OrgPath("/1/");
    private static final OrgPath DISTRICT_A = new OrgPath("/1/2/");
    private static final OrgPath SCHOOL_A = new OrgPath("/1/2/3/");
    private static final OrgPath SCHOOL_A2 = new OrgPath("/1/2/30/");
    private static final OrgPath SCHOOL_B = new OrgPath("/1/4/5/");

    @Test
    void aPathContainsItselfAndEverythingBelowButNotItsSiblings() {
        assertThat(DISTRICT_A.contains(SCHOOL_A)).isTrue();
        assertThat(DISTRICT_A.contains(DISTRICT_A)).isTrue();
        assertThat(SCHOOL_A.contains(SCHOOL_A2)).as("/1/2/3/ is no prefix of /1/2/30/").isFalse();
        assertThat(DISTRICT_A.contains(SCHOOL_B)).isFalse();
        assertThat(SCHOOL_A.ids()).extracting(OrgId::value).containsExactly(1L, 2L, 3L);
    }

    @Test
    void malformedPathsAreRefused() {
        assertThatThrownBy(() -> new OrgPath("/1/2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgPath("1/2/")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrgPath("/1/%/")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTeacherSeesTheirSchoolButAdministersNothing() {
        Scope teacher = new Scope(new UserId(7), List.of(new Scope.Grant(Role.TEACHER, SCHOOL_A)));
        assertThat(teacher.canSee(SCHOOL_A)).isTrue();
        assertThat(teacher.canSee(SCHOOL_B)).isFalse();
        assertThat(teacher.canAdminister(SCHOOL_A)).isFalse();
        assertThat(teacher.adminPaths()).isEmpty();
    }

    @Test
    void operationsStaffSeeTheOrgTreeOfTheirDistrictButNoneOfItsPeople() {
        Scope operations = new Scope(new UserId(9), List.of(new Scope.Grant(Role.OPERATIONS_STAFF, DISTRICT_A)));
        assertThat(operations.canSeeOrgTree(SCHOOL_A)).isTrue();
        assertThat(operations.canSeeOrgTree(SCHOOL_B)).isFalse();
        assertThat(operations.canSee(SCHOOL_A)).as("people of the schools they serve").isFalse();
        assertThat(operations.visiblePaths()).isEmpty();
        assertThat(operations.adminPaths()).isEmpty();
    }

    @Test
    void aVendorSeesNothingByPlace() {
        Scope vendor = new Scope(new UserId(10), List.of(new Scope.Grant(Role.VENDOR, DISTRICT_A)));
        assertThat(vendor.canSeeOrgTree(SCHOOL_A)).isFalse();
        assertThat(vendor.canSee(SCHOOL_A)).isFalse();
        assertThat(vendor.holds(Role.VENDOR, SCHOOL_A)).as("modules serving vendors ask by role").isTrue();
    }

    @Test
    void aTeacherWhoAlsoRunsTheSchoolAdministersOnlyThatSchool() {
        Scope both = new Scope(new UserId(8), List.of(new Scope.Grant(Role.TEACHER, SCHOOL_A),
                new Scope.Grant(Role.SCHOOL_ADMIN, SCHOOL_A)));
        assertThat(both.canAdminister(SCHOOL_A)).isTrue();
        assertThat(both.canAdminister(DISTRICT_A)).isFalse();
    }

    @Test
    void nestedGrantsCollapseToTheWidestPath() {
        Scope scope = new Scope(new UserId(9), List.of(new Scope.Grant(Role.SCHOOL_ADMIN, SCHOOL_A),
                new Scope.Grant(Role.DISTRICT_ADMIN, DISTRICT_A)));
        assertThat(scope.adminPaths()).containsExactly(DISTRICT_A);
    }

    @Test
    void theInstallationAdministersEverything() {
        assertThat(Scope.installation().canAdminister(SCHOOL_B)).isTrue();
        assertThat(Scope.installation().canAdminister(CITY)).isTrue();
    }
}
