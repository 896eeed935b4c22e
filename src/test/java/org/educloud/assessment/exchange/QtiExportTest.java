package org.educloud.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemContent.Blank;
import org.educloud.assessment.ItemContent.Choice;
import org.educloud.assessment.items.ItemDraft;
import org.educloud.assessment.ItemType;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Items leave as a QTI 3.0 package that this platform (and any QTI 3.0 reader) reads back as the same items. */
@EduCloudTest
class QtiExportTest {

    @Autowired
    QtiExport export;
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

    private Scope teacherA() {
        return identity.scopeOf(fixture.a().person(Role.TEACHER));
    }

    private long kp() {
        return curriculum.knowledgePoints(teacherA(), Subject.MATHEMATICS, Stage.PRIMARY).getFirst().id();
    }

    private static ItemContent content(ItemType type, String stem, List<Choice> choices, List<Choice> targets,
                                       List<String> key, Map<String, String> pairs, List<Blank> blanks,
                                       String explanation, String reference, String rubric) {
        return new ItemContent(type, stem, choices, targets, key, pairs, blanks, explanation, reference, rubric);
    }

    static List<ItemContent> everyType() {
        List<Choice> abc = List.of(new Choice("A", "1/2"), new Choice("B", "<strong>1/4</strong>"),
                new Choice("C", "<math><mfrac><mn>3</mn><mn>4</mn></mfrac></math>"));
        return List.of(
                content(ItemType.SINGLE_CHOICE, "<p>哪个分数最小？x &lt; y</p>", abc, List.of(), List.of("B"), Map.of(),
                        List.of(), "<p>1/4 最小。</p>", "", ""),
                content(ItemType.MULTIPLE_CHOICE, "比 1/3 大的有：", abc, List.of(), List.of("A", "C"), Map.of(),
                        List.of(), "", "", ""),
                content(ItemType.TRUE_FALSE, "3/4 比 2/3 大。", List.of(new Choice("A", "对"), new Choice("B", "错")),
                        List.of(), List.of("A"), Map.of(), List.of(), "通分比较。", "", ""),
                content(ItemType.FILL_BLANK, "1 份是（  ），3 份用小数是（  ）。", List.of(), List.of(), List.of(),
                        Map.of(), List.of(new Blank(List.of("1/4", "四分之一"), null, 0),
                                new Blank(List.of(), 0.75, 0.01)), "", "", ""),
                content(ItemType.FILL_BLANK, "和 1/2 相等、分母是 4 的分数是（  ）。", List.of(), List.of(), List.of(),
                        Map.of(), List.of(new Blank(List.of("2/4"), null, 0)), "", "", ""),
                // a gap chosen from a list travels as an inline choice interaction
                content(ItemType.FILL_BLANK, "1/2（  ）1/3，3/4 的分母是（  ）。", List.of(), List.of(), List.of(),
                        Map.of(), List.of(new Blank(List.of(">"), null, 0, List.of("<", "=", ">")),
                                new Blank(List.of("4"), null, 0)), "", "", ""),
                content(ItemType.FILL_BLANK, "2/4（  ）1/2", List.of(), List.of(), List.of(), Map.of(),
                        List.of(new Blank(List.of("="), null, 0, List.of("<", "=", ">"))), "", "", ""),
                content(ItemType.MATCHING, "连一连。", List.of(new Choice("A", "1/2"), new Choice("B", "1/3")),
                        List.of(new Choice("T1", "二分之一"), new Choice("T2", "三分之一")), List.of(),
                        Map.of("A", "T1", "B", "T2"), List.of(), "", "", ""),
                content(ItemType.ORDERING, "从小到大排列。", abc, List.of(), List.of("B", "A", "C"), Map.of(), List.of(),
                        "", "", ""),
                content(ItemType.SHORT_ANSWER, "1/2 和 2/4 为什么相等？", List.of(), List.of(), List.of(), Map.of(),
                        List.of(), "", "分数的基本性质。", "<p>说出基本性质得 2 分。</p>"),
                content(ItemType.ESSAY, "说说生活中的分数。", List.of(), List.of(), List.of(), Map.of(), List.of(),
                        "例如分蛋糕。", "", "言之有理即可。"));
    }

    @Test
    void exportThenImportGivesEveryItemTypeBackUnchanged() throws Exception {
        Scope teacher = teacherA();
        List<Long> ids = new ArrayList<>();
        for (ItemContent content : everyType()) {
            ids.add(bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "往返",
                    Sharing.PRIVATE, List.of(kp()), content)));
        }
        List<ItemContent> stored = ids.stream().map(id -> bank.find(teacher, id).content()).toList();

        Path zip = Files.createTempFile("export", ".zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            export.write(teacher, export.items(teacher, ids), out);
        }
        ImportOutcome back = qti.importPackage(teacher, new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2,
                "", Sharing.PRIVATE, List.of(kp())), zip);
        Files.deleteIfExists(zip);

        assertThat(back.problems()).isEmpty();
        List<ItemContent> imported = back.itemIds().stream().map(id -> bank.find(teacher, id).content()).toList();
        assertThat(imported).containsExactlyElementsOf(stored);
    }

    @Test
    void thePackageHasAManifestAndQti30ItemsWithResponseProcessingTemplates() throws Exception {
        Scope teacher = teacherA();
        long id = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE,
                List.of(kp()), everyType().getFirst()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(teacher, export.items(teacher, List.of(id)), out);

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsKey("imsmanifest.xml");
        assertThat(entries.get("imsmanifest.xml")).contains("type=\"imsqti_item_xmlv3p0\"");
        String item = entries.get("items/item-" + id + "-v1.xml");
        assertThat(item).contains("<qti-assessment-item xmlns=\"http://www.imsglobal.org/xsd/imsqtiasi_v3p0\"")
                .contains("<qti-correct-response><qti-value>B</qti-value></qti-correct-response>")
                .contains("rptemplates/match_correct.xml")
                .contains("<math xmlns=\"http://www.w3.org/1998/Math/MathML\">");
    }

    @Test
    void aMultipleChoiceItemTellsOtherReadersThatPartOfTheKeyEarnsHalf() throws Exception {
        Scope teacher = teacherA();
        long id = bank.create(teacher, new ItemDraft(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE,
                List.of(kp()), everyType().get(1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(teacher, export.items(teacher, List.of(id)), out);

        String item = "";
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("items/")) {
                    item = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(item).doesNotContain("rptemplates/match_correct.xml")
                .contains("<qti-contains><qti-correct identifier=\"RESPONSE\"/><qti-variable identifier=\"RESPONSE\"/>")
                .contains("<qti-base-value base-type=\"float\">0.5</qti-base-value>");
    }

    @Test
    void picturesTravelWithTheirItemsAndComeBackAsNewPictures() throws Exception {
        Scope teacher = teacherA();
        ImportDefaults defaults = new ImportDefaults(Stage.PRIMARY, Subject.MATHEMATICS, 3, 2, "", Sharing.PRIVATE,
                List.of(kp()));
        Path v30 = QtiPackages.zip("assessment/qti/v30");
        long first = qti.importPackage(teacher, defaults, v30).itemIds().getFirst();
        Files.deleteIfExists(v30);
        ItemContent original = bank.find(teacher, first).content();
        String mediaId = original.stem().replaceAll("(?s).*/assessment/media/(\\d+)\".*", "$1");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(teacher, export.items(teacher, List.of(first)), out);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsKey("media/" + mediaId + ".png");
        assertThat(entries.get("media/" + mediaId + ".png")).isEqualTo(Files.readAllBytes(
                Path.of("src/test/resources/assessment/qti/v30/media/bar.png")));
        assertThat(new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8))
                .contains("<dependency identifierref=\"media-" + mediaId + "\"/>");

        Path again = QtiPackages.zip(entries);
        ImportOutcome back = qti.importPackage(teacher, defaults, again);
        Files.deleteIfExists(again);
        ItemContent copy = bank.find(teacher, back.itemIds().getFirst()).content();
        String newId = copy.stem().replaceAll("(?s).*/assessment/media/(\\d+)\".*", "$1");
        assertThat(newId).isNotEqualTo(mediaId);
        assertThat(copy.stem().replace("/assessment/media/" + newId, "/assessment/media/" + mediaId))
                .isEqualTo(original.stem());
    }

    @Test
    void anotherSchoolsItemIsNotExported() {
        long theirs = fixture.b().assessed().itemId();
        assertThatThrownBy(() -> export.items(teacherA(), List.of(theirs))).isInstanceOf(NotFoundException.class);
    }
}
