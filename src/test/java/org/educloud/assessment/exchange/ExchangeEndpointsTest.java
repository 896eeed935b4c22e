package org.educloud.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The import page and API, and the exports, as a teacher uses them. */
@EduCloudTest
class ExchangeEndpointsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Curriculum curriculum;

    private UserId teacher() {
        return fixture.a().person(Role.TEACHER);
    }

    private KnowledgePointView kp() {
        return curriculum.knowledgePoints(identity.scopeOf(teacher()), Subject.MATHEMATICS, Stage.PRIMARY).getFirst();
    }

    private MockHttpServletResponse apiImport(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/assessment/items/import")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("difficulty", "2")
                        .param("sharing", "PRIVATE").param("knowledgePoints", String.valueOf(kp().id()))
                        .with(authentication(fixture.asTokenHolder(teacher()))))
                .andReturn().getResponse();
    }

    @Test
    void theApiImportsAPackageAndAnswersWithTheNewIds() throws Exception {
        Path zip = QtiPackages.zip("assessment/qti/v21");
        MockHttpServletResponse response = apiImport("fractions.zip", Files.readAllBytes(zip));
        Files.deleteIfExists(zip);

        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).contains("\"imported\":7");
    }

    @Test
    void theApiAnswersProblemDetailsWithEveryProblem() throws Exception {
        MockHttpServletResponse response = apiImport("bad.csv", Files.readAllBytes(
                Path.of("src/test/resources/assessment/template/bad-items.csv")));

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentType()).contains("application/problem+json");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("\"problems\"").contains("\"row\":7").contains("\"where\":\"知识点\"");
    }

    @Test
    void itemsAndQuizzesExportAsZips() throws Exception {
        long item = fixture.a().assessed().itemId();
        MockHttpServletResponse items = mvc.perform(get("/api/v1/assessment/items/export").param("ids",
                String.valueOf(item)).with(authentication(fixture.asTokenHolder(teacher())))).andReturn().getResponse();
        assertThat(items.getStatus()).isEqualTo(200);
        assertThat(items.getContentType()).isEqualTo("application/zip");
        assertThat(items.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');

        MockHttpServletResponse quiz = mvc.perform(get("/api/v1/assessment/quizzes/" + fixture.a().assessed().quizId()
                + "/export").with(authentication(fixture.asTokenHolder(teacher())))).andReturn().getResponse();
        assertThat(quiz.getStatus()).isEqualTo(200);
    }

    @Test
    void thePageShowsTheCountImportedOrTheProblems() throws Exception {
        MockHttpServletResponse form = mvc.perform(get("/assessment/items/import")
                .with(authentication(fixture.as(teacher())))).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("template.xlsx");

        MockHttpServletResponse done = mvc.perform(multipart("/assessment/items/import")
                        .file(new MockMultipartFile("file", "items.csv", "text/csv", Files.readAllBytes(
                                Path.of("src/test/resources/assessment/template/items.csv"))))
                        .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("difficulty", "2")
                        .param("sharing", "PRIVATE").param("knowledgePoints", kp().code())
                        .with(authentication(fixture.as(teacher()))).with(csrf()))
                .andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(200);
        assertThat(done.getContentAsString()).contains("已导入 9 道题");

        MockHttpServletResponse rejected = mvc.perform(multipart("/assessment/items/import")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", Files.readAllBytes(
                                Path.of("src/test/resources/assessment/template/bad-items.csv"))))
                        .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("difficulty", "2")
                        .param("sharing", "PRIVATE").param("knowledgePoints", kp().name())
                        .with(authentication(fixture.as(teacher()))).with(csrf()))
                .andReturn().getResponse();
        assertThat(rejected.getContentAsString()).contains("没有导入任何题目").contains("第 7 行 知识点");
    }

    @Test
    void theTemplateDownloadsAsAWorkbook() throws Exception {
        MockHttpServletResponse xlsx = mvc.perform(get("/assessment/items/template.xlsx")
                .with(authentication(fixture.as(teacher())))).andReturn().getResponse();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getContentAsByteArray()).startsWith((byte) 'P', (byte) 'K');

        MockHttpServletResponse imported = apiImport("题目导入模板.xlsx", xlsx.getContentAsByteArray());
        assertThat(imported.getStatus()).isEqualTo(201);
        assertThat(imported.getContentAsString()).contains("\"imported\":" + TemplateSamples.rows().size());
    }
}
