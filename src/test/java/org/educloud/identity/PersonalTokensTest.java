package org.educloud.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Personal API tokens are narrowed to reading when their owner wants, and end when the owner's password does. */
@EduCloudTest
class PersonalTokensTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    ApiTokens tokens;

    @Autowired
    IdentityManagement identity;

    private UserId teacher(String username) {
        return identity.create(Scope.installation(), new NewAccount(username, username, null, null, Role.TEACHER,
                fixture.a().school().id().value(), TenantFixture.PASSWORD), false).account().id();
    }

    @Test
    void aReadOnlyTokenReadsButEveryChangeIsA403ProblemSayingWhy() throws Exception {
        UserId owner = fixture.a().person(Role.DISTRICT_ADMIN);
        String reader = "Bearer " + tokens.create(owner, "nightly report", 30, ApiTokenScope.READ_ONLY);
        String writer = "Bearer " + tokens.create(owner, "sync job", 30, ApiTokenScope.READ_WRITE);

        mvc.perform(get("/api/v1/me").header("Authorization", reader)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/accounts").header("Authorization", reader)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://educloud.org/problems/forbidden"))
                .andExpect(jsonPath("$.detail").value(containsString("只读")));
        mvc.perform(delete("/api/v1/me").header("Authorization", reader).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("read-only")));
        // the same change with a read-write token reaches the API (and is judged on its content)
        mvc.perform(post("/api/v1/accounts").header("Authorization", writer)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().is4xxClientError())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("只读"))));
    }

    @Test
    void theScopeIsChosenOnTheTokensPageReadOnlyUnlessAskedAndShownInTheList() throws Exception {
        UserId owner = teacher("token.chooser");
        var as = authentication(fixture.as(owner));
        mvc.perform(post("/account/tokens").with(as).with(csrf()).param("name", "grades export").param("validDays", "30"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/tokens").with(as).with(csrf()).param("name", "homework sync")
                        .param("scope", "READ_WRITE"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/tokens").with(as).with(csrf()).param("name", "sneaky").param("scope", "ADMIN"))
                .andExpect(status().is4xxClientError());

        assertThat(tokens.of(owner)).extracting(ApiTokenView::name, ApiTokenView::scope).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("grades export", ApiTokenScope.READ_ONLY),
                org.assertj.core.groups.Tuple.tuple("homework sync", ApiTokenScope.READ_WRITE));
        mvc.perform(get("/account/tokens").with(as))
                .andExpect(content().string(containsString("只读（只能查询）")))
                .andExpect(content().string(containsString("读写（可以修改数据）")));
    }

    @Test
    void changingOnesOwnPasswordRevokesEveryTokenOfOnes() throws Exception {
        UserId owner = teacher("token.owner.change");
        String one = "Bearer " + tokens.create(owner, "one", null, ApiTokenScope.READ_WRITE);
        tokens.create(owner, "two", 30, ApiTokenScope.READ_ONLY);
        UserId colleague = teacher("token.colleague");
        String others = "Bearer " + tokens.create(colleague, "not theirs", null, ApiTokenScope.READ_ONLY);
        mvc.perform(get("/api/v1/me").header("Authorization", one)).andExpect(status().isOk());

        assertThat(identity.changePassword(owner, TenantFixture.PASSWORD, "Changed2026pw")).isEmpty();

        assertThat(tokens.of(owner)).hasSize(2).allSatisfy(t -> assertThat(t.revoked()).isTrue());
        mvc.perform(get("/api/v1/me").header("Authorization", one)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", others)).andExpect(status().isOk());
    }

    @Test
    void aWrongCurrentPasswordOrARefusedNewOneLeavesTheTokensAlone() {
        UserId owner = teacher("token.owner.failed");
        tokens.create(owner, "kept", null, ApiTokenScope.READ_WRITE);
        assertThat(identity.changePassword(owner, "Wrong2026pw", "Changed2026pw")).isNotEmpty();
        assertThat(identity.changePassword(owner, TenantFixture.PASSWORD, "a1111111")).isNotEmpty();
        assertThat(tokens.of(owner)).singleElement().satisfies(t -> assertThat(t.usable()).isTrue());
    }

    @Test
    void anAdminsResetAndTheActivationThatFollowsEachEndTheTokens() throws Exception {
        UserId owner = teacher("token.owner.reset");
        String before = "Bearer " + tokens.create(owner, "before the reset", null, ApiTokenScope.READ_WRITE);

        String code = identity.issueActivationCode(Scope.installation(), owner);
        assertThat(tokens.of(owner)).singleElement().satisfies(t -> assertThat(t.revoked()).isTrue());

        // a token made while the account waits for activation ends with the activation too
        tokens.create(owner, "while waiting", null, ApiTokenScope.READ_ONLY);
        assertThat(identity.activate("token.owner.reset", code, "Activated2026pw")).isEmpty();
        List<ApiTokenView> after = tokens.of(owner);
        assertThat(after).hasSize(2).allSatisfy(t -> assertThat(t.revoked()).isTrue());
        mvc.perform(get("/api/v1/me").header("Authorization", before)).andExpect(status().isUnauthorized());
    }
}
