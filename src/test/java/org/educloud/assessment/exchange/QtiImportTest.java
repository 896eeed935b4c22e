package org.educloud.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemView;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.Drafts;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * QTI content packages of other tools' making, in 2.1 and 3.0, come into the bank as items of every supported
 * type with their pictures; a package with anything wrong or dangerous brings in nothing and says what and where.
 */
@EduCloudTest
class QtiImportTest {

    @Autowired
    QtiImport qti;
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
    @Autowired
    MockMvc mvc;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Attempts attempts;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    MessageSource messages;

    private Scope teacherA() {
        return identity.scopeOf(fixture.a().person(Role.TEACHER));
    }

    private ImportDefaults defaults() {
        long kp = curriculum.knowledgePoints(teacherA(), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        return new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE, List.of(kp));
    }

    private ImportOutcome load(Path zip) throws Exception {
        try {
            return qti.importPackage(teacherA(), defaults(), zip);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    private ItemView item(long id) {
        return bank.find(teacherA(), id);
    }

    @Test
    void aQti21PackageBringsInEveryInteractionAsItsItemType() throws Exception {
        ImportOutcome outcome = load(QtiPackages.zip("assessment/qti/v21"));

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.itemIds()).hasSize(7);
        List<ItemView> items = outcome.itemIds().stream().map(this::item).toList();
        assertThat(items).extracting(ItemView::type).containsExactly(ItemType.SINGLE_CHOICE,
                ItemType.MULTIPLE_CHOICE, ItemType.TRUE_FALSE, ItemType.FILL_BLANK, ItemType.MATCHING,
                ItemType.ORDERING, ItemType.SHORT_ANSWER);

        ItemContent choice = items.get(0).content();
        assertThat(choice.key()).containsExactly("ChoiceB");
        assertThat(choice.stem()).contains("图中涂色部分").contains("选出正确答案").containsPattern(
                "<img src=\"/assessment/media/\\d+\"");
        assertThat(choice.choice("ChoiceB").html()).contains("<math").contains("<mfrac>");
        assertThat(choice.explanation()).contains("平均分成 4 份");
        assertThat(items.get(0).source()).isEqualTo("分数比较");

        assertThat(items.get(1).content().key()).containsExactly("A", "C");
        assertThat(items.get(2).content().key()).containsExactly("T");

        ItemContent blanks = items.get(3).content();
        assertThat(blanks.blanks()).hasSize(2);
        assertThat(blanks.blanks().get(0).accepted()).containsExactly("四分之一", "1/4");
        assertThat(blanks.blanks().get(1).number()).isEqualTo(0.75);
        assertThat(blanks.blanks().get(1).tolerance()).isEqualTo(0.01);
        assertThat(blanks.stem()).contains("1 份读作 ____");

        assertThat(items.get(4).content().pairs()).containsEntry("H", "P3").containsEntry("Q", "P2")
                .containsEntry("E", "P1");
        assertThat(items.get(5).content().key()).containsExactly("B", "A", "C");
        assertThat(items.get(6).content().rubric()).contains("分数的基本性质");
        assertThat(items.get(6).content().stem()).contains("为什么相等");
    }

    @Test
    void aQti30PackageReadsTheKebabCaseSpellingAndLeavesScriptsBehind() throws Exception {
        ImportOutcome outcome = load(QtiPackages.zip("assessment/qti/v30"));

        assertThat(outcome.problems()).isEmpty();
        List<ItemView> items = outcome.itemIds().stream().map(this::item).toList();
        assertThat(items).extracting(ItemView::type).containsExactly(ItemType.SINGLE_CHOICE, ItemType.FILL_BLANK,
                ItemType.MATCHING, ItemType.ESSAY);
        String stem = items.get(0).content().stem();
        assertThat(stem).contains("<math").contains("<strong>四分之三</strong>").contains("请选择")
                .doesNotContain("script").doesNotContain("alert").doesNotContain("onclick").doesNotContain("onerror");
        assertThat(items.get(0).content().key()).containsExactly("choice_2");
        assertThat(items.get(1).content().blanks().getFirst().accepted()).containsExactly("2/4", "二分之一");
        // two premises may share a target (1/2 and 2/4 both read 二分之一)
        assertThat(items.get(2).content().pairs()).isEqualTo(Map.of("half", "P1", "third", "P2", "twoQuarters", "P1"));
        assertThat(items.get(3).content().explanation()).contains("分蛋糕");
    }

    @Test
    void aStudentSeesAPictureOfAStemOnceTheQuizShowingItHasStarted() throws Exception {
        ImportOutcome outcome = load(QtiPackages.zip("assessment/qti/v30"));
        long item = outcome.itemIds().getFirst();
        String src = item(item).content().stem().replaceAll("(?s).*<img src=\"(/assessment/media/\\d+)\".*", "$1");
        long quiz = quizzes.create(teacherA(), new QuizDraft("图片小测", "", null, 1,
                false, false, AnswersVisible.NEVER,
                List.of(new QuizDraft.Pick(item, BigDecimal.ONE)), List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacherA(), quiz, new QuizSetting(
                List.of(fixture.a().classId()), now.minusSeconds(60), now.plusSeconds(3600)));
        attempts.start(identity.scopeOf(fixture.a().person(Role.STUDENT)), quiz);
        assertThat(mvc.perform(get(src).with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aPictureIsServedToItsSchoolsTeachersAndToNobodyElseBeforeAQuizShowsIt() throws Exception {
        ImportOutcome outcome = load(QtiPackages.zip("assessment/qti/v30"));
        String stem = item(outcome.itemIds().getFirst()).content().stem();
        String src = stem.replaceAll("(?s).*<img src=\"(/assessment/media/\\d+)\".*", "$1");

        MockHttpServletResponse mine = mvc.perform(get(src)
                .with(authentication(fixture.as(fixture.a().person(Role.TEACHER))))).andReturn().getResponse();
        assertThat(mine.getStatus()).isEqualTo(200);
        assertThat(mine.getContentType()).isEqualTo("image/png");
        assertThat(mine.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(mine.getContentAsByteArray()).isEqualTo(Files.readAllBytes(
                Path.of("src/test/resources/assessment/qti/v30/media/bar.png")));

        // a student of the school sees a picture only in the stem or options of a quiz they have started
        assertThat(mvc.perform(get(src).with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(src).with(authentication(fixture.as(fixture.a().person(Role.PARENT)))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        MockHttpServletResponse theirs = mvc.perform(get(src)
                .with(authentication(fixture.as(fixture.b().person(Role.TEACHER))))).andReturn().getResponse();
        assertThat(theirs.getStatus()).isEqualTo(404);
    }

    @Test
    void aPictureOfAnItemSharedWithTheDistrictIsServedInEverySchoolOfTheDistrict() throws Exception {
        ImportDefaults shared = new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.DISTRICT,
                defaults().knowledgePoints());
        Path zip = QtiPackages.zip("assessment/qti/v30");
        ImportOutcome outcome;
        try {
            outcome = qti.importPackage(teacherA(), shared, zip);
        } finally {
            Files.deleteIfExists(zip);
        }
        long id = outcome.itemIds().getFirst();
        String src = item(id).content().stem().replaceAll("(?s).*<img src=\"(/assessment/media/\\d+)\".*", "$1");
        bank.submit(teacherA(), id);
        bank.review(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)), id, true, "");
        bank.review(identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN)), id, true, "");

        Scope installation = Scope.installation();
        String suffix = Long.toString(System.nanoTime(), 36);
        var neighbour = tenancy.registerSchool(installation, fixture.a().district().id(),
                Drafts.aSchool().named("甲区邻校" + suffix).build());
        var teacher = identity.create(installation, new NewAccount("fx.neighbour." + suffix, "邻校老师", null, null,
                Role.TEACHER, neighbour.id().value(), TenantFixture.PASSWORD), false).account().id();

        assertThat(mvc.perform(get(src).with(authentication(fixture.as(teacher)))).andReturn().getResponse()
                .getStatus()).as("a teacher of another school of the district, who may use the item").isEqualTo(200);
        assertThat(mvc.perform(get(src).with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                .andReturn().getResponse().getStatus()).as("a teacher of another district").isEqualTo(404);
    }

    @Test
    void anUnsupportedInteractionIsNamedAndNothingIsStored() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v30");
        files.put("items/q4-essay.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q4" title="draw">
                  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="file"/>
                  <qti-item-body><p>画出 1/2</p><qti-drawing-interaction response-identifier="RESPONSE">
                    <object type="image/png" data="../media/bar.png"/>
                  </qti-drawing-interaction></qti-item-body>
                </qti-assessment-item>""".getBytes(StandardCharsets.UTF_8));
        long items = count("assessment.item");
        long media = count("assessment.item_media");

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("items/q4-essay.xml");
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.unsupportedInteraction");
            assertThat(p.arguments()).containsExactly("qti-drawing-interaction", "items/q4-essay.xml",
                    "qti-item-body/qti-drawing-interaction");
        });
        assertThat(count("assessment.item")).isEqualTo(items);
        assertThat(count("assessment.item_media")).isEqualTo(media);
    }

    @Test
    void aPackageOfMoreItemsThanAnImportTakesIsRefusedNamingTheLimitAndNothingIsStored() throws Exception {
        // 26 files of 20 questions each: every file within its own limits, 520 items together
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        StringBuilder resources = new StringBuilder();
        for (int f = 0; f < 26; f++) {
            StringBuilder declarations = new StringBuilder();
            StringBuilder body = new StringBuilder();
            for (int q = 0; q < QtiItemReader.MAX_PARTS; q++) {
                declarations.append("<responseDeclaration identifier=\"R").append(q).append("\" cardinality=\"single\""
                        + " baseType=\"identifier\"><correctResponse><value>B</value></correctResponse>"
                        + "</responseDeclaration>");
                body.append("<choiceInteraction responseIdentifier=\"R").append(q).append("\" maxChoices=\"1\">"
                        + "<prompt>第 ").append(q + 1).append(" 题：1/2 和 2/4 相等吗？</prompt>"
                        + "<simpleChoice identifier=\"A\">不相等</simpleChoice>"
                        + "<simpleChoice identifier=\"B\">相等</simpleChoice></choiceInteraction>");
            }
            String name = "items/many-" + f + ".xml";
            files.put(name, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"m" + f
                    + "\" title=\"练习 " + f + "\">" + declarations + "<itemBody>" + body + "</itemBody></assessmentItem>")
                    .getBytes(StandardCharsets.UTF_8));
            resources.append("<resource identifier=\"m").append(f).append("\" type=\"imsqti_item_xmlv2p1\" href=\"")
                    .append(name).append("\"/>");
        }
        files.put(QtiImport.MANIFEST, ("<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"M\">"
                + "<organizations/><resources>" + resources + "</resources></manifest>").getBytes(StandardCharsets.UTF_8));
        long items = count("assessment.item");
        long media = count("assessment.item_media");

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("items/many-25.xml");
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.tooManyItems");
            assertThat(p.arguments()).containsExactly("500");
            Object[] arguments = p.arguments().toArray();
            assertThat(messages.getMessage(p.messageKey(), arguments, Locale.CHINA)).contains("最多导入 500 道题");
            assertThat(messages.getMessage(p.messageKey(), arguments, Locale.ENGLISH)).contains("at most 500 items");
        });
        assertThat(count("assessment.item")).isEqualTo(items);
        assertThat(count("assessment.item_media")).isEqualTo(media);
    }

    @Test
    void anItemFileOfMoreInteractionsOrPartsThanOneFileMayHoldIsRefusedNamingTheLimit() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        String gaps = "<textEntryInteraction responseIdentifier=\"G\"/>".repeat(QtiItemReader.MAX_INTERACTIONS + 1);
        files.put("items/text_entry.xml", ("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" "
                + "identifier=\"t\" title=\"t\"><itemBody><p>" + gaps + "</p></itemBody></assessmentItem>")
                .getBytes(StandardCharsets.UTF_8));
        String choices = "<choiceInteraction responseIdentifier=\"C\"><simpleChoice identifier=\"A\">1</simpleChoice>"
                + "</choiceInteraction>";
        files.put("items/choice_multiple.xml", ("<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" "
                + "identifier=\"c\" title=\"c\"><itemBody>" + choices.repeat(QtiItemReader.MAX_PARTS + 1)
                + "</itemBody></assessmentItem>").getBytes(StandardCharsets.UTF_8));
        long items = count("assessment.item");

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::messageKey).containsExactlyInAnyOrder(
                "assessment.exchange.tooManyInteractions", "assessment.exchange.tooManyParts");
        for (ImportProblem p : outcome.problems()) {
            Object[] arguments = p.arguments().toArray();
            String limit = p.arguments().getLast();
            assertThat(limit).isIn(String.valueOf(QtiItemReader.MAX_INTERACTIONS),
                    String.valueOf(QtiItemReader.MAX_PARTS));
            assertThat(messages.getMessage(p.messageKey(), arguments, Locale.CHINA)).contains("最多").contains(limit)
                    .contains(p.column());
            assertThat(messages.getMessage(p.messageKey(), arguments, Locale.ENGLISH)).contains("at most " + limit)
                    .contains(p.column());
        }
        assertThat(count("assessment.item")).isEqualTo(items);
    }

    @Test
    void anItemRefusedByTheBankRollsBackThePicturesAndItemsAlreadyWritten() throws Exception {
        long items = count("assessment.item");
        long media = count("assessment.item_media");
        ImportDefaults unknownKnowledgePoint = new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "",
                Sharing.PRIVATE, List.of(Long.MAX_VALUE));

        Path zip = QtiPackages.zip("assessment/qti/v30");
        ImportOutcome outcome = qti.importPackage(teacherA(), unknownKnowledgePoint, zip);
        Files.deleteIfExists(zip);

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("assessment.error.knowledgePointUnknown");
        assertThat(outcome.problems().getFirst().column()).isEqualTo("items/q1-choice.xml");
        assertThat(count("assessment.item")).isEqualTo(items);
        assertThat(count("assessment.item_media")).isEqualTo(media);
    }

    @Test
    void aChoiceWithoutCorrectResponseIsNamedByFileAndElement() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        String choice = new String(files.get("items/choice.xml"), StandardCharsets.UTF_8)
                .replace("<correctResponse><value>ChoiceB</value></correctResponse>", "");
        files.put("items/choice.xml", choice.getBytes(StandardCharsets.UTF_8));

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("items/choice.xml");
            assertThat(p.value()).isEqualTo("choiceInteraction");
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.noCorrectResponse");
        });
    }

    @Test
    void externalEntitiesAreNeverResolvedNorExpanded() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        files.put("items/order.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE assessmentItem [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="x" title="&secret;">
                <itemBody><p>&secret;</p></itemBody></assessmentItem>""".getBytes(StandardCharsets.UTF_8));
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">");
        }
        laughs.append("]>\n<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\"><itemBody><p>&lol9;</p>"
                + "</itemBody></assessmentItem>");
        files.put("items/match.xml", laughs.toString().getBytes(StandardCharsets.UTF_8));

        long started = System.nanoTime();
        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(System.nanoTime() - started).isLessThan(10_000_000_000L);
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::column)
                .containsExactlyInAnyOrder("items/order.xml", "items/match.xml");
        assertThat(outcome.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("assessment.exchange.xmlDoctype");
        assertThat(outcome.problems().toString()).doesNotContain("root:");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        files.put("images/bomb.png", new byte[20 * 1024 * 1024]);

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.problems()).singleElement().extracting(ImportProblem::messageKey)
                .isIn("roster.import.limit.ratio", "roster.import.limit.entrySize");
    }

    @Test
    void pathsThatClimbOutOfThePackageAreRefused() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>(QtiPackages.files("assessment/qti/v21"));
        files.put("../../evil.xml", "<x/>".getBytes(StandardCharsets.UTF_8));
        files.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8));

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("assessment.exchange.unsafePath");
        assertThat(outcome.problems()).extracting(ImportProblem::column)
                .containsExactlyInAnyOrder("../../evil.xml", "/etc/cron.d/evil");
    }

    @Test
    void aFileTheManifestNamesButThePackageLacksIsNamed() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        files.remove("items/order.xml");
        files.remove("images/pie.png");

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.fileMissing");
            assertThat(p.arguments()).containsExactly("items/order.xml");
        });
    }

    @Test
    void aPictureMissingFromThePackageIsNamedWithTheItemThatShowsIt() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        files.remove("images/pie.png");

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.mediaMissing");
            assertThat(p.arguments()).containsExactly("items/choice.xml", "../images/pie.png");
        });
    }

    @Test
    void anSvgPictureIsRefused() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        files.put("images/pie.png", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8));

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().extracting(ImportProblem::column).isEqualTo("images/pie.png");
    }

    @Test
    void anXmlFileThatIsNoQtiItemIsNamed() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21");
        files.put("items/order.xml", "<html><body><p>not an item</p></body></html>".getBytes(StandardCharsets.UTF_8));
        files.put("items/match.xml", "this is not xml at all".getBytes(StandardCharsets.UTF_8));

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.problems()).extracting(ImportProblem::messageKey)
                .containsExactlyInAnyOrder("assessment.exchange.notQtiItem", "assessment.exchange.xmlMalformed");
    }

    @Test
    void somethingThatIsNoZipAtAllIsOneProblem() throws Exception {
        Path notZip = Files.createTempFile("qti", ".zip");
        Files.writeString(notZip, "题型,题干\n单选题,x\n");

        ImportOutcome outcome = load(notZip);

        assertThat(outcome.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("assessment.exchange.notZip");
    }
}
