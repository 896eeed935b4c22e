package org.educloud.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import org.educloud.library.ResourceQuery;
import org.educloud.library.SearchResults;
import org.educloud.library.Sharing;
import org.educloud.library.resources.ResourceQueries;
import org.educloud.library.storage.LibraryProperties;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The library's search on the embedded Lucene index (the default engine), and what only that engine does. */
@EduCloudTest
class SearchTest extends LibrarySearchContract {

    @Autowired
    SearchIndex index;
    @Autowired
    ResourceSearch search;
    @Autowired
    MockMvc mvc;

    @Override
    ResourceSearch search() {
        return search;
    }

    @Override
    void drain() {
        index.drain();
    }

    @Test
    void theLibraryPageAndTheApiSearch() throws Exception {
        published("页面检索 分数墙", "", "", Sharing.SCHOOL);
        var as = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        var api = authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)));
        mvc.perform(get("/library").param("text", "分数墙").with(as)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<mark>")));
        mvc.perform(get("/api/v1/resources").param("text", "分数墙").with(api)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("页面检索")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"estimated\":false")));
        mvc.perform(get("/api/v1/resources/mine").with(api)).andExpect(status().isOk());
    }

    @Test
    void theApiAndThePageAnswerAPrefixOrFuzzySearchAndRefuseOneTooLongWithAReason() throws Exception {
        published("接口通配 分数墙", "", "", Sharing.SCHOOL);
        var as = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        var api = authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)));
        mvc.perform(get("/api/v1/resources").param("text", "分数*").with(api)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("接口通配")));
        mvc.perform(get("/api/v1/resources").param("text", "fraction~1").with(api)).andExpect(status().isOk());
        mvc.perform(get("/library").param("text", "分数*").with(as)).andExpect(status().isOk());

        String pasted = "学生通过折纸活动认识分数的意义并比较分数大小，".repeat(200);
        mvc.perform(get("/api/v1/resources").param("text", pasted).with(api))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("搜索内容太长或太复杂")));
        mvc.perform(get("/library").param("text", pasted).with(as)).andExpect(status().isUnprocessableContent());
    }

    @Test
    void pastTheLimitOfExactCountsTheFacetsAreEstimatedWhileTheHitsAndThePageStayExact(
            @Autowired EntityManagerFactory entityManagerFactory, @Autowired ResourceQueries queries,
            @Autowired LibraryProperties properties) {
        for (int i = 0; i < 12; i++) {
            published("抽样估算 " + i, "", "", Sharing.SCHOOL, 3 + i % 2);
        }
        // the same search with a limit of four hits counted exactly, instead of the platform's fifty thousand
        LuceneSearch sampling = new LuceneSearch(entityManagerFactory, queries, new LibraryProperties(
                properties.storage(), properties.directory(), properties.maxFileSize(), properties.s3(), 4,
                properties.search()));

        SearchResults exact = search.search(teacher, ResourceQuery.words("抽样估算"), 0, 5);
        SearchResults estimated = sampling.search(teacher, ResourceQuery.words("抽样估算"), 0, 5);

        assertThat(exact.estimated()).isFalse();
        assertThat(estimated.estimated()).isTrue();
        assertThat(estimated.hits().total()).isEqualTo(exact.hits().total()).isEqualTo(12);
        assertThat(estimated.hits().items()).extracting(h -> h.resource().id())
                .containsExactlyElementsOf(exact.hits().items().stream().map(h -> h.resource().id()).toList());
        // under a facet selection every hit is read to check it, so the counts stay exact
        SearchResults narrowed = sampling.search(teacher, new ResourceQuery("抽样估算", null, null, 3, null,
                null, null, null, false, ResourceQuery.Sort.RELEVANCE), 0, 5);
        assertThat(narrowed.estimated()).isFalse();
        assertThat(narrowed.hits().total()).isEqualTo(6);
    }
}
