package org.educloud.portal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Every page renders for the people who use it, in both languages, with no untranslated key left showing. */
@EduCloudTest
class PagesRenderTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    ApiTokens tokens;

    @ParameterizedTest(name = "pages render in {0}")
    @ValueSource(strings = {"zh_CN", "en"})
    void everyPageRendersForADistrictAdmin(String lang) throws Exception {
        var admin = fixture.a().person(Role.DISTRICT_ADMIN);
        tokens.create(admin, "render check", 7, ApiTokenScope.READ_WRITE);
        var as = authentication(fixture.as(admin));
        Cookie language = new Cookie("educloud-lang", lang);
        String district = fixture.a().district().id().toString();
        String school = fixture.a().school().id().toString();
        String teacher = fixture.a().person(Role.TEACHER).toString();
        for (String page : new String[] {"/", "/activate", "/home", "/orgs", "/orgs/" + district,
                "/orgs/" + school, "/orgs/new?parent=" + district, "/orgs/" + school + "/edit", "/admin/accounts",
                "/admin/accounts/new", "/admin/accounts/" + teacher, "/admin/audit", "/admin/integrations", "/account", "/account/tokens",
                "/account/password", "/roster/classes", "/roster/classes/" + fixture.a().classId(), "/roster/students",
                "/roster/students/" + fixture.a().studentId(), "/roster/students/new?school=" + school, "/roster/staff",
                "/roster/schools/" + school, "/roster/classes/new?school=" + school, "/roster/staff/new?school=" + school,
                "/roster/imports/oneroster?org=" + district, "/roster/imports/students?school=" + school, "/roster/imports/staff?school=" + school, "/roster/imports/classes?school=" + school, "/roster/imports/guardians?school=" + school, "/roster/imports/enrolments?school=" + school,
                "/roster/schools/" + school + "/promotion", "/roster/students/" + fixture.a().studentId() + "/edit",
                "/roster/staff/" + fixture.a().staffId(), "/roster/staff/" + fixture.a().staffId() + "/edit",
                "/equity/balance?district=" + district, "/equity/balance?district=" + district + "&stage=JUNIOR",
                "/equity/surveys?org=" + district, "/equity/surveys/" + school,
                "/equity/schools/" + school + "/balance", "/equity/digital", "/equity/digital?org=" + district,
                "/equity/surveys/import?org=" + district, "/equity/balance/trend?district=" + district,
                "/equity/schools/" + school + "/classes",
                "/equity/exports/" + fixture.a().reportExportId(), "/roster/imports/" + fixture.a().importRunId()}) {
            try {
                mvc.perform(get(page).with(as).cookie(language))
                        .andExpect(status().isOk())
                        .andExpect(content().string(not(containsString("??"))));
            } catch (AssertionError e) {
                throw new AssertionError(page + ": " + e.getMessage(), e);
            }
        }
    }
}
