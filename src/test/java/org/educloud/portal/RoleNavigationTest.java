package org.educloud.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The navigation follows the work of each role: students and parents get a short menu of their own pages without
 * the org tree or API tokens (and the token pages refuse them), teachers their teaching, admins task groups that
 * open as menus and fold into one "菜单" button on a phone.
 */
@EduCloudTest
class RoleNavigationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TenantFixture fixture;

    @ParameterizedTest(name = "{0} sees neither the org tree nor API tokens")
    @ValueSource(strings = {"student.zhang", "parent.zhang"})
    void studentsAndParentsSeeNeitherTheOrgTreeNorApiTokens(String username) throws Exception {
        Cookie session = logIn(username);
        String home = page("/home", session);
        assertThat(nav(home)).contains("href=\"/learning/assignments\"", "href=\"/library\"", "href=\"/account\"")
                .doesNotContain("href=\"/orgs\"", "navgroup-toggle", "学校管理");
        assertThat(home).doesNotContain("href=\"/account/tokens\"", "href=\"/orgs");
        assertThat(page("/account", session)).doesNotContain("href=\"/account/tokens\"");
        long school = fixture.a().school().id().value();
        mvc.perform(get("/orgs").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/orgs/{id}", school).cookie(session)).andExpect(status().isForbidden());
    }

    @Test
    void aStudentCannotMintAnApiTokenThroughThePageOrTheFacade() throws Exception {
        Cookie session = logIn("student.zhang");
        String tokensPage = page("/account/tokens", session);
        assertThat(tokensPage).contains("id=\"tokens-staff-only\"").doesNotContain("name=\"validDays\"");
        mvc.perform(post("/account/tokens").cookie(session).with(csrf()).param("name", "homework bot"))
                .andExpect(status().isForbidden());
        assertThatThrownBy(() -> tokens.create(fixture.a().person(Role.STUDENT), "x", 1, ApiTokenScope.READ_ONLY))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.create(fixture.a().person(Role.PARENT), "x", 1, ApiTokenScope.READ_ONLY))
                .isInstanceOf(ForbiddenException.class);
        assertThat(tokens.mayHoldTokens(fixture.a().person(Role.TEACHER))).isTrue();
    }

    @Test
    void aTeacherGetsTeachingAndResourcesButNoAdministration() throws Exception {
        String nav = nav(page("/home", logIn("teacher.wang")));
        assertThat(nav).contains("教学", "资源", "href=\"/roster/classes\"", "href=\"/learning/assignments\"",
                "href=\"/library/pushes\"").doesNotContain("学校管理", "href=\"/orgs\"", "href=\"/admin/audit\"");
    }

    @Test
    void anAdminsNavigationIsGroupedByTaskIntoMenusWithAPhoneMenuButton() throws Exception {
        Cookie session = logIn("shiyan.admin");
        String home = page("/home", session);
        assertThat(home).contains("class=\"menu-toggle\"", "aria-controls=\"mainnav\"");
        String nav = nav(home);
        assertThat(nav).contains(">教学<", ">资源<", ">学校管理<", ">均衡监测<", ">系统<")
                .contains("aria-expanded=\"false\"", "href=\"/orgs\"", "href=\"/admin/audit\"", "href=\"/equity\"",
                        "href=\"/library/review\"");
        // every page of the old flat bar is still there, each once
        for (String href : new String[] {"/home", "/orgs", "/roster/classes", "/library", "/learning/assignments",
                "/learning/courses", "/roster/students", "/roster/staff", "/admin/accounts", "/admin/integrations",
                "/admin/records", "/learning/activity", "/equity", "/admin/audit", "/account"}) {
            assertThat(nav.split("href=\"" + href + "\"", -1)).as(href).hasSize(2);
        }
        // the page one is on is marked, and its group too
        String audit = nav(page("/admin/audit", session));
        assertThat(audit).contains("href=\"/admin/audit\" aria-current=\"page\" class=\"active\"");
        assertThat(audit).containsPattern("class=\"navgroup-toggle active\"[^>]*><span>系统</span>");
    }

    @Test
    void theOperatorAlsoFindsTheApiDocumentation() throws Exception {
        assertThat(nav(page("/home", logIn("operator")))).contains("href=\"/swagger-ui.html\"");
        assertThat(nav(page("/home", logIn("city.admin")))).doesNotContain("href=\"/swagger-ui.html\"");
    }

    private Cookie logIn(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password("EduCloud2026"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String page(String path, Cookie session) throws Exception {
        return new String(mvc.perform(get(path).cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static String nav(String page) {
        int start = page.indexOf("<nav class=\"mainnav\"");
        assertThat(start).as("the page has a main navigation").isNotNegative();
        return page.substring(start, page.indexOf("</nav>", start));
    }
}
