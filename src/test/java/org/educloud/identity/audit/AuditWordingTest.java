package org.educloud.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The audit log speaks the reader's language: event names, outcomes and details in words, not in keys. */
@EduCloudTest
class AuditWordingTest {

    @Autowired
    AuditWording wording;
    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;

    @Test
    void detailsArePhrasedAndTheirEnumWordsAndOrgPathsNamed() {
        Map<OrgId, String> places = Map.of(OrgId.of(7), "临江区教育局");
        assertThat(wording.detail("5 created, 2 updated", places, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("新建 5 条，更新 2 条");
        assertThat(wording.detail("SUBMITTED → PUBLISHED: 写得好", places, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("待学校审核 → 已发布: 写得好");
        assertThat(wording.detail("TEACHER@/1/7/", places, Locale.SIMPLIFIED_CHINESE)).isEqualTo("教师@临江区教育局");
        assertThat(wording.detail("READ_ONLY", places, Locale.ENGLISH)).startsWith("Read only");
        assertThat(wording.detail("password.changed: 2", places, Locale.SIMPLIFIED_CHINESE)).isEqualTo("修改密码: 2");
        assertThat(wording.detail("120 users, full identifiers", places, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("120 个用户，含完整证件号");
        assertThat(wording.detail("2026-2027 XLSX", places, Locale.SIMPLIFIED_CHINESE)).isEqualTo("2026-2027 XLSX");
        assertThat(wording.event("roster.import.students", Locale.ENGLISH)).isEqualTo("Students imported");
        assertThat(wording.event("some.future.event", Locale.ENGLISH)).isEqualTo("some.future.event");
    }

    @Test
    void theAuditPageShowsEventsAndOutcomesInChineseAndKeepsTheOriginalAsATooltip() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)));
        String zh = page(mvc, get("/admin/audit").param("action", "account.created").param("lang", "zh_CN")
                .with(admin));
        assertThat(zh).contains(">创建账号<", ">成功<", "title=\"account.created\"", "title=\"SUCCESS\"")
                .doesNotContain(">SUCCESS<", "<code>account.created</code>");
        assertThat(zh).containsPattern(">(教师|学校管理员|学生|家长)@甲区第一小学<");
        String en = page(mvc, get("/admin/audit").param("action", "account.created").param("lang", "en")
                .with(admin));
        assertThat(en).contains(">Account created<", ">Succeeded<");
    }

    static String page(MockMvc mvc, org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return new String(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
