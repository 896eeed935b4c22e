package org.educloud.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.items.ItemView;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The item template teachers fill in: every type in one file, or nothing at all and each problem by row and column. */
@EduCloudTest
class TemplateImportTest {

    @Autowired
    TemplateImport template;
    @Autowired
    ItemBank bank;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Curriculum curriculum;
    @Autowired
    JdbcClient jdbc;

    private Scope teacherA() {
        return identity.scopeOf(fixture.a().person(Role.TEACHER));
    }

    private List<KnowledgePointView> catalogue() {
        return curriculum.knowledgePoints(teacherA(), Subject.MATHEMATICS, Stage.PRIMARY);
    }

    private ImportOutcome load(String csv) throws Exception {
        Path file = Files.createTempFile("items", ".csv");
        Files.writeString(file, csv);
        try {
            return template.importFile(teacherA(), new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "",
                    Sharing.PRIVATE, List.of(catalogue().getFirst().id())), file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String resource(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/assessment/template", name), StandardCharsets.UTF_8);
    }

    @Test
    void theExampleFileBringsInOneItemOfEveryType() throws Exception {
        ImportOutcome outcome = load(resource("items.csv"));

        assertThat(outcome.problems()).isEmpty();
        List<ItemView> items = outcome.itemIds().stream().map(id -> bank.find(teacherA(), id)).toList();
        assertThat(items).extracting(ItemView::type).containsExactly(ItemType.SINGLE_CHOICE,
                ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE, ItemType.FILL_BLANK, ItemType.MATCHING,
                ItemType.ORDERING, ItemType.SHORT_ANSWER, ItemType.ESSAY, ItemType.FILL_BLANK);
        assertThat(items.get(0).content().key()).containsExactly("A");
        assertThat(items.get(0).difficulty()).isEqualTo(1);
        assertThat(items.get(1).content().key()).containsExactly("A", "C");
        assertThat(items.get(2).content().key()).containsExactly("A");
        assertThat(items.get(2).grade()).isEqualTo(3);

        List<ItemContent.Blank> blanks = items.get(3).content().blanks();
        assertThat(blanks).hasSize(2);
        assertThat(blanks.get(0).accepted()).containsExactly("1/4", "四分之一");
        assertThat(blanks.get(0).number()).isEqualTo(0.25);

        ItemContent matching = items.get(4).content();
        assertThat(matching.targets()).extracting(ItemContent.Choice::html)
                .containsExactly("三分之一", "二分之一", "四分之一");
        assertThat(matching.pairs()).containsEntry("A", "T2").containsEntry("B", "T1").containsEntry("C", "T3");
        assertThat(items.get(5).content().key()).containsExactly("B", "A", "C");
        assertThat(items.get(6).content().reference()).contains("分数的基本性质");

        ItemContent pi = items.get(8).content();
        assertThat(pi.blanks().getFirst().number()).isEqualTo(3.14);
        assertThat(pi.blanks().getFirst().tolerance()).isEqualTo(0.01);
        assertThat(pi.explanation()).contains("x &lt; y 不影响").doesNotContain("<y");
        assertThat(items.get(8).grade()).isEqualTo(4);
    }

    @Test
    void knowledgePointsAreFoundByCodeOrByName() throws Exception {
        KnowledgePointView first = catalogue().get(0);
        KnowledgePointView second = catalogue().get(1);
        String csv = "题型,题干,选项A,选项B,答案,知识点,难度\n判断题,1/2 等于 2/4。,,,√," + first.code() + "；"
                + second.name() + ",较易\n";

        ImportOutcome outcome = load(csv);

        assertThat(outcome.problems()).isEmpty();
        ItemView item = bank.find(teacherA(), outcome.itemIds().getFirst());
        assertThat(item.knowledgePoints()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(item.difficulty()).isEqualTo(2);
    }

    @Test
    void aFileWithBadRowsStoresNothingAndNamesEachRowAndColumn() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM assessment.item").query(Long.class).single();

        ImportOutcome outcome = load(resource("bad-items.csv"));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                .containsExactly(
                        "2 答案 assessment.template.letters",
                        "3 题型 roster.import.error.choice",
                        "4 答案 assessment.error.keyUnknown",
                        "5 答案 assessment.template.truth",
                        "6 选项A assessment.template.pair",
                        "7 难度 assessment.template.difficulty",
                        "7 知识点 assessment.template.knowledgePoint");
        assertThat(jdbc.sql("SELECT count(*) FROM assessment.item").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theDownloadableTemplateImportsAsIs() throws Exception {
        ImportOutcome outcome = load(ExchangePages.csv());

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.imported()).isEqualTo(TemplateSamples.rows().size());
    }

    @Test
    void aFileWithoutTheNeededColumnsIsOneProblem() throws Exception {
        ImportOutcome outcome = load("姓名,学号\n张三,1\n");

        assertThat(outcome.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("assessment.template.header");
    }
}
