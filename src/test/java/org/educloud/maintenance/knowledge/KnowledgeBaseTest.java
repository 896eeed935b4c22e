package org.educloud.maintenance.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.maintenance.ArticleKind;
import org.educloud.maintenance.KnowledgeBase;
import org.educloud.maintenance.MaintenanceFixture;
import org.educloud.maintenance.NewArticle;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The knowledge base of fixes: who writes and reads them, the sanitised steps, and the Chinese search. */
@EduCloudTest
class KnowledgeBaseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    MaintenanceFixture maintenance;
    @Autowired
    KnowledgeBase knowledge;
    @Autowired
    Articles articles;
    @Autowired
    IdentityManagement identity;

    private Scope scopeOf(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    @Test
    void aSearchFindsAnArticleByAWordInsideALongerPhrase() {
        TenantFixture.Side a = fixture.a();
        long id = knowledge.publish(scopeOf(Role.OPERATIONS_STAFF), a.district().id(), new NewArticle(ArticleKind.DEVICE,
                "多媒体讲台中控面板无响应", "班班通中控面板按键全部失灵，投影机无法开启",
                "<p>断电重启中控主机</p>", List.of("中控")));
        // 按键 sits inside 面板按键全部失灵, which the word segmenter reads otherwise
        assertThat(articles.search(scopeOf(Role.TEACHER), "按键", null, 0, 20).items())
                .extracting(ArticleView::id).contains(id);
        assertThat(articles.search(scopeOf(Role.TEACHER), "中控 投影机", null, 0, 20).items())
                .extracting(ArticleView::id).contains(id);
        assertThat(articles.search(scopeOf(Role.TEACHER), "打印机卡纸", null, 0, 20).items())
                .extracting(ArticleView::id).doesNotContain(id);
        assertThat(articles.search(scopeOf(Role.TEACHER), "按键", ArticleKind.NETWORK, 0, 20).items())
                .extracting(ArticleView::id).doesNotContain(id);
    }

    @Test
    void theFixIsSanitisedWhenItIsStored() {
        TenantFixture.Side a = fixture.a();
        long id = knowledge.publish(scopeOf(Role.DISTRICT_ADMIN), a.district().id(), new NewArticle(ArticleKind.PLATFORM,
                "脚本测试", "页面空白", "<p onclick=\"steal()\">刷新</p><script>alert(1)</script>", List.of()));
        String fix = articles.find(scopeOf(Role.TEACHER), id).fixHtml();
        assertThat(fix).contains("刷新").doesNotContain("script", "onclick");
    }

    @Test
    void theDistrictsSchoolsAndVendorsReadButOnlyOperationsStaffAndBureauAdminsWrite() throws Exception {
        TenantFixture.Side a = fixture.a();
        long id = maintenance.of(a).articleId();
        for (Role reader : List.of(Role.SCHOOL_ADMIN, Role.TEACHER, Role.VENDOR, Role.OPERATIONS_STAFF)) {
            mvc.perform(get("/maintenance/knowledge/" + id).with(authentication(fixture.as(a.person(reader)))))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/maintenance/knowledge/" + id).with(authentication(fixture.as(a.person(Role.STUDENT)))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/maintenance/knowledge/" + id + "/edit")
                .with(authentication(fixture.as(a.person(Role.TEACHER))))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> knowledge.publish(scopeOf(Role.SCHOOL_ADMIN), a.district().id(),
                new NewArticle(ArticleKind.NETWORK, "t", "s", "f", List.of()))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherDistrictsArticleDoesNotExistForTheCaller() throws Exception {
        long id = maintenance.of(fixture.b()).articleId();
        mvc.perform(get("/maintenance/knowledge/" + id)
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)))))
                .andExpect(status().isNotFound());
        assertThat(articles.search(scopeOf(Role.DISTRICT_ADMIN), null, null, 0, 100).items())
                .extracting(ArticleView::id).doesNotContain(id);
    }

    @Test
    void anArticleNeedsATitleASymptomAndAFix() throws Exception {
        TenantFixture.Side a = fixture.a();
        assertThatThrownBy(() -> knowledge.publish(scopeOf(Role.OPERATIONS_STAFF), a.district().id(),
                new NewArticle(ArticleKind.NETWORK, " ", "s", "f", List.of())))
                .isInstanceOf(FieldRuleViolationException.class);
        String page = mvc.perform(post("/maintenance/knowledge").with(authentication(fixture.as(a.person(Role.OPERATIONS_STAFF))))
                        .with(csrf()).param("kind", "NETWORK").param("title", "断网").param("symptom", "无法上网")
                        .param("fix", "<script></script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("fix-error");
    }

    @Test
    void theSearchPageListsWhatItFinds() throws Exception {
        TenantFixture.Side a = fixture.a();
        long id = maintenance.of(a).articleId();
        String page = mvc.perform(get("/maintenance/knowledge").param("q", "交换机")
                        .with(authentication(fixture.as(a.person(Role.VENDOR)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/maintenance/knowledge/" + id);
    }
}
