package org.educloud.assessment.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The item editor: a toolbar over the HTML fields, a live preview that is what the bank will store (sanitised,
 * formulas left for KaTeX), and pictures uploaded into the caller's school.
 */
@EduCloudTest
class ItemEditorTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFormCarriesTheToolbarAndThePreviewBesideIt() throws Exception {
        String page = mvc.perform(get("/assessment/items/new")
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<template id=\"rich-toolbar\">").contains("data-wrap=\"strong\"")
                .contains("data-formula=\"inline\"").contains("data-image").contains("data-list=\"ol\"")
                .contains("id=\"item-preview\"").contains("hx-post=\"/assessment/items/preview\"")
                .contains("/js/assessment-editor.js").contains("katex");
    }

    @Test
    void thePreviewShowsWhatWillBeStoredScriptsGoneFormulasKeptForKatex() throws Exception {
        String preview = mvc.perform(post("/assessment/items/preview").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER))))
                        .param("type", "SINGLE_CHOICE")
                        .param("stem", "<p onclick=\"steal()\">比较 \\(\\frac{1}{2}\\) 和 <strong>1/3</strong></p>"
                                + "<script>alert(1)</script>")
                        .param("choices[0]", "<em>大于</em>").param("choices[1]", "小于").param("correct", "A")
                        .param("explanation", "通分：第一行 <strong>3/6</strong>\n第二行 2/6"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(preview).contains("\\(\\frac{1}{2}\\)").contains("<strong>1/3</strong>").contains("<em>大于</em>")
                .doesNotContain("script").doesNotContain("onclick")
                // the author's line break survives the tag the toolbar put in
                .contains("<strong>3/6</strong><br>");
    }

    @Test
    void aPreviewWithoutATypeSaysWhatItWaitsFor() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/assessment/items/preview").with(csrf())
                .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))).param("stem", "x"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("item-preview-body");
    }

    @Test
    void aStudentGetsNoPreviewAndCannotUploadPictures() throws Exception {
        assertThat(mvc.perform(post("/assessment/items/preview").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.STUDENT))))
                        .param("type", "SINGLE_CHOICE").param("stem", "x"))
                .andReturn().getResponse().getStatus()).isBetween(400, 499);
        assertThat(mvc.perform(multipart("/assessment/media").file(png()).with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void anUploadedPictureIsStoredForTheSchoolAndItsAddressComesBack() throws Exception {
        long before = count();
        MockHttpServletResponse response = mvc.perform(multipart("/assessment/media").file(png()).with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String src = response.getContentAsString().replaceAll(".*\"src\":\"([^\"]+)\".*", "$1");
        assertThat(src).matches("/assessment/media/\\d+");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(mvc.perform(get(src).with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andReturn().getResponse().getContentType()).isEqualTo("image/png");
        assertThat(mvc.perform(get(src).with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void somethingThatIsNoPictureIsRefusedAndNothingIsStored() throws Exception {
        long before = count();
        MockHttpServletResponse response = mvc.perform(multipart("/assessment/media")
                        .file(new MockMultipartFile("file", "notes.png", "image/png",
                                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isBetween(400, 499);
        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM assessment.item_media").query(Long.class).single();
    }

    private static MockMultipartFile png() throws Exception {
        return new MockMultipartFile("file", "bars.png", "image/png",
                Files.readAllBytes(Path.of("src/test/resources/assessment/qti/v21-more/images/bars.png")));
    }
}
