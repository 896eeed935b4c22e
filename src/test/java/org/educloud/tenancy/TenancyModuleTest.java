package org.educloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.aSchool;

import java.util.List;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.ModuleTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The org tree as other modules and bureau admins use it through {@link TenancyManagement}, with the tenancy module
 * alone in its context and an empty database: a city bureau, its districts and their schools.
 */
@ApplicationModuleTest
@ModuleTestContext
class TenancyModuleTest {

    private static final Scope OPERATOR = Scope.installation();

    @Autowired
    TenancyManagement tenancy;

    @Test
    void a_school_registered_under_a_district_lies_within_the_district_and_its_city(Scenario scenario) {
        OrgNodeView city = tenancy.registerBureau(OPERATOR, null, new BureauDraft("云州市教育局", "530100"));
        OrgNodeView district = tenancy.registerBureau(OPERATOR, city.id(), new BureauDraft("云州市河西区教育局", "530102"));

        scenario.stimulate(() -> tenancy.registerSchool(OPERATOR, district.id(), school("云州市河西区第一小学", "3153000001")))
                .andWaitForEventOfType(OrgNodeRegistered.class)
                .matching(registered -> registered.kind() == OrgKind.SCHOOL)
                .toArriveAndVerify((registered, school) -> {
                    assertThat(registered.id()).isEqualTo(school.id());
                    assertThat(city.path().contains(school.path())).isTrue();
                    assertThat(district.path().contains(school.path())).isTrue();
                    assertThat(tenancy.lineage(school.id())).extracting(OrgNodeView::name)
                            .containsExactly("云州市教育局", "云州市河西区教育局", "云州市河西区第一小学");
                });
    }

    @Test
    void every_registration_is_audited_with_the_node_it_concerns(Scenario scenario) {
        scenario.stimulate(() -> tenancy.registerBureau(OPERATOR, null, new BureauDraft("雾州市教育局", null)))
                .andWaitForEventOfType(AuditableActionOccurred.class)
                .matching(event -> event.action().equals("org.bureau.registered"))
                .toArriveAndVerify((audit, city) -> {
                    assertThat(audit.target()).isEqualTo("雾州市教育局");
                    assertThat(audit.orgPath()).isEqualTo(city.path());
                });
    }

    @Test
    void a_district_admin_sees_and_manages_only_their_own_district() {
        OrgNodeView city = tenancy.registerBureau(OPERATOR, null, new BureauDraft("霞州市教育局", null));
        OrgNodeView east = tenancy.registerBureau(OPERATOR, city.id(), new BureauDraft("霞州市东区教育局", null));
        OrgNodeView west = tenancy.registerBureau(OPERATOR, city.id(), new BureauDraft("霞州市西区教育局", null));
        Scope eastAdmin = admin(Role.DISTRICT_ADMIN, east.path());

        OrgNodeView school = tenancy.registerSchool(eastAdmin, east.id(), school("霞州市东区实验小学", "3153000002"));

        assertThat(tenancy.children(eastAdmin, east.id())).extracting(OrgNodeView::id).containsExactly(school.id());
        assertThat(tenancy.visible(eastAdmin, city.id()).name())
                .as("the bureaus above them are visible").isEqualTo("霞州市教育局");
        assertThatThrownBy(() -> tenancy.visible(eastAdmin, west.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tenancy.registerSchool(eastAdmin, west.id(), school("霞州市西区小学", "3153000003")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tenancy.registerBureau(eastAdmin, null, new BureauDraft("另一个市", null)))
                .as("only an operator adds a region").isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_school_code_belongs_to_one_school_only() {
        OrgNodeView district = district("岚州市教育局", "岚州市北区教育局");
        tenancy.registerSchool(OPERATOR, district.id(), school("岚州市北区第一小学", "3153000004"));

        assertThatThrownBy(() -> tenancy.registerSchool(OPERATOR, district.id(), school("岚州市北区第二小学", "3153000004")))
                .isInstanceOf(org.educloud.shared.ConflictException.class);
    }

    @Test
    void a_bureau_closes_only_after_its_schools_and_then_takes_no_new_school(Scenario scenario) {
        OrgNodeView district = district("峰州市教育局", "峰州市南区教育局");
        OrgNodeView school = tenancy.registerSchool(OPERATOR, district.id(), school("峰州市南区小学", "3153000005"));

        assertThatThrownBy(() -> tenancy.close(OPERATOR, district.id())).isInstanceOf(RuleViolationException.class);

        scenario.stimulate(() -> tenancy.close(OPERATOR, school.id()))
                .andWaitForEventOfType(OrgNodeClosed.class)
                .toArriveAndVerify(closed -> assertThat(closed.id()).isEqualTo(school.id()));
        assertThat(tenancy.close(OPERATOR, district.id()).isActive()).isFalse();
        assertThatThrownBy(() -> tenancy.registerSchool(OPERATOR, district.id(), school("峰州市南区新小学", "3153000006")))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void figures_count_active_schools_by_locality_and_stage() {
        OrgNodeView district = district("澜州市教育局", "澜州市湖区教育局");
        tenancy.registerSchool(OPERATOR, district.id(), school("澜州市湖区实验小学", "3153000007"));
        tenancy.registerSchool(OPERATOR, district.id(),
                aSchool().named("澜州市湖区山村教学点").coded("3153000008").in(Locality.RURAL).teachingPoint().build());

        OrgFigures figures = tenancy.figures(OPERATOR, district.id());

        assertThat(figures.schools()).isEqualTo(2);
        assertThat(figures.teachingPoints()).isEqualTo(1);
        assertThat(figures.schoolsIn(Locality.URBAN)).isEqualTo(1);
        assertThat(figures.schoolsIn(Locality.RURAL)).isEqualTo(1);
        assertThat(figures.schoolsTeaching(Stage.PRIMARY)).isEqualTo(2);
    }

    private OrgNodeView district(String city, String district) {
        OrgNodeView region = tenancy.registerBureau(OPERATOR, null, new BureauDraft(city, null));
        return tenancy.registerBureau(OPERATOR, region.id(), new BureauDraft(district, null));
    }

    private static SchoolDraft school(String name, String code) {
        return aSchool().named(name).coded(code).build();
    }

    private static Scope admin(Role role, OrgPath path) {
        return new Scope(new UserId(9_000), List.of(new Scope.Grant(role, path)));
    }
}
