package org.educloud.library.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facet counts over a Lucene index of 60,000 resources in six segments, with the fields the library's mapping
 * writes: the hits always exact; the facets exact up to a limit, and above it, unless a facet value is selected,
 * estimated from a sample and saying so.
 */
class FacetCountsTest {

    private static final int RESOURCES = 60_000;
    private static final String[] STAGES = {"PRIMARY", "PRIMARY", "JUNIOR", "SENIOR"};
    private static final String[] SUBJECTS = {"MATHEMATICS", "CHINESE", "ENGLISH", "SCIENCE", "ARTS"};
    private static final String[] TYPES = {"COURSEWARE", "LESSON_PLAN", "MICRO_LECTURE", "EXERCISE_SET"};
    private static final List<String> FACETS = List.of("stage", "subject", "grade", "type", "edition", "sharing",
            "school");

    @TempDir
    static Path directory;
    private static DirectoryReader reader;
    /** What each resource was given, to count the truth by. */
    private static final List<Map<String, String>> given = new ArrayList<>();

    private final FacetColumns columns = new FacetColumns();

    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(20261203);
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(directory), config)) {
            for (int i = 0; i < RESOURCES; i++) {
                Map<String, String> values = new HashMap<>();
                values.put("stage", STAGES[random.nextInt(STAGES.length)]);
                values.put("subject", SUBJECTS[random.nextInt(SUBJECTS.length)]);
                values.put("grade", Integer.toString(1 + random.nextInt(6)));
                values.put("type", TYPES[random.nextInt(TYPES.length)]);
                values.put("edition", random.nextBoolean() ? "人教版" : "北师大版");
                values.put("sharing", random.nextInt(3) == 0 ? "PUBLIC" : "SCHOOL");
                // schools upload in bursts: runs of consecutive resources share a school
                values.put("school", Integer.toString(100 + (i / 500) % 12));
                values.put("word", random.nextInt(10) < 7 ? "方程" : "分数");
                // mostly on the other word's resources: with 方程, many of each but few of both
                values.put("tag", values.get("word").equals("分数") || i % 10 == 0 ? "复习" : "新课");
                given.add(values);
                Document document = new Document();
                for (String text : List.of("stage", "subject", "type", "edition", "sharing")) {
                    document.add(new SortedSetDocValuesField(text, new BytesRef(values.get(text))));
                }
                document.add(new SortedNumericDocValuesField("grade", Long.parseLong(values.get("grade"))));
                document.add(new SortedNumericDocValuesField("ownerId", Long.parseLong(values.get("school"))));
                document.add(new StringField("text", values.get("word"), Field.Store.NO));
                document.add(new StringField("tag", values.get("tag"), Field.Store.NO));
                writer.addDocument(document);
                if ((i + 1) % 10_000 == 0) {
                    writer.commit();
                }
            }
        }
        reader = DirectoryReader.open(FSDirectory.open(directory));
        assertThat(reader.leaves()).hasSize(6);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
    }

    @Test
    void upToTheLimitEveryHitIsCountedExactly() throws IOException {
        FacetColumns.Counts counts = count(word("方程"), Map.of(), null, 100_000);

        assertThat(counts.estimated()).isFalse();
        assertThat(counts.hits()).isEqualTo(truly(Map.of("word", "方程")));
        for (String facet : FACETS) {
            assertThat(counts.facets().get(facet)).isNotEmpty().allSatisfy(value -> assertThat(value.count())
                    .isEqualTo(truly(Map.of("word", "方程", facet, value.value()))));
        }
    }

    @Test
    void aboveTheLimitTheFacetsAreEstimatedFromASampleAndSaySoWhileTheHitsStayExact() throws IOException {
        FacetColumns.Counts counts = count(word("方程"), Map.of(), null, 10_000);

        assertThat(counts.estimated()).isTrue();
        assertThat(counts.hits()).isEqualTo(truly(Map.of("word", "方程")));
        for (String facet : FACETS) {
            assertThat(counts.facets().get(facet)).isNotEmpty().allSatisfy(value -> {
                long truth = truly(Map.of("word", "方程", facet, value.value()));
                // the smallest values here have some 3,500 hits, which a sample of an eighth keeps within 15 %,
                // though each school's resources come in runs of 500
                assertThat((double) value.count()).as(facet + " " + value.value())
                        .isCloseTo(truth, within(truth * 0.15));
            });
        }
    }

    @Test
    void estimatesAreRoundedToThreeSignificantDigitsAndRepeatable() throws IOException {
        FacetColumns.Counts first = count(word("方程"), Map.of(), null, 10_000);
        FacetColumns.Counts again = count(word("方程"), Map.of(), null, 10_000);

        assertThat(first.facets().get("stage")).allSatisfy(value -> assertThat(value.count() % 10).isZero());
        assertThat(again).isEqualTo(first);
        assertThat(FacetColumns.Counts.roughly(124_332.8)).isEqualTo(124_000);
        assertThat(FacetColumns.Counts.roughly(9_996)).isEqualTo(10_000);
        assertThat(FacetColumns.Counts.roughly(57.3)).isEqualTo(57);
    }

    @Test
    void underASelectionTheFacetsAreCountedExactlyAndTheHitsMarkedHoweverManyTheyAre() throws IOException {
        Map<String, String> selected = Map.of("stage", "PRIMARY", "sharing", "SCHOOL");
        long truth = truly(Map.of("word", "方程", "stage", "PRIMARY", "sharing", "SCHOOL"));
        MatchedResources matched = new MatchedResources(reader.leaves().size());
        FacetColumns.Counts counts = count(word("方程"), selected, matched, 5_000);

        assertThat(truth).isGreaterThan(5_000);
        assertThat(counts.estimated()).isFalse();
        assertThat(counts.hits()).isEqualTo(truth);
        assertThat(new IndexSearcher(reader).count(matched)).isEqualTo(truth);
        assertThat(counts.facets().get("school")).allSatisfy(school -> assertThat(school.count()).isEqualTo(
                truly(Map.of("word", "方程", "stage", "PRIMARY", "sharing", "SCHOOL", "school", school.value()))));
    }

    @Test
    void hitsTheIndexExpectedToBeManyButThatAreFewAreCountedExactly() throws IOException {
        // the index bounds a conjunction by its shorter side: thousands of each, far fewer of both
        Query both = new BooleanQuery.Builder().add(word("方程"), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("tag", "复习")), BooleanClause.Occur.FILTER).build();
        long truth = truly(Map.of("word", "方程", "tag", "复习"));
        assertThat(truth).isLessThan(10_000);
        assertThat(truly(Map.of("tag", "复习"))).isGreaterThan(10_000);

        FacetColumns.Counts counts = count(both, Map.of(), null, 10_000);

        assertThat(counts.estimated()).isFalse();
        assertThat(counts.hits()).isEqualTo(truth);
        assertThat(counts.facets().get("school")).allSatisfy(school -> assertThat(school.count())
                .isEqualTo(truly(Map.of("word", "方程", "tag", "复习", "school", school.value()))));
    }

    @Test
    void aValueNoResourceHasSelectsNothing() throws IOException {
        FacetColumns.Counts counts = count(word("方程"), Map.of("edition", "沪教版"), null, 10_000);

        assertThat(counts.hits()).isZero();
        assertThat(counts.estimated()).isFalse();
    }

    @Test
    void theSampleIsAnEighthOfTheDocumentsOneByOne() {
        int inSample = 0;
        int runsOfEight = 0;
        for (int doc = 0; doc < 80_000; doc++) {
            if (FacetSegment.inSample(doc)) {
                inSample++;
                runsOfEight += FacetSegment.inSample(doc + 1) ? 1 : 0;
            }
        }
        assertThat((double) inSample).isCloseTo(10_000, within(300.0));
        // neighbours are as likely to be in it as any other document, not drawn in together
        assertThat((double) runsOfEight).isCloseTo(inSample / 8.0, within(150.0));
    }

    private FacetColumns.Counts count(Query query, Map<String, String> selected, MatchedResources matched,
                                      long exactUpTo) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        return columns.count(searcher, query, selected, matched, exactUpTo);
    }

    private static Query word(String word) {
        return new TermQuery(new Term("text", word));
    }

    private static long truly(Map<String, String> wanted) {
        return given.stream().filter(values -> wanted.entrySet().stream()
                .allMatch(e -> e.getValue().equals(values.get(e.getKey())))).count();
    }
}
