package org.educloud.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Engagement;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceQuery;
import org.educloud.library.ResourceType;
import org.educloud.library.SearchResults;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the library's search does, whichever engine runs it: {@link SearchTest} runs these against the embedded
 * Lucene index, {@link OpenSearchSearchTest} against a real OpenSearch node. A subclass names the port the searches go
 * through and how its index catches up with the change log.
 */
abstract class LibrarySearchContract {

    @Autowired
    ResourceLibrary library;
    @Autowired
    IdentityManagement identity;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Engagement engagement;

    Scope teacher;
    Scope schoolAdmin;
    /** What this test published: withdrawn after it, so that the other engine's tests do not find it. */
    private final List<ResourceId> publishedHere = new ArrayList<>();

    /** The library's search over the engine under test. */
    abstract ResourceSearch search();

    /** Brings the engine's index up to every change committed so far. */
    abstract void drain();

    @BeforeEach
    void people() {
        teacher = identity.scopeOf(fixture.a().person(Role.TEACHER));
        schoolAdmin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
    }

    ResourceId published(String title, String description, String tags, Sharing sharing) {
        return published(title, description, tags, sharing, 3);
    }

    ResourceId published(String title, String description, String tags, Sharing sharing, int grade) {
        ResourceId id = library.create(teacher, new ResourceDraft(title, description, ResourceType.COURSEWARE,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, grade, null, null, tags, "zh-CN", null, sharing,
                null),
                new ByteArrayInputStream(("%PDF-1.4\n% " + title + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8)),
                "search.pdf");
        library.submit(teacher, id);
        library.approve(schoolAdmin, id, null);
        publishedHere.add(id);
        drain();
        return id;
    }

    /**
     * Both engines' tests run on one database, and each engine's index holds every resource: what one test
     * published is withdrawn after it, so that no other test finds it.
     */
    @AfterEach
    void withdrawWhatThisTestPublished() {
        for (ResourceId id : publishedHere) {
            jdbc.sql("UPDATE library.resource SET status = 'WITHDRAWN' WHERE id = ? AND status = 'PUBLISHED'")
                    .param(id.value()).update();
            search().changed(id.value());
        }
        publishedHere.clear();
        drain();
    }

    List<ResourceId> found(Scope scope, String words) {
        return search().search(scope, ResourceQuery.words(words), 0, 50).hits().items().stream()
                .map(h -> h.resource().id()).toList();
    }

    @Test
    void chineseWordsAndPartsOfWordsAndEnglishStemsAllFind() {
        ResourceId fractions = published("分数的初步认识 检索", "<p>认识<b>几分之一</b></p>", "折纸", Sharing.SCHOOL);
        ResourceId country = published("中华人民共和国地图 检索", "", "", Sharing.SCHOOL);
        ResourceId english = published("Comparing fractions with pictures 检索", "<p>Students compare unit fractions</p>",
                "", Sharing.SCHOOL);

        assertThat(found(teacher, "分数")).contains(fractions);
        assertThat(found(teacher, "中华")).contains(country).doesNotContain(fractions);
        assertThat(found(teacher, "分数的初步理解")).doesNotContain(fractions);
        assertThat(found(teacher, "几分之一")).contains(fractions);
        assertThat(found(teacher, "折纸")).contains(fractions);
        assertThat(found(teacher, "fraction")).contains(english);
        assertThat(found(teacher, "compared")).contains(english);

        SearchResults results = search().search(teacher, ResourceQuery.words("分数"), 0, 10);
        SearchResults.Hit hit = results.hits().items().stream().filter(h -> h.resource().id().equals(fractions))
                .findFirst().orElseThrow();
        assertThat(hit.titleHtml()).contains("<mark>").contains("</mark>");
        assertThat(results.facets().get("subject")).extracting(SearchResults.FacetCount::value).contains("MATHEMATICS");
    }

    @Test
    void aWordTheSegmenterSplitsIntoCharactersIsFoundWhereItStandsNotWhereItsCharactersAreScattered() {
        // smartcn does not know 课件 and reads it as 课 and 件; 垃圾分类 it reads as the two words 垃圾 and 分类
        ResourceId courseware = published("数学课件 散字检索", "", "", Sharing.SCHOOL);
        ResourceId scattered = published("课文朗读与文件 散字检索", "", "", Sharing.SCHOOL);
        ResourceId sorting = published("垃圾分类 散字检索", "", "", Sharing.SCHOOL);
        ResourceId wordsApart = published("分类回收垃圾 散字检索", "", "", Sharing.SCHOOL);

        assertThat(found(teacher, "课件 散字检索")).containsExactly(courseware);
        assertThat(found(teacher, "垃圾分类 散字检索")).containsExactlyInAnyOrder(sorting, wordsApart);
        assertThat(search().search(teacher, ResourceQuery.words("课件 散字检索"), 0, 10).hits().items().getFirst()
                .titleHtml()).isEqualTo("数学<mark>课件</mark> <mark>散字检索</mark>");
        assertThat(found(teacher, "散字检索")).contains(scattered);
    }

    @Test
    void resourcesHoldingTheSearchedWordComeBeforeThoseHoldingOnlyItsCharactersAndPagesFollowThatOrder() {
        // smartcn reads 中华人民共和国 as one word, so that title holds 共和国 only as the bigrams 共和 and 和国
        ResourceId onlyCharacters = published("中华人民共和国地图 分层检索", "", "", Sharing.SCHOOL);
        ResourceId word = published("共和国的成立 分层检索", "", "", Sharing.SCHOOL);
        ResourceId wordAgain = published("共和国 国旗 分层检索", "", "", Sharing.SCHOOL);

        List<ResourceId> ranked = found(teacher, "共和国 分层检索");
        assertThat(ranked).hasSize(3);
        assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder(word, wordAgain);
        assertThat(ranked.get(2)).isEqualTo(onlyCharacters);

        for (int page = 0; page < 3; page++) {
            SearchResults one = search().search(teacher, ResourceQuery.words("共和国 分层检索"), page, 1);
            assertThat(one.hits().total()).isEqualTo(3);
            assertThat(one.hits().items()).extracting(h -> h.resource().id()).containsExactly(ranked.get(page));
        }
    }

    @Test
    void onlyWhatTheCallerMaySeeIsFound() {
        ResourceId school = published("只在本校 可见性检索", "", "", Sharing.SCHOOL);
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThat(found(identity.scopeOf(fixture.a().person(Role.STUDENT)), "可见性检索")).contains(school);
        assertThat(found(otherDistrict, "可见性检索")).doesNotContain(school);
        assertThat(found(null, "可见性检索")).doesNotContain(school);
        ResourceId draft = library.create(teacher, new ResourceDraft("草稿 可见性检索", "", ResourceType.DOCUMENT,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, "", "zh-CN", null, Sharing.SCHOOL,
                null));
        drain();
        assertThat(found(schoolAdmin, "可见性检索")).doesNotContain(draft);
    }

    @Test
    void aResourceSharedPrivatelyIsFoundByItsAuthorAloneAndADraftByNobody() {
        // the review refuses a private resource, so a published one is set here as the database may hold it
        // (shared privately after its publication by an earlier version, say)
        ResourceId own = published("私人共享 可见性检索", "", "", Sharing.SCHOOL);
        jdbc.sql("UPDATE library.resource SET sharing = 'PRIVATE' WHERE id = ?").param(own.value()).update();
        search().changed(own.value());
        ResourceId draft = library.create(teacher, new ResourceDraft("私人草稿 可见性检索", "", ResourceType.DOCUMENT,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, "", "zh-CN", null, Sharing.PRIVATE,
                null));
        publishedHere.add(draft);
        drain();

        assertThat(found(teacher, "可见性检索")).contains(own).doesNotContain(draft);
        assertThat(found(schoolAdmin, "可见性检索")).doesNotContain(own, draft);
        assertThat(found(identity.scopeOf(fixture.a().person(Role.STUDENT)), "可见性检索")).doesNotContain(own, draft);
        assertThat(found(null, "可见性检索")).doesNotContain(own, draft);
    }

    @Test
    void whatIsSharedWithASchoolStaysInItAndWhatIsSharedWithADistrictReachesItsOtherSchoolsOnly() {
        ResourceId school = published("本校共享 区县可见", "", "", Sharing.SCHOOL);
        ResourceId district = library.create(teacher, new ResourceDraft("区县共享 区县可见", "", ResourceType.COURSEWARE,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, "", "zh-CN", null,
                Sharing.DISTRICT, null), new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)),
                "district.pdf");
        library.submit(teacher, district);
        library.approve(schoolAdmin, district, null);
        library.approve(identity.scopeOf(fixture.regionAdmin()), district, "区县共享");
        publishedHere.add(district);
        drain();
        // a teacher of another school of the same district: the rule reads only where the caller stands
        Scope neighbourSchool = new Scope(new UserId(Long.MAX_VALUE - 7), List.of(new Scope.Grant(Role.TEACHER,
                fixture.a().district().path().child(new OrgId(Long.MAX_VALUE - 7)))));
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.TEACHER));

        assertThat(found(teacher, "区县可见")).containsExactlyInAnyOrder(school, district);
        assertThat(found(neighbourSchool, "区县可见")).containsExactly(district);
        assertThat(found(otherDistrict, "区县可见")).isEmpty();
        assertThat(found(null, "区县可见")).isEmpty();
    }

    @Test
    void aPrefixOrAFuzzyWordFindsOnEitherEngine() {
        ResourceId fractions = published("分数墙的用法 通配检索", "", "", Sharing.SCHOOL);
        ResourceId english = published("Comparing fractions 通配检索", "", "", Sharing.SCHOOL);

        assertThat(found(teacher, "分数*")).contains(fractions).doesNotContain(english);
        assertThat(found(teacher, "fraction~1")).contains(english).doesNotContain(fractions);
        assertThat(found(teacher, "fractoin~1 通配检索")).containsExactly(english);
    }

    @Test
    void aPastedParagraphIsSearchedAndAPastedPageRefusedWithAReasonNotAsAFault() {
        String paragraph = "学生通过折纸活动认识分数的意义并比较分数大小，".repeat(40);
        assertThat(search().search(teacher, ResourceQuery.words(paragraph), 0, 10).hits().total()).isZero();

        String pasted = "学生通过折纸活动认识分数的意义并比较分数大小，".repeat(200);
        assertThatThrownBy(() -> search().search(teacher, ResourceQuery.words(pasted), 0, 10))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("library.error.searchTooComplex");
    }

    @Test
    void titlesMarkEveryMatchedWordAndPartOfAWordAndNothingElse() {
        ResourceId country = published("中华人民共和国地图 标记检索", "", "", Sharing.SCHOOL);
        ResourceId english = published("Comparing fractions & decimals 标记检索", "", "", Sharing.SCHOOL);

        assertThat(titleOf(country, "中华 检索")).isEqualTo("<mark>中华</mark>人民共和国地图 标记<mark>检索</mark>");
        assertThat(titleOf(english, "fraction 标记检索"))
                .isEqualTo("Comparing <mark>fractions</mark> &amp; decimals <mark>标记检索</mark>");
        // a word the search excludes is not marked in what it finds
        assertThat(titleOf(english, "标记检索 -地图")).isEqualTo("Comparing fractions &amp; decimals <mark>标记检索</mark>");
    }

    private String titleOf(ResourceId id, String words) {
        return search().search(teacher, ResourceQuery.words(words), 0, 10).hits().items().stream()
                .filter(h -> h.resource().id().equals(id)).findFirst().orElseThrow().titleHtml();
    }

    @Test
    void facetsCountEveryHitAcrossIndexSegmentsAndPagesShareThem() {
        // each publication is indexed and committed on its own, so the hits lie in several index segments
        published("分段计数 一", "", "", Sharing.SCHOOL, 3);
        published("分段计数 二", "", "", Sharing.SCHOOL, 3);
        ResourceId moved = published("分段计数 三", "", "", Sharing.SCHOOL, 4);

        SearchResults first = search().search(teacher, ResourceQuery.words("分段计数"), 0, 2);
        assertThat(first.hits().total()).isEqualTo(3);
        assertThat(first.estimated()).as("a search of a few hits counts them one by one").isFalse();
        assertThat(first.hits().items()).hasSize(2);
        assertThat(first.facets().get("grade")).containsExactly(new SearchResults.FacetCount("3", 2),
                new SearchResults.FacetCount("4", 1));
        assertThat(first.facets().get("school")).containsExactly(
                new SearchResults.FacetCount(fixture.a().school().id().toString(), 3));
        SearchResults second = search().search(teacher, ResourceQuery.words("分段计数"), 1, 2);
        assertThat(second.hits().items()).hasSize(1);
        assertThat(second.facets()).isEqualTo(first.facets());

        // a withdrawn resource leaves the counts: its document is deleted from its segment
        library.withdraw(teacher, moved, "修改年级");
        drain();
        assertThat(search().search(teacher, ResourceQuery.words("分段计数"), 0, 10).facets().get("grade"))
                .containsExactly(new SearchResults.FacetCount("3", 2));
    }

    @Test
    void underAFacetSelectionTheHitsAndEveryFacetAreCountedExactly() {
        published("选择计数 一", "", "", Sharing.SCHOOL, 3);
        published("选择计数 二", "", "", Sharing.SCHOOL, 3);
        published("选择计数 三", "", "", Sharing.SCHOOL, 4);

        SearchResults narrowed = search().search(teacher, new ResourceQuery("选择计数", Stage.PRIMARY, null, 3, null,
                null, null, null, false, null), 0, 1);
        assertThat(narrowed.hits().total()).isEqualTo(2);
        assertThat(narrowed.hits().items()).hasSize(1);
        assertThat(narrowed.estimated()).isFalse();
        assertThat(narrowed.facets().get("grade")).containsExactly(new SearchResults.FacetCount("3", 2));
        assertThat(narrowed.facets().get("stage")).containsExactly(new SearchResults.FacetCount("PRIMARY", 2));
        assertThat(narrowed.facets().get("type")).containsExactly(new SearchResults.FacetCount("COURSEWARE", 2));
        // a value no resource has selects nothing
        assertThat(search().search(teacher, new ResourceQuery("选择计数", null, null, null, null, "沪教版", null, null,
                false, null), 0, 10).hits().total()).isZero();
    }

    @Test
    void whatACallerMaySeeFollowsPublicationsAndWithdrawalsThoughItIsCached() {
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.TEACHER));
        ResourceId first = published("缓存可见 一", "", "", Sharing.SCHOOL);
        assertThat(found(teacher, "缓存可见")).containsExactly(first);
        assertThat(found(otherDistrict, "缓存可见")).isEmpty();

        ResourceId second = published("缓存可见 二", "", "", Sharing.SCHOOL);
        library.withdraw(teacher, first, "更新内容");
        drain();

        assertThat(found(teacher, "缓存可见")).containsExactly(second);
        assertThat(found(identity.scopeOf(fixture.a().person(Role.STUDENT)), "缓存可见")).containsExactly(second);
        assertThat(found(otherDistrict, "缓存可见")).isEmpty();
        assertThat(found(null, "缓存可见")).isEmpty();
    }

    @Test
    void facetsNarrowAndSortsOrder() {
        ResourceId used = published("分面 排序检索 一", "", "", Sharing.SCHOOL);
        ResourceId other = published("分面 排序检索 二", "", "", Sharing.SCHOOL);
        library.view(teacher, used);
        library.view(teacher, used);
        drain();
        var mostUsed = search().search(teacher, new ResourceQuery("排序检索", Stage.PRIMARY, Subject.MATHEMATICS, 3,
                ResourceType.COURSEWARE, null, Sharing.SCHOOL, fixture.a().school().id().value(), false,
                ResourceQuery.Sort.MOST_USED), 0, 10).hits().items();
        assertThat(mostUsed).extracting(h -> h.resource().id()).containsExactly(used, other);
        assertThat(search().search(teacher, new ResourceQuery("排序检索", Stage.JUNIOR, null, null, null, null, null,
                null, false, null), 0, 10).hits().items()).isEmpty();
    }

    @Test
    void ratingNewestAndFeaturedAreReadFromTheIndexedValues() throws InterruptedException {
        ResourceId low = published("排序取值 低分", "", "", Sharing.SCHOOL);
        Thread.sleep(5); // published a few milliseconds later, as the index keeps milliseconds
        ResourceId high = published("排序取值 高分", "", "", Sharing.SCHOOL);
        engagement.rate(teacher, low, 2);
        engagement.rate(teacher, high, 5);
        drain();
        assertThat(sortedBy(ResourceQuery.Sort.RATING)).containsExactly(high, low);
        assertThat(sortedBy(ResourceQuery.Sort.NEWEST)).containsExactly(high, low);

        ResourceId district = library.create(teacher, new ResourceDraft("排序取值 优质", "", ResourceType.COURSEWARE,
                Licence.CC_BY, Stage.PRIMARY, Subject.MATHEMATICS, 3, null, null, "", "zh-CN", null,
                Sharing.DISTRICT, null), new ByteArrayInputStream("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8)),
                "featured.pdf");
        library.submit(teacher, district);
        library.approve(schoolAdmin, district, null);
        Scope bureau = identity.scopeOf(fixture.regionAdmin());
        library.approve(bureau, district, "区域共享");
        library.feature(bureau, district, true);
        publishedHere.add(district);
        drain();
        assertThat(search().search(teacher, new ResourceQuery("排序取值", null, null, null, null, null, null, null,
                true, null), 0, 10).hits().items()).extracting(h -> h.resource().id()).containsExactly(district);
    }

    private List<ResourceId> sortedBy(ResourceQuery.Sort sort) {
        return search().search(teacher, new ResourceQuery("排序取值", null, null, null, null, null, Sharing.SCHOOL, null,
                false, sort), 0, 10).hits().items().stream().map(h -> h.resource().id()).toList();
    }

    @Test
    void theIndexCatchesUpWithCommittedChangesAfterACrash() {
        ResourceId id = published("崩溃前的标题 一致性", "", "", Sharing.SCHOOL);
        ResourceId gone = published("已删除 一致性", "", "", Sharing.SCHOOL);
        // the database commits changes, and the process dies before the index hears of them
        jdbc.sql("UPDATE library.resource SET title = '崩溃后的标题 一致性' WHERE id = ?").param(id.value()).update();
        jdbc.sql("INSERT INTO library.search_outbox (resource_id, queued_at) VALUES (?, now())")
                .param(id.value()).update();
        jdbc.sql("DELETE FROM library.resource WHERE id = ?").param(gone.value()).update();
        jdbc.sql("INSERT INTO library.search_outbox (resource_id, queued_at) VALUES (?, now())")
                .param(gone.value()).update();
        assertThat(found(teacher, "崩溃后的标题")).doesNotContain(id);

        drain(); // what start-up does, after the tables above survived the crash

        assertThat(found(teacher, "崩溃后的标题")).contains(id);
        assertThat(found(teacher, "崩溃前的标题")).doesNotContain(id);
        assertThat(search().search(teacher, ResourceQuery.words("已删除 一致性"), 0, 10).hits().total()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM library.search_outbox").query(Long.class).single()).isZero();
    }

    @Test
    void operatorsRebuildTheIndexFromTheDatabase() throws Exception {
        ResourceId id = published("重建索引 检索", "", "", Sharing.SCHOOL);
        Scope operator = Scope.installation();
        assertThat(search().reindex(operator)).isPositive();
        assertThat(found(teacher, "重建索引")).contains(id);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> search().reindex(schoolAdmin))
                .isInstanceOf(ForbiddenException.class);
    }
}
