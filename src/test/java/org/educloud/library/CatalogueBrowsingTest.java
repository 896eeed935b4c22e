package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Browsing the library like a textbook (issue 26 item 11), on the demo library: edition → volume → unit → lesson →
 * resources, and knowledge point → resources, each within the reader's reach.
 */
@EduCloudTest
class CatalogueBrowsingTest {

    private static final String SCHOOL_COURSEWARE = "分数的初步认识——几分之一（课件）";
    private static final String DISTRICT_PLAN = "几分之几 教学设计";
    private static final String PUBLIC_WORKSHEET = "Fractions worksheet: halves, thirds and quarters 分数双语练习";
    private static final String RURAL_SCHOOL_EXERCISE = "同分母分数加减法 口算练习";

    @Autowired
    ResourceLibrary library;
    @Autowired
    Curriculum curriculum;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private UserId account(String username) {
        return new UserId(jdbc.sql("SELECT id FROM identity.account WHERE username = ?").param(username)
                .query(Long.class).single());
    }

    private Scope as(String username) {
        return identity.scopeOf(account(username));
    }

    private long node(String pathEnd) {
        return curriculum.textbooks(null, Subject.MATHEMATICS, Stage.PRIMARY).stream()
                .filter(n -> n.path().endsWith(pathEnd)).findFirst().orElseThrow().id();
    }

    private long point(String code) {
        return curriculum.knowledgePoints(null, Subject.MATHEMATICS, Stage.PRIMARY).stream()
                .filter(k -> k.code().equals(code)).findFirst().orElseThrow().id();
    }

    private List<String> onShelf(Scope scope, CatalogueShelf.Level level, long id) {
        return library.onShelf(scope, new CatalogueShelf(level, Subject.MATHEMATICS, Stage.PRIMARY, id), 0, 50)
                .items().stream().map(ResourceView::title).toList();
    }

    @Test
    void aUnitHoldsTheResourcesOfItsLessonsThatTheReaderMaySee() {
        long unit = node("三年级上册 › 8 分数的初步认识");
        assertThat(onShelf(as("teacher.wang"), CatalogueShelf.Level.TEXTBOOK, unit))
                .contains(SCHOOL_COURSEWARE, DISTRICT_PLAN, PUBLIC_WORKSHEET).doesNotContain(RURAL_SCHOOL_EXERCISE);
        assertThat(onShelf(as("teacher.li"), CatalogueShelf.Level.TEXTBOOK, unit))
                .contains(RURAL_SCHOOL_EXERCISE, PUBLIC_WORKSHEET).doesNotContain(SCHOOL_COURSEWARE, DISTRICT_PLAN);
        assertThat(onShelf(null, CatalogueShelf.Level.TEXTBOOK, unit)).as("the public")
                .contains(PUBLIC_WORKSHEET).doesNotContain(SCHOOL_COURSEWARE, DISTRICT_PLAN, RURAL_SCHOOL_EXERCISE);
    }

    @Test
    void eachShelfCountsWhatItAndEverythingBelowItHolds() {
        Scope wang = as("teacher.wang");
        var counts = library.shelfCounts(wang, Subject.MATHEMATICS, Stage.PRIMARY, CatalogueShelf.Level.TEXTBOOK);
        long volume = node("人教版 › 三年级上册");
        long unit = node("三年级上册 › 8 分数的初步认识");
        long lesson = node("三年级上册 › 8 分数的初步认识 › 几分之一");
        assertThat(counts.get(lesson)).isPositive();
        assertThat(counts.get(unit)).isGreaterThan(counts.get(lesson))
                .isEqualTo(onShelf(wang, CatalogueShelf.Level.TEXTBOOK, unit).size());
        assertThat(counts.get(volume)).isGreaterThan(counts.get(unit));
    }

    @Test
    void aKnowledgePointLeadsToTheResourcesTaggedWithItOrAPointBelowIt() {
        Scope wang = as("teacher.wang");
        assertThat(onShelf(wang, CatalogueShelf.Level.KNOWLEDGE_POINT, point("MA-P-FRA-UNIT")))
                .contains(SCHOOL_COURSEWARE, PUBLIC_WORKSHEET).doesNotContain(DISTRICT_PLAN);
        assertThat(onShelf(wang, CatalogueShelf.Level.KNOWLEDGE_POINT, point("MA-P-FRA")))
                .contains(SCHOOL_COURSEWARE, PUBLIC_WORKSHEET, DISTRICT_PLAN);
    }

    @Test
    void aBureausOwnNodeIsNotFoundOutsideItsArea() {
        Scope linjiang = as("linjiang.admin");
        long own = curriculum.addTextbookNode(linjiang, Subject.MATHEMATICS, Stage.PRIMARY,
                node("三年级上册 › 8 分数的初步认识"), "临江区校本：生活中的分数", null);
        assertThat(onShelf(as("teacher.wang"), CatalogueShelf.Level.TEXTBOOK, own)).isEmpty();
        assertThatThrownBy(() -> onShelf(as("teacher.li"), CatalogueShelf.Level.TEXTBOOK, own))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> onShelf(null, CatalogueShelf.Level.TEXTBOOK, own))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCataloguePageLinksVolumesToUnitsToLessonsToResources() throws Exception {
        var wang = authentication(fixture.as(account("teacher.wang")));
        long volume = node("人教版 › 三年级上册");
        long unit = node("三年级上册 › 8 分数的初步认识");
        mvc.perform(get("/library/curriculum").with(wang)).andExpect(status().isOk())
                .andExpect(content().string(containsString("node=" + volume)))
                .andExpect(content().string(not(containsString("node=" + unit + "\""))));
        mvc.perform(get("/library/curriculum").param("node", String.valueOf(volume)).with(wang))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 分数的初步认识")))
                .andExpect(content().string(containsString("node=" + unit)));
        mvc.perform(get("/library/curriculum").param("node", String.valueOf(unit)).with(wang))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(SCHOOL_COURSEWARE)))
                .andExpect(content().string(containsString("/library/resources/")))
                .andExpect(content().string(not(containsString(RURAL_SCHOOL_EXERCISE))));
        mvc.perform(get("/library/curriculum").param("point", String.valueOf(point("MA-P-FRA-PARTS"))).with(wang))
                .andExpect(status().isOk()).andExpect(content().string(containsString(DISTRICT_PLAN)));
    }

    @Test
    void thePublicPortalBrowsesTheInstallationsCatalogueToPublicResourcesOnly() throws Exception {
        long unit = node("三年级上册 › 8 分数的初步认识");
        mvc.perform(get("/open/curriculum").param("node", String.valueOf(unit))).andExpect(status().isOk())
                .andExpect(content().string(containsString(PUBLIC_WORKSHEET)))
                .andExpect(content().string(containsString("/open/resources/")))
                .andExpect(content().string(not(containsString(SCHOOL_COURSEWARE))))
                .andExpect(content().string(not(containsString(DISTRICT_PLAN))));
        mvc.perform(get("/open/curriculum").param("subject", "ENGLISH")).andExpect(status().isOk())
                .andExpect(content().string(containsString("人教版（PEP）")));
        mvc.perform(get("/open/curriculum").param("node", "999999999")).andExpect(status().isNotFound());
    }

    @Test
    void thePublicShelfNamesTheOwningSchoolButNeverTheAuthorToVisitorsSignedOut() throws Exception {
        long unit = node("三年级上册 › 8 分数的初步认识");
        String author = jdbc.sql("SELECT author_name FROM library.resource WHERE title = ?")
                .param(PUBLIC_WORKSHEET).query(String.class).list().getFirst();
        String shelf = org.jsoup.Jsoup.parse(mvc.perform(get("/open/curriculum").param("node", String.valueOf(unit)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("#shelf").text();
        assertThat(shelf).contains(PUBLIC_WORKSHEET).doesNotContain(author);
        String signedIn = org.jsoup.Jsoup.parse(mvc.perform(get("/library/curriculum")
                        .param("node", String.valueOf(unit)).with(authentication(fixture.as(fixture.regionAdmin()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).select("#shelf").text();
        assertThat(signedIn).as("signed in, the shelf still names the author").contains(author);
    }

    @Test
    void aResourcesPageLinksBackToItsLessonAndKnowledgePoints() throws Exception {
        long worksheet = jdbc.sql("SELECT id FROM library.resource WHERE title = ?").param(PUBLIC_WORKSHEET)
                .query(Long.class).single();
        long lesson = node("三年级上册 › 8 分数的初步认识 › 几分之一");
        mvc.perform(get("/open/resources/" + worksheet)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/open/curriculum?subject=MATHEMATICS&amp;stage=PRIMARY&amp;node="
                        + lesson)))
                .andExpect(content().string(containsString("point=" + point("MA-P-FRA-UNIT"))));
        mvc.perform(get("/library/resources/" + worksheet).with(authentication(fixture.as(account("teacher.li")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/library/curriculum?subject=MATHEMATICS&amp;stage=PRIMARY&amp;node="
                        + lesson)));
    }

    @Test
    void theBrowsingPagesAreTranslated() throws Exception {
        var wang = authentication(fixture.as(account("teacher.wang")));
        long unit = node("三年级上册 › 8 分数的初步认识");
        for (String lang : List.of("zh_CN", "en")) {
            Cookie language = new Cookie("educloud-lang", lang);
            mvc.perform(get("/open/curriculum").param("node", String.valueOf(unit)).cookie(language))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("??"))));
            mvc.perform(get("/library/curriculum").param("node", String.valueOf(unit)).with(wang).cookie(language))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("??"))));
        }
    }

    @Test
    void aRefusedCatalogueImportNamesThePlaceOfEachProblemOnThePage() throws Exception {
        var districtAdmin = fixture.as(fixture.a().person(org.educloud.shared.Role.DISTRICT_ADMIN));
        String json = "{\"subject\": \"MATHEMATICS\", \"stage\": \"JUNIOR\", \"knowledgePoints\": "
                + "[{\"code\": \"bad code\", \"name\": \"x\"}]}";
        mvc.perform(multipart("/library/curriculum/import")
                        .file(new MockMultipartFile("file", "catalogue.json", "application/json",
                                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(authentication(districtAdmin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>knowledgePoints[0].code</code>")));
        mvc.perform(multipart("/library/curriculum/import")
                        .file(new MockMultipartFile("file", "points.csv", "text/csv",
                                "编码,名称,上级编码\nSJ-1,数一数,SJ-9\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .param("subject", "MATHEMATICS").param("stage", "PRIMARY")
                        .with(authentication(districtAdmin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<code>2</code>")));
    }
}
