package org.educloud.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;
import org.educloud.assessment.Response;
import org.educloud.assessment.attempts.AttemptSheet;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemView;
import org.educloud.assessment.quizzes.AnswersVisible;
import org.educloud.assessment.quizzes.QuizDraft;
import org.educloud.assessment.quizzes.QuizSetting;
import org.educloud.assessment.quizzes.Quizzes;
import org.educloud.assessment.scoring.Scoring;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The interactions beyond the basic five, in the shapes QTI 2.1 and 3.0 packages write them: inline choices and gap
 * matches become gaps chosen from a list, hot text and hotspots become lettered choices (the hotspot picture drawn
 * on), and a composite item one item per part. Each is scored and shown on the quiz page; what still cannot be
 * read is named with where it is.
 */
@EduCloudTest
class QtiInteractionsImportTest {

    /** The colour HotspotPicture draws areas and letters in. */
    private static final int LINE = new Color(0xD6, 0x33, 0x6C).getRGB();

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
    MockMvc mvc;
    @Autowired
    Quizzes quizzes;
    @Autowired
    Attempts attempts;
    @Autowired
    JdbcClient jdbc;

    private Scope teacherA() {
        return identity.scopeOf(fixture.a().person(Role.TEACHER));
    }

    private ImportOutcome load(Path zip) throws Exception {
        long kp = curriculum.knowledgePoints(teacherA(), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
        try {
            return qti.importPackage(teacherA(), new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "",
                    Sharing.PRIVATE, List.of(kp)), zip);
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    private List<ItemView> imported(ImportOutcome outcome) {
        assertThat(outcome.problems()).isEmpty();
        return outcome.itemIds().stream().map(id -> bank.find(teacherA(), id)).toList();
    }

    @Test
    void qti21InlineChoicesGapMatchesHotTextHotspotsAndCompositesAreImported() throws Exception {
        List<ItemView> items = imported(load(QtiPackages.zip("assessment/qti/v21-more")));

        assertThat(items).extracting(ItemView::type).containsExactly(ItemType.FILL_BLANK, ItemType.FILL_BLANK,
                ItemType.SINGLE_CHOICE, ItemType.SINGLE_CHOICE, ItemType.SINGLE_CHOICE, ItemType.SHORT_ANSWER);

        ItemContent inline = items.get(0).content();
        assertThat(inline.blanks()).extracting(ItemContent.Blank::options).containsExactly(
                List.of("<", "=", ">"), List.of("<", "=", ">"), List.of());
        assertThat(inline.blanks()).extracting(ItemContent.Blank::accepted).containsExactly(
                List.of(">"), List.of("="), List.of("4"));
        assertThat(inline.stem()).contains("比较大小：1/2 ____ 1/3；2/4 ____ 1/2；3/4 的分母是 ____。")
                .doesNotContain("inlineChoice");

        ItemContent gaps = items.get(1).content();
        assertThat(gaps.blanks()).extracting(ItemContent.Blank::accepted).containsExactly(List.of("二分之一"),
                List.of("四分之一"));
        assertThat(gaps.blanks()).allSatisfy(b -> assertThat(b.options()).containsExactly("二分之一", "三分之一",
                "四分之一"));
        assertThat(gaps.stem()).contains("把词语拖到正确的空里。").contains("每份是它的 ____；")
                .doesNotContain("三分之一");

        ItemContent hottext = items.get(2).content();
        assertThat(hottext.choices()).extracting(ItemContent.Choice::id).containsExactly("A", "B", "C");
        assertThat(hottext.choice("B").html()).isEqualTo("还剩下 3/8");
        assertThat(hottext.key()).containsExactly("B");
        assertThat(hottext.stem()).contains("下面一段话中有一处错误").contains("<u>还剩下 3/8</u>（B）")
                .contains("<u>平均分成 8 份</u>（A）");

        ItemContent hotspot = items.get(3).content();
        assertThat(hotspot.choices()).extracting(ItemContent.Choice::html).containsExactly("A", "B", "右边的柱子");
        assertThat(hotspot.key()).containsExactly("C");
        assertThat(hotspot.stem()).contains("哪一根柱子的高度是四分之三？").contains("alt=\"柱状图\"")
                .containsPattern("<img src=\"/assessment/media/\\d+\"");
        BufferedImage marked = picture(hotspot);
        assertThat(marked.getWidth()).isEqualTo(240);
        assertThat(marked.getHeight()).isEqualTo(120);
        // each area carries its letter's disc at its centre (the letter itself white): A's rectangle, B's circle
        assertThat(marked.getRGB(40 - 6, 105)).isEqualTo(LINE);
        assertThat(marked.getRGB(120 - 6, 90)).isEqualTo(LINE);
        // away from any area the picture is the package's own
        assertThat(marked.getRGB(150, 10)).isEqualTo(Color.WHITE.getRGB());

        assertThat(items.get(4).source()).isEqualTo("分披萨（1/2）");
        assertThat(items.get(4).content().key()).containsExactly("B");
        assertThat(items.get(4).content().stem()).contains("一张披萨平均切成 6 块").contains("几分之几")
                .doesNotContain("怎么想的");
        assertThat(items.get(5).source()).isEqualTo("分披萨（2/2）");
        assertThat(items.get(5).content().stem()).contains("一张披萨平均切成 6 块").contains("怎么想的")
                .doesNotContain("几分之几");
    }

    @Test
    void qti30GapMatchesHotTextAndHotspotsReadTheKebabCaseSpelling() throws Exception {
        List<ItemView> items = imported(load(QtiPackages.zip("assessment/qti/v30-more")));

        assertThat(items).extracting(ItemView::type).containsExactly(ItemType.FILL_BLANK,
                ItemType.MULTIPLE_CHOICE, ItemType.MULTIPLE_CHOICE);
        ItemContent gaps = items.get(0).content();
        assertThat(gaps.blanks()).extracting(ItemContent.Blank::accepted).containsExactly(List.of("1/3"),
                List.of("1/5"));
        assertThat(gaps.blanks().getFirst().options()).containsExactly("1/3", "1/4", "1/5");
        assertThat(gaps.stem()).contains("选择合适的分数单位。").contains("2/3 的分数单位是 ____");

        ItemContent hotspot = items.get(1).content();
        assertThat(hotspot.key()).containsExactly("B");
        BufferedImage marked = picture(hotspot);
        // the item sizes the picture 480×240, the file is 240×120: the areas are scaled to the file
        assertThat(marked.getWidth()).isEqualTo(240);
        assertThat(marked.getRGB(120 - 6, 90)).isEqualTo(LINE);
        assertThat(marked.getRGB(40 - 6, 105)).isEqualTo(LINE);

        ItemContent hottext = items.get(2).content();
        assertThat(hottext.key()).containsExactly("A", "C");
        assertThat(hottext.stem()).contains("<u>7/4</u>（B）");
    }

    @Test
    void aGapChosenFromAListIsShownAsAListOnTheQuizPageAndScoredByTheChosenText() throws Exception {
        List<ItemView> items = imported(load(QtiPackages.zip("assessment/qti/v21-more")));
        ItemView inline = items.getFirst();
        assertThat(Scoring.mark(inline.content(), new Response(List.of(), List.of(">", "=", "4"), List.of(),
                Map.of(), "")).credit()).isEqualTo(1.0);
        assertThat(Scoring.mark(inline.content(), new Response(List.of(), List.of("<", "=", "4"), List.of(),
                Map.of(), "")).credit()).isEqualTo(2.0 / 3);

        long quiz = quizzes.create(teacherA(), new QuizDraft("比较大小", "", null, 1, false, true,
                AnswersVisible.AFTER_SUBMIT, List.of(new QuizDraft.Pick(inline.id(), BigDecimal.valueOf(3))),
                List.of()));
        Instant now = Instant.now();
        quizzes.setToClasses(teacherA(), quiz, new QuizSetting(List.of(fixture.a().classId()),
                now.minusSeconds(60), now.plusSeconds(3600)));
        Scope student = identity.scopeOf(fixture.a().person(Role.STUDENT));
        AttemptSheet sheet = attempts.start(student, quiz);

        String page = mvc.perform(get("/assessment/attempts/" + sheet.attemptId())
                        .with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // a chosen gap is a list, a typed one a text box; the order of the attributes is the fragments' business
        assertThat(page).containsPattern(control("select", "blank-1-0", "blank"))
                .contains("<option value=\"&gt;\">&gt;</option>")
                .containsPattern(control("input", "blank-1-2", "blank"))
                .doesNotContainPattern(control("input", "blank-1-0", "blank"));

        int position = sheet.items().getFirst().position();
        attempts.save(student, sheet.attemptId(), position, 1, new Response(List.of(), List.of(">", "<", "4"),
                List.of(), Map.of(), ""));
        AttemptSheet done = attempts.submit(student, sheet.attemptId());
        assertThat(done.score()).isEqualByComparingTo("2");
    }

    @Test
    void anInteractionStillUnsupportedIsNamedWithWhereItIsAndNothingIsStored() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21-more");
        files.put("items/gap_match.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="slider" title="滑块">
                  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"/>
                  <itemBody><p>估一估</p><div><p>第一段</p></div><div><p>1/2 大约在哪里？</p>
                    <sliderInteraction responseIdentifier="RESPONSE" lowerBound="0" upperBound="1"/></div>
                  </itemBody>
                </assessmentItem>""".getBytes(StandardCharsets.UTF_8));
        long before = count();

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("items/gap_match.xml");
            assertThat(p.value()).isEqualTo("itemBody/div[2]/sliderInteraction");
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.unsupportedInteraction");
            assertThat(p.arguments()).containsExactly("sliderInteraction", "items/gap_match.xml",
                    "itemBody/div[2]/sliderInteraction");
        });
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aHotspotWhoseAreaCannotBeReadIsNamedNotDropped() throws Exception {
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21-more");
        String hotspot = new String(files.get("items/hotspot.xml"), StandardCharsets.UTF_8)
                .replace("shape=\"circle\" coords=\"120,90,25\"", "shape=\"circle\" coords=\"120,90\"");
        files.put("items/hotspot.xml", hotspot.getBytes(StandardCharsets.UTF_8));

        ImportOutcome outcome = load(QtiPackages.zip(files));

        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("assessment.exchange.hotspotShape");
            assertThat(p.value()).isEqualTo("itemBody/hotspotInteraction");
            assertThat(p.arguments()).containsExactly("items/hotspot.xml", "../images/bars.png", "B circle 120,90");
        });
    }

    @Test
    void hotspotItemsOnOnePictureEachShowTheirOwnAreas() throws Exception {
        // hotspot.xml draws A, B, C low on bars.png; this file asks two more questions of the same picture
        Map<String, byte[]> files = QtiPackages.files("assessment/qti/v21-more");
        files.put("items/hotspot_pair.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="pair" title="两问">
                  <responseDeclaration identifier="TOP" cardinality="single" baseType="identifier">
                    <correctResponse><value>T2</value></correctResponse>
                  </responseDeclaration>
                  <responseDeclaration identifier="LEFT" cardinality="single" baseType="identifier">
                    <correctResponse><value>L1</value></correctResponse>
                  </responseDeclaration>
                  <itemBody>
                    <hotspotInteraction responseIdentifier="TOP" maxChoices="1">
                      <prompt>右上角是哪一块？</prompt>
                      <object type="image/png" width="240" height="120" data="../images/bars.png">柱状图</object>
                      <hotspotChoice identifier="T1" shape="rect" coords="85,10,115,40"/>
                      <hotspotChoice identifier="T2" shape="rect" coords="135,10,165,40"/>
                    </hotspotInteraction>
                    <hotspotInteraction responseIdentifier="LEFT" maxChoices="1">
                      <prompt>左上角是哪一块？</prompt>
                      <object type="image/png" width="240" height="120" data="../images/bars.png">柱状图</object>
                      <hotspotChoice identifier="L1" shape="circle" coords="30,30,12"/>
                      <hotspotChoice identifier="L2" shape="circle" coords="60,30,12"/>
                    </hotspotInteraction>
                  </itemBody>
                </assessmentItem>""".getBytes(StandardCharsets.UTF_8));
        String manifest = new String(files.get("imsmanifest.xml"), StandardCharsets.UTF_8).replace("</resources>",
                "<resource identifier=\"pair\" type=\"imsqti_item_xmlv2p1\" href=\"items/hotspot_pair.xml\"/>"
                        + "</resources>");
        files.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));

        List<ItemView> items = imported(load(QtiPackages.zip(files)));

        ItemContent bars = items.get(3).content();
        ItemContent top = items.get(6).content();
        ItemContent left = items.get(7).content();
        assertThat(List.of(src(bars), src(top), src(left))).doesNotHaveDuplicates();
        // each copy has its letters' discs where its own areas are, and none where the others' are
        int[][] barsDiscs = {{40, 105}, {120, 90}};
        int[][] topDiscs = {{100, 25}, {150, 25}};
        int[][] leftDiscs = {{30, 30}, {60, 30}};
        assertDiscs(picture(bars), barsDiscs, topDiscs, leftDiscs);
        assertDiscs(picture(top), topDiscs, barsDiscs, leftDiscs);
        assertDiscs(picture(left), leftDiscs, barsDiscs, topDiscs);
        assertThat(top.key()).containsExactly("B");
        assertThat(left.key()).containsExactly("A");
    }

    private static void assertDiscs(BufferedImage marked, int[][] own, int[][]... others) {
        for (int[] disc : own) {
            assertThat(marked.getRGB(disc[0] - 6, disc[1])).as("own disc at %d,%d", disc[0], disc[1])
                    .isEqualTo(LINE);
        }
        for (int[][] other : others) {
            for (int[] disc : other) {
                assertThat(marked.getRGB(disc[0] - 6, disc[1])).as("another's disc at %d,%d", disc[0], disc[1])
                        .isNotEqualTo(LINE);
            }
        }
    }

    private static String src(ItemContent content) {
        return content.stem().replaceAll("(?s).*<img src=\"(/assessment/media/\\d+)\".*", "$1");
    }

    /** The teacher's own items only: the demo district's items may still be written while the test runs. */
    private long count() {
        return jdbc.sql("SELECT count(*) FROM assessment.item WHERE author_account = :author")
                .param("author", fixture.a().person(Role.TEACHER).value()).query(Long.class).single();
    }

    private BufferedImage picture(ItemContent content) throws Exception {
        String src = src(content);
        byte[] png = mvc.perform(get(src).with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andReturn().getResponse().getContentAsByteArray();
        // kept for a look at what students see
        Files.write(Path.of("target", "qti-hotspot-" + src.substring(src.lastIndexOf('/') + 1) + ".png"), png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** A control of the given tag with the given id and class, whatever the order of its attributes. */
    private static String control(String tag, String id, String cssClass) {
        return "<" + tag + "(?=[^>]*\\sid=\"" + id + "\")(?=[^>]*\\sclass=\"" + cssClass + "\")";
    }
}
