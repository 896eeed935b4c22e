package org.educloud.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.OrgKind;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgStatus;
import org.junit.jupiter.api.Test;

class GrantRulesTest {

    private static OrgNodeView node(OrgKind kind, String path) {
        OrgPath p = new OrgPath(path);
        return new OrgNodeView(p.ids().getLast(), kind, null, p, "x", null, null, Set.of(), null, false, null, null,
                null, OrgStatus.ACTIVE, Instant.EPOCH);
    }

    private final OrgNodeView district = node(OrgKind.DISTRICT, "/1/2/");
    private final OrgNodeView school = node(OrgKind.SCHOOL, "/1/2/3/");
    private final Scope districtAdmin = new Scope(new UserId(1), List.of(new Scope.Grant(Role.DISTRICT_ADMIN, district.path())));

    @Test
    void eachRoleBelongsOnOneKindOfNode() {
        assertThat(GrantRules.fits(Role.TEACHER, school)).isTrue();
        assertThat(GrantRules.fits(Role.TEACHER, district)).isFalse();
        assertThat(GrantRules.fits(Role.DISTRICT_ADMIN, district)).isTrue();
        assertThat(GrantRules.fits(Role.PLATFORM_OPERATOR, null)).isTrue();
    }

    @Test
    void aDistrictAdminGrantsSchoolRolesButNoPeerOfThemselves() {
        assertThat(GrantRules.mayGrant(districtAdmin, Role.SCHOOL_ADMIN, school)).isTrue();
        assertThat(GrantRules.mayGrant(districtAdmin, Role.TEACHER, school)).isTrue();
        assertThat(GrantRules.mayGrant(districtAdmin, Role.DISTRICT_ADMIN, district)).isFalse();
        assertThat(GrantRules.mayGrant(districtAdmin, Role.PLATFORM_OPERATOR, null)).isFalse();
        assertThat(GrantRules.mayGrant(districtAdmin, Role.TEACHER, node(OrgKind.SCHOOL, "/1/4/5/"))).isFalse();
    }

    @Test
    void idsAreReadFromThePath() {
        assertThat(school.id()).isEqualTo(OrgId.of(3));
    }
}
