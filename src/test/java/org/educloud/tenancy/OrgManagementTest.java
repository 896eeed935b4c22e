package org.educloud.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class OrgManagementTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    TenancyManagement tenancy;

    private Authentication districtAdminA() {
        return fixture.as(fixture.a().person(Role.DISTRICT_ADMIN));
    }

    @Test
    void aDistrictAdminRegistersASchoolThroughTheForm() throws Exception {
        mvc.perform(post("/orgs/new").param("parent", fixture.a().district().id().toString())
                        .param("kind", "SCHOOL").param("name", "甲区新建小学").param("schoolCode", "3900000101")
                        .param("stages", "PRIMARY").param("stages", "JUNIOR").param("locality", "TOWN")
                        .with(authentication(districtAdminA())).with(csrf()))
                .andExpect(redirectedUrlPattern("/orgs/*"));
        OrgNodeView school = tenancy.search(Scope.installation(), new OrgQuery("3900000101", null, null, null, null), 0, 1)
                .items().getFirst();
        assertThat(school.stages()).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR);
        assertThat(school.locality()).isEqualTo(Locality.TOWN);
        assertThat(school.path().value()).startsWith(fixture.a().district().path().value());
    }

    @Test
    void anInvalidSchoolCodeIsExplainedBesideTheFieldInTheReadersLanguage() throws Exception {
        mvc.perform(post("/orgs/new").param("parent", fixture.a().district().id().toString())
                        .param("kind", "SCHOOL").param("name", "格式错误小学").param("schoolCode", "12345")
                        .param("stages", "PRIMARY").param("locality", "URBAN")
                        .with(authentication(districtAdminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("学校标识码应为 10 位数字")));
        mvc.perform(post("/orgs/new").param("parent", fixture.a().district().id().toString())
                        .param("kind", "SCHOOL").param("name", "Bad code school").param("schoolCode", "12345")
                        .param("locality", "URBAN").cookie(new Cookie("educloud-lang", "en"))
                        .with(authentication(districtAdminA())).with(csrf()))
                .andExpect(content().string(containsString("A school code has exactly 10 digits")))
                .andExpect(content().string(containsString("Choose at least one stage")));
        assertThat(tenancy.search(Scope.installation(), new OrgQuery("12345", null, null, null, null), 0, 1).total())
                .isZero();
    }

    @Test
    void aDuplicateSchoolCodeIsRefusedAndNothingIsSaved() throws Exception {
        long before = tenancy.search(Scope.installation(), OrgQuery.schools(), 0, 1).total();
        mvc.perform(post("/orgs/new").param("parent", fixture.a().district().id().toString())
                        .param("kind", "SCHOOL").param("name", "重复代码小学").param("schoolCode", "2136010101")
                        .param("stages", "PRIMARY").param("locality", "URBAN")
                        .with(authentication(districtAdminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2136010101 已被其他学校使用")));
        assertThat(tenancy.search(Scope.installation(), OrgQuery.schools(), 0, 1).total()).isEqualTo(before);
    }

    @Test
    void closingKeepsTheSchoolAndABureauClosesOnlyAfterItsSchools() throws Exception {
        Scope districtAdmin = Scope.installation();
        OrgNodeView district = tenancy.registerBureau(districtAdmin, fixture.region().id(),
                new org.educloud.tenancy.BureauDraft("待撤销区教育局", null));
        OrgNodeView school = tenancy.registerSchool(districtAdmin, district.id(), new SchoolDraft("待撤销小学",
                "3900000199", java.util.Set.of(Stage.PRIMARY), Locality.RURAL, true, null, null, null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tenancy.close(districtAdmin, district.id()))
                .isInstanceOf(org.educloud.shared.RuleViolationException.class);
        tenancy.close(districtAdmin, school.id());
        assertThat(tenancy.find(school.id()).orElseThrow().status()).isEqualTo(OrgStatus.CLOSED);
        assertThat(tenancy.close(districtAdmin, district.id()).status()).isEqualTo(OrgStatus.CLOSED);
    }

    @Test
    void aSchoolAdminSeesTheirSchoolButCannotEditIt() throws Exception {
        Authentication schoolAdmin = fixture.as(fixture.a().person(Role.SCHOOL_ADMIN));
        mvc.perform(get("/orgs/{id}", fixture.a().school().id().value()).with(authentication(schoolAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲区第一小学")));
        mvc.perform(get("/orgs/{id}/edit", fixture.a().school().id().value()).with(authentication(schoolAdmin)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theOrgListFiltersByLocalityWithHtmx() throws Exception {
        mvc.perform(get("/orgs").param("locality", "RURAL").header("HX-Request", "true")
                        .with(authentication(fixture.as(fixture.regionAdmin()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("乙县第一小学")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("甲区第一小学"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }
}
