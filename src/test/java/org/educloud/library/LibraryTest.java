package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.aResource;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.catalogue.CatalogueCsv;
import org.educloud.library.files.OrphanContentSweep;
import org.educloud.library.files.TestFiles;
import org.educloud.library.previews.Previews;
import org.educloud.roster.ClassId;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Stage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@EduCloudTest
class LibraryTest {

    @Autowired
    UsageFigures usageFigures;
    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    ResourceLibrary library;
    @Autowired
    Curriculum curriculum;
    @Autowired
    StoredFiles storedFiles;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ClassPushes pushes;
    @Autowired
    Engagement engagement;
    @Autowired
    OrphanContentSweep sweep;

    private Scope as(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private ResourceDraft draft(String title, Sharing sharing) {
        return aResource().titled(title).described("<p>说明</p>").tagged("分数").sharedWith(sharing).build();
    }

    private static InputStream pdf(String text) {
        return new ByteArrayInputStream(("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM library." + table).query(Long.class).single();
    }

    @Test
    void aSchoolSharedResourceIsPublishedByTheSchoolAndSeenOnlyInThatSchool() {
        Scope teacher = as(Role.TEACHER);
        ResourceId id = library.create(teacher, draft("几分之一 学校共享", Sharing.SCHOOL), pdf("school"), "几分之一.pdf");
        library.submit(teacher, id);
        assertThatThrownBy(() -> library.approve(teacher, id, null)).isInstanceOf(ForbiddenException.class);
        library.approve(as(Role.SCHOOL_ADMIN), id, "可以");

        ResourceDetail seen = library.view(as(Role.STUDENT), id);
        assertThat(seen.summary().status()).isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(seen.history()).extracting(ReviewStepView::to)
                .containsExactly(ReviewStatus.SUBMITTED, ReviewStatus.PUBLISHED);
        assertThat(seen.history().getLast().comment()).isEqualTo("可以");
        Scope otherDistrictTeacher = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThatThrownBy(() -> library.view(otherDistrictTeacher, id)).isInstanceOf(NotFoundException.class);
        assertThat(library.list(otherDistrictTeacher, ResourceFilter.all(), 0, 100).items())
                .extracting(ResourceView::id).doesNotContain(id);
        assertThatThrownBy(() -> library.view(null, id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDistrictSharedResourceNeedsTheBureauAfterTheSchoolAndRejectionNeedsAReason() {
        Scope teacher = as(Role.TEACHER);
        ResourceId id = library.create(teacher, draft("周长练习 区县共享", Sharing.DISTRICT), pdf("district"), "周长.pdf");
        library.submit(teacher, id);
        library.approve(as(Role.SCHOOL_ADMIN), id, null);
        assertThat(library.view(teacher, id).summary().status()).isEqualTo(ReviewStatus.SCHOOL_APPROVED);
        assertThat(library.reviewQueue(as(Role.DISTRICT_ADMIN), 0, 50).items()).extracting(ResourceView::id)
                .contains(id);
        assertThatThrownBy(() -> library.approve(as(Role.SCHOOL_ADMIN), id, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> library.reject(as(Role.DISTRICT_ADMIN), id, " "))
                .isInstanceOf(RuleViolationException.class);
        library.reject(as(Role.DISTRICT_ADMIN), id, "第3题答案有误");
        assertThat(library.view(teacher, id).summary().status()).isEqualTo(ReviewStatus.REJECTED);

        library.revise(teacher, id, draft("周长练习 区县共享（已改）", Sharing.DISTRICT));
        library.submit(teacher, id);
        library.approve(as(Role.SCHOOL_ADMIN), id, null);
        library.approve(as(Role.DISTRICT_ADMIN), id, null);
        library.feature(as(Role.DISTRICT_ADMIN), id, true);
        ResourceDetail published = library.view(as(Role.STUDENT), id);
        assertThat(published.summary().featured()).isTrue();
        assertThat(library.list(as(Role.TEACHER), new ResourceFilter(null, null, null, null, null, false, true,
                ResourceFilter.Order.NEWEST), 0, 50).items()).extracting(ResourceView::id).contains(id);
        assertThatThrownBy(() -> library.revise(teacher, id, draft("发布后直接改", Sharing.DISTRICT)))
                .isInstanceOf(RuleViolationException.class);
        library.withdraw(teacher, id, "需要更新");
        assertThatThrownBy(() -> library.view(as(Role.STUDENT), id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void identicalUploadsAreStoredOnce() {
        Scope teacher = as(Role.TEACHER);
        long blobs = count("blob");
        ResourceId first = library.create(teacher, draft("同一文件 一", Sharing.PRIVATE), pdf("same bytes"), "a.pdf");
        ResourceId second = library.create(teacher, draft("同一文件 二", Sharing.PRIVATE), pdf("same bytes"), "b.pdf");
        assertThat(count("blob")).isEqualTo(blobs + 1);
        assertThat(library.view(teacher, first).files().getFirst().current().fileName()).isEqualTo("a.pdf");
        assertThat(library.view(teacher, second).files().getFirst().current().fileName()).isEqualTo("b.pdf");
    }

    @Test
    void refusedFilesLeaveNoResourceNoRowAndNoFileBehind() throws Exception {
        Scope teacher = as(Role.TEACHER);
        long resources = count("resource");
        long blobs = count("blob");
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        List<Object[]> refusals = List.of(
                new Object[] {new byte[0], "empty.pdf", "library.error.fileEmpty"},
                new Object[] {"MZ\u0090\u0000\u0003 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1),
                        "lesson.pdf", "library.error.fileTypeRefused"},
                new Object[] {"#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "lesson.pdf",
                        "library.error.fileTypeRefused"},
                new Object[] {"plain notes, not a PDF".getBytes(StandardCharsets.US_ASCII), "notes.pdf",
                        "library.error.fileTypeMismatch"},
                new Object[] {png, "picture.pdf", "library.error.fileTypeMismatch"},
                new Object[] {"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "../../etc/passwd.pdf",
                        "library.error.fileNameInvalid"},
                new Object[] {"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "bad\u0007name.pdf",
                        "library.error.fileNameInvalid"},
                new Object[] {new byte[6 * 1024 * 1024], "huge.pdf", "library.error.fileTooLarge"},
                new Object[] {"PK\u0003\u0004 archive".getBytes(StandardCharsets.ISO_8859_1), "bomb.zip",
                        "library.error.fileTypeRefused"},
                new Object[] {TestFiles.zip(Map.of("run.sh", "#!/bin/sh\n")), "教案.docx",
                        "library.error.officeStructure"},
                new Object[] {TestFiles.pdf("<</Type/Catalog/Pages 2 0 R/OpenAction 4 0 R>>",
                        "<</Type/Pages/Kids[3 0 R]/Count 1>>", "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>",
                        "<</S/JavaScript/JS(app.launchURL\\('https://evil.example/'\\))>>"), "练习.pdf",
                        "library.error.pdfActiveContent"},
                new Object[] {TestFiles.polyglotGif(), "表情.gif", "library.error.imageScript"});
        for (Object[] refusal : refusals) {
            assertThatThrownBy(() -> library.create(teacher, draft("被拒的文件", Sharing.PRIVATE),
                    new ByteArrayInputStream((byte[]) refusal[0]), (String) refusal[1]))
                    .as((String) refusal[1])
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(refusal[2]));
        }
        assertThat(count("resource")).isEqualTo(resources);
        assertThat(count("blob")).isEqualTo(blobs);
        try (var spooled = Files.list(Path.of("target/test-files/incoming"))) {
            assertThat(spooled).isEmpty();
        }
    }

    @Test
    void aTinyPdfClaimingAnEnormousPageIsStoredWithASmallPreview() throws Exception {
        Scope teacher = as(Role.TEACHER);
        byte[] tall = TestFiles.tallPdf();
        ResourceId id = library.create(teacher, draft("四十万点高的页面", Sharing.PRIVATE), new ByteArrayInputStream(tall),
                "tall.pdf");
        ResourceFileView file = library.view(teacher, id).files().getFirst();
        assertThat(file.current().size()).isEqualTo(tall.length);
        FileContent preview = library.preview(teacher, id, file.id(), null);
        try (InputStream png = preview.content()) {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png);
            assertThat(image.getWidth()).isLessThanOrEqualTo(Previews.WIDTH);
            assertThat(image.getHeight()).isLessThanOrEqualTo(Previews.MAX_HEIGHT);
        }
    }

    @Test
    void contentStoredByATransactionThatRollsBackIsRemovedAgain() {
        byte[] bytes = "%PDF-1.4\n% rolled back\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String[] key = new String[1];
        try (ReceivedFile received = storedFiles.receive(new ByteArrayInputStream(bytes), "rolled.pdf")) {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                key[0] = storedFiles.store(received).sha256();
                throw new IllegalStateException("the caller fails after the upload");
            })).isInstanceOf(IllegalStateException.class);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM library.blob WHERE sha256 = ?").param(key[0]).query(Long.class)
                .single()).isZero();
        assertThat(Path.of("target/test-files/contents", key[0].substring(0, 2), key[0].substring(2, 4), key[0]))
                .doesNotExist();
    }

    @Test
    void metadataIsCheckedAgainstTheCurriculumAndTheOwnersPlace() {
        Scope teacher = as(Role.TEACHER);
        ResourceDraft gradeOutsideStage = aResource().titled("年级不对").described("").ofType(ResourceType.DOCUMENT)
                .forGrade(Stage.PRIMARY, Subject.MATHEMATICS, 8).sharedWith(Sharing.PRIVATE).build();
        assertThatThrownBy(() -> library.create(teacher, gradeOutsideStage))
                .hasFieldOrPropertyWithValue("messageKey", "library.error.gradeNotInStage");
        ResourceDraft otherSchool = aResource().titled("别校名义").described("").ofType(ResourceType.DOCUMENT)
                .sharedWith(Sharing.PRIVATE).ownedBy(fixture.b().school().id().value()).build();
        assertThatThrownBy(() -> library.create(teacher, otherSchool))
                .hasFieldOrPropertyWithValue("messageKey", "library.error.owner");
        ResourceDraft scriptLink = aResource().titled("脚本链接").described("").ofType(ResourceType.LINK)
                .linkingTo("javascript:alert(1)").sharedWith(Sharing.PRIVATE).build();
        assertThatThrownBy(() -> library.create(teacher, scriptLink))
                .hasFieldOrPropertyWithValue("messageKey", "library.error.linkInvalid");
        ResourceDraft wrongSubjectNode = aResource().titled("章节不符").described("").ofType(ResourceType.DOCUMENT)
                .forGrade(Stage.PRIMARY, Subject.CHINESE, 3).atLesson(fractionsChapter(teacher))
                .sharedWith(Sharing.PRIVATE).build();
        assertThatThrownBy(() -> library.create(teacher, wrongSubjectNode))
                .hasFieldOrPropertyWithValue("messageKey", "library.error.textbookNode");
        assertThatThrownBy(() -> library.create(as(Role.STUDENT), draft("学生上传", Sharing.PRIVATE)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void descriptionsKeepFormattingAndLoseScripts() {
        Scope teacher = as(Role.TEACHER);
        ResourceDraft hostile = aResource().titled("富文本")
                .described("<p onclick=\"steal()\">看<b>这里</b></p><script>alert(1)</script>"
                        + "<a href=\"javascript:alert(2)\">链接</a><img src=x onerror=alert(3)>")
                .ofType(ResourceType.DOCUMENT).atLesson(fractionsChapter(teacher)).sharedWith(Sharing.PRIVATE).build();
        ResourceId id = library.create(teacher, hostile);
        ResourceDetail detail = library.view(teacher, id);
        assertThat(detail.description()).contains("<b>这里</b>").doesNotContain("script", "onclick", "javascript",
                "onerror", "<img");
        assertThat(detail.textbookPath()).isEqualTo("人教版 › 三年级上册 › 8 分数的初步认识");
    }

    @Test
    void downloadsAnswerRangesSoVideosSeekAndBrokenDownloadsResume() throws Exception {
        Scope teacher = as(Role.TEACHER);
        byte[] bytes = ("%PDF-1.4\n" + "x".repeat(1000) + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        ResourceId id = library.create(teacher, draft("分段下载", Sharing.PRIVATE), new ByteArrayInputStream(bytes),
                "range.pdf");
        long fileId = library.view(teacher, id).files().getFirst().id();
        String url = "/library/resources/" + id + "/files/" + fileId + "/content?download=true";
        var as = authentication(fixture.as(fixture.a().person(Role.TEACHER)));

        String etag = mvc.perform(get(url).with(as)).andExpect(status().isOk())
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().longValue("Content-Length", bytes.length))
                .andExpect(content().bytes(bytes))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(url).with(as).header("Range", "bytes=0-8")).andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-8/" + bytes.length))
                .andExpect(content().string("%PDF-1.4\n"));
        mvc.perform(get(url).with(as).header("Range", "bytes=-6")).andExpect(status().isPartialContent())
                .andExpect(content().string("%%EOF\n"));
        mvc.perform(get(url).with(as).header("Range", "bytes=100000-")).andExpect(status().isRequestedRangeNotSatisfiable())
                .andExpect(header().string("Content-Range", "bytes */" + bytes.length));
        mvc.perform(get(url).with(as).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(url).with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andExpect(status().isNotFound());
        assertThat(library.view(teacher, id).summary().downloadCount()).isEqualTo(2);
    }

    @Test
    void theApiTakesAFileAsTheRawBody() throws Exception {
        Scope teacher = as(Role.TEACHER);
        ResourceId id = library.create(teacher, draft("接口上传", Sharing.PRIVATE));
        mvc.perform(post("/api/v1/resources/" + id + "/files").param("name", "接口.pdf")
                        .contentType("application/octet-stream").content("%PDF-1.4\n% api\n%%EOF\n")
                        .with(authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/resources/" + id + "/files").param("name", "接口.pdf")
                        .contentType("application/octet-stream").content("MZ this is a program")
                        .with(authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        assertThat(library.view(teacher, id).files()).hasSize(1);
    }

    @Test
    void thePagesOfTheLibraryRenderForATeacher() throws Exception {
        var as = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        long id = fixture.a().resourceId();
        for (String page : List.of("/library", "/library?mine=true", "/library/resources/new", "/library/review",
                "/library/curriculum", "/library/resources/" + id, "/library/resources/" + id + "/edit")) {
            mvc.perform(get(page).with(as)).andExpect(status().isOk());
        }
        mvc.perform(get("/library/resources/" + id).with(as)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("fixture.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<iframe")));
        mvc.perform(multipart("/library/resources/new").file(new MockMultipartFile("file", "首个文件.pdf",
                                "application/pdf", "%PDF-1.4\n% form\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .param("title", "表单上传").param("type", "DOCUMENT").param("licence", "CC_BY")
                        .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("grade", "3")
                        .param("language", "zh-CN").param("sharing", "SCHOOL").with(as).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/library/resources/new").file(new MockMultipartFile("file", "伪装.pdf",
                                "application/pdf", "MZ program".getBytes(StandardCharsets.US_ASCII)))
                        .param("title", "表单上传被拒").param("type", "DOCUMENT").param("licence", "CC_BY")
                        .param("stage", "PRIMARY").param("subject", "MATHEMATICS").param("grade", "9")
                        .param("language", "zh-CN").param("sharing", "SCHOOL").with(as).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("表单上传被拒")));
    }

    @Test
    void aResourceFormSentWithoutOrWithUnknownStageAndSubjectIsShownAgain() throws Exception {
        var as = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        long before = count("resource");
        for (String[] broken : List.of(new String[] {"grade", "3"}, new String[] {"subject", "ALCHEMY"},
                new String[] {"stage", "NURSERY"})) {
            var form = post("/library/resources/new").param("title", "缺学科的表单").param("type", "DOCUMENT")
                    .param("licence", "CC_BY").param("language", "zh-CN").param("sharing", "SCHOOL")
                    .param(broken[0], broken[1]).with(as).with(csrf());
            if (!broken[0].equals("stage")) {
                form.param("stage", "PRIMARY");
            }
            mvc.perform(form).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("缺学科的表单")));
        }
        assertThat(count("resource")).isEqualTo(before);
    }

    @Test
    void bureausImportCataloguesAllOrNothing() {
        Scope district = as(Role.DISTRICT_ADMIN);
        String broken = """
                {"subject": "MATHEMATICS", "stage": "JUNIOR",
                 "editions": [{"name": "北师大版", "volumes": [{"name": "七年级上册", "grade": 3, "chapters": []}]}],
                 "knowledgePoints": [{"code": "MA-J-1", "name": "有理数"}, {"code": "MA-J-1", "name": "重复"}]}""";
        CatalogueImport refused = curriculum.importCatalogue(district, stream(broken));
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::messageKey)
                .containsExactlyInAnyOrder("library.catalogue.gradeInvalid", "library.catalogue.codeRepeated");
        assertThat(curriculum.textbooks(district, Subject.MATHEMATICS, Stage.JUNIOR)).isEmpty();

        String good = broken.replace("\"grade\": 3", "\"grade\": 7").replace("{\"code\": \"MA-J-1\", \"name\": \"重复\"}",
                "{\"code\": \"MA-J-2\", \"name\": \"整式\"}");
        CatalogueImport imported = curriculum.importCatalogue(district, stream(good));
        assertThat(imported.succeeded()).isTrue();
        assertThat(imported.textbookNodesAdded()).isEqualTo(2);
        assertThat(curriculum.importCatalogue(district, stream(good)).textbookNodesAdded()).isZero();
        assertThat(curriculum.textbooks(as(Role.TEACHER), Subject.MATHEMATICS, Stage.JUNIOR)).hasSize(2);
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThat(curriculum.textbooks(otherDistrict, Subject.MATHEMATICS, Stage.JUNIOR)).isEmpty();
        assertThat(curriculum.importCatalogue(district, stream("{not json")).problems())
                .extracting(ImportProblem::messageKey).containsExactly("library.catalogue.notJson");
        assertThatThrownBy(() -> curriculum.importCatalogue(as(Role.SCHOOL_ADMIN), stream(good)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theStarterCatalogueCoversPrimaryMathematicsGradesThreeAndFour() {
        List<TextbookNodeView> tree = curriculum.textbooks(as(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY);
        assertThat(tree).extracting(TextbookNodeView::path).contains("人教版 › 三年级上册 › 8 分数的初步认识 › 几分之一",
                "人教版 › 四年级下册 › 9 数学广角——鸡兔同笼");
        assertThat(curriculum.knowledgePoints(as(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(KnowledgePointView::code).contains("MA-P-FRA-UNIT", "MA-P-GEO-PERIM");
    }

    @Test
    void usageIsCountedForTheUsersSchoolAndAStudentsUseReachesTheRecordStore() throws Exception {
        ResourceId id = ResourceId.of(fixture.a().resourceId());
        long fileId = fixture.a().resourceFileId();
        long schoolId = fixture.a().school().id().value();
        long viewsBefore = usage(schoolId, id, "views");
        long downloadsBefore = usage(schoolId, id, "downloads");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long schoolTotalBefore = schoolUses(today);
        long monthBefore = monthUses(today);

        library.view(as(Role.STUDENT), id);
        try (var content = library.open(as(Role.TEACHER), id, fileId, null, 0, 1, true).content()) {
            content.readAllBytes();
        }

        assertThat(usage(schoolId, id, "views")).isEqualTo(viewsBefore + 1);
        assertThat(usage(schoolId, id, "downloads")).isEqualTo(downloadsBefore + 1);
        assertThat(schoolUses(today)).as("the school's total for the day").isEqualTo(schoolTotalBefore + 2);
        assertThat(monthUses(today)).as("and for the month").isEqualTo(monthBefore + 2);
        long studentId = fixture.a().studentId();
        String activity = "%/activities/resources/" + id;
        for (int i = 0; i < 100 && statements(studentId, activity) == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(statements(studentId, activity)).isPositive();
    }

    @Test
    void visitsAndInlineShowingAreViewsAndOnlyADownloadCountsAsOne() throws Exception {
        Scope teacher = as(Role.TEACHER);
        var pdf = new java.io.ByteArrayOutputStream();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf);
        }
        ResourceId id = library.create(teacher, draft("浏览不算下载", Sharing.PRIVATE),
                new ByteArrayInputStream(pdf.toByteArray()), "lesson.pdf");
        long fileId = library.view(teacher, id).files().getFirst().id();
        String files = "/library/resources/" + id + "/files/" + fileId;
        var asTeacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long viewsBefore = library.view(teacher, id).summary().viewCount();
        SchoolUsage before = schoolUsage(today);

        for (int visit = 0; visit < 5; visit++) {
            // what a browser fetches for the page: the page, its PDF frame (whole, then a range), the thumbnail
            mvc.perform(get("/library/resources/" + id).with(asTeacher)).andExpect(status().isOk());
            mvc.perform(get(files + "/content").with(asTeacher)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")));
            mvc.perform(get(files + "/content").with(asTeacher).header("Range", "bytes=0-99"))
                    .andExpect(status().isPartialContent());
            mvc.perform(get(files + "/preview").with(asTeacher)).andExpect(status().isOk());
        }
        var summary = library.view(teacher, id).summary();
        assertThat(summary.downloadCount()).as("five visits are no download").isZero();
        assertThat(summary.viewCount()).as("but five views (and this one)").isEqualTo(viewsBefore + 6);
        assertThat(schoolUsage(today).downloads()).as("nor for the school").isEqualTo(before.downloads());
        assertThat(schoolUsage(today).views()).as("the school's views").isEqualTo(before.views() + 6);

        mvc.perform(get(files + "/content").param("download", "true").with(asTeacher)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        assertThat(library.view(teacher, id).summary().downloadCount()).as("one download").isEqualTo(1);
        assertThat(schoolUsage(today).downloads()).as("the figure equity reads").isEqualTo(before.downloads() + 1);
        mvc.perform(get("/api/v1/resources/" + id + "/files/" + fileId + "/content")
                        .with(authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk());
        assertThat(library.view(teacher, id).summary().downloadCount()).as("the API fetches to download").isEqualTo(2);
    }

    private SchoolUsage schoolUsage(LocalDate day) {
        OrgId school = fixture.a().school().id();
        return usageFigures.perSchool(Scope.installation(), fixture.a().school().path(), day, day).stream()
                .filter(u -> u.school().equals(school)).findFirst()
                .orElse(new SchoolUsage(school, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void aTeacherPushesAPublishedResourceToTheirClassAndItsStudentsAndParentsSeeIt() {
        ResourceId id = ResourceId.of(fixture.a().resourceId());
        ClassId classId = ClassId.of(fixture.a().classId());
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(2);
        PushOutcome pushed = pushes.push(as(Role.TEACHER), new PushDraft(List.of(id), List.of(classId), day,
                "第3节 数学", "课前先看第一页"));
        assertThat(pushed).isEqualTo(new PushOutcome(1, 0));

        for (Role member : List.of(Role.STUDENT, Role.PARENT)) {
            assertThat(pushes.mine(as(member), day)).extracting(ClassPushView::resourceId).contains(id);
        }
        assertThat(pushes.forClass(as(Role.STUDENT), classId, day).pushes())
                .extracting(ClassPushView::note).contains("课前先看第一页");
        Scope otherDistrictTeacher = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThatThrownBy(() -> pushes.forClass(otherDistrictTeacher, classId, day))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pushes.push(as(Role.TEACHER), new PushDraft(List.of(id),
                List.of(ClassId.of(fixture.b().classId())), day, null, null))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> pushes.push(as(Role.STUDENT), new PushDraft(List.of(id), List.of(classId), day,
                null, null))).isInstanceOf(ForbiddenException.class);
        ResourceId draft = library.create(as(Role.TEACHER), draft("未发布 不能推送", Sharing.SCHOOL));
        assertThatThrownBy(() -> pushes.push(as(Role.TEACHER), new PushDraft(List.of(draft), List.of(classId), day,
                null, null))).hasFieldOrPropertyWithValue("messageKey", "library.error.pushNotShared");
    }

    @Test
    void pushingAgainToTheSameClassAndDayUpdatesTheLessonAndNoteAndSaysSo() throws Exception {
        ResourceId id = ResourceId.of(fixture.a().resourceId());
        long classId = fixture.a().classId();
        LocalDate day = LocalDate.now().plusDays(5);
        var asTeacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        var flash = org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash();

        mvc.perform(post("/library/resources/" + id + "/push").with(asTeacher).with(csrf())
                        .param("classIds", String.valueOf(classId)).param("lessonDate", day.toString())
                        .param("lesson", "第1节 数学").param("note", "先读第一页"))
                .andExpect(status().is3xxRedirection()).andExpect(flash.attribute("notice", "library.notice.pushed"));
        mvc.perform(post("/library/resources/" + id + "/push").with(asTeacher).with(csrf())
                        .param("classIds", String.valueOf(classId)).param("lessonDate", day.toString())
                        .param("lesson", "第4节 数学").param("note", "改到下午：带上直尺"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash.attribute("notice", "library.notice.pushUpdated"));

        for (Role member : List.of(Role.STUDENT, Role.PARENT)) {
            assertThat(pushes.mine(as(member), day))
                    .filteredOn(p -> p.resourceId().equals(id) && p.lessonDate().equals(day))
                    .as("one push, as changed").singleElement()
                    .returns("第4节 数学", ClassPushView::lesson).returns("改到下午：带上直尺", ClassPushView::note);
        }
        mvc.perform(get("/library/classes/" + classId + "/display").param("date", day.toString()).with(asTeacher))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("改到下午：带上直尺")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("先读第一页"))));

        var api = authentication(fixture.asTokenHolder(fixture.a().person(Role.TEACHER)));
        mvc.perform(post("/api/v1/pushes").with(api).contentType("application/json")
                        .content("{\"resourceIds\":[" + id + "],\"classIds\":[" + classId + "],\"lessonDate\":\""
                                + day + "\",\"lesson\":\"第2节\",\"note\":\"接口改的\"}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.pushed").value(0))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.updated").value(1));
        assertThat(pushes.forClass(as(Role.STUDENT), ClassId.of(classId), day).pushes())
                .filteredOn(p -> p.resourceId().equals(id))
                .singleElement().returns("第2节", ClassPushView::lesson).returns("接口改的", ClassPushView::note);
        mvc.perform(post("/api/v1/pushes").with(api).contentType("application/json")
                        .content("{\"resourceIds\":[" + id + "],\"classIds\":[" + classId + "],\"lessonDate\":\""
                                + day.plusDays(1) + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.pushed").value(1));
    }

    @Test
    void theClassroomDisplayRendersForTheClass() throws Exception {
        mvc.perform(get("/library/classes/" + fixture.a().classId() + "/display")
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("classroom.js")));
        LocalDate day = LocalDate.now().plusDays(40);
        pushes.push(as(Role.TEACHER), new PushDraft(List.of(ResourceId.of(fixture.a().resourceId())),
                List.of(ClassId.of(fixture.a().classId())), day, null, null));
        mvc.perform(get("/library/classes/" + fixture.a().classId() + "/display").param("date", day.toString())
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("资源 1")));
        mvc.perform(get("/library/pushes").with(authentication(fixture.as(fixture.a().person(Role.STUDENT)))))
                .andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsSeeOnlyPublicResources() throws Exception {
        Scope teacher = as(Role.TEACHER);
        ResourceId open = library.create(teacher, draft("公开资源 匿名可见", Sharing.PUBLIC), pdf("public"), "public.pdf");
        library.submit(teacher, open);
        library.approve(as(Role.SCHOOL_ADMIN), open, null);
        library.approve(identity.scopeOf(fixture.regionAdmin()), open, "面向社会公开");
        long fileId = library.view(teacher, open).files().getFirst().id();

        mvc.perform(get("/open/resources/" + open)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("公开资源 匿名可见")));
        mvc.perform(get("/open/resources/" + open + "/files/" + fileId + "/content").param("download", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        long school = fixture.a().resourceId();
        mvc.perform(get("/open/resources/" + school)).andExpect(status().isNotFound());
        mvc.perform(get("/open/resources/" + school + "/files/" + fixture.a().resourceFileId() + "/content"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/open/resources")).andExpect(status().isOk());
        mvc.perform(get("/library")).andExpect(status().is3xxRedirection());
    }

    @Test
    void ratingsAreOnePerPersonAndCommentsWaitForModeration() {
        ResourceId id = ResourceId.of(fixture.a().resourceId());
        Scope student = as(Role.STUDENT);
        engagement.rate(student, id, 2);
        engagement.rate(student, id, 4);
        engagement.rate(as(Role.TEACHER), id, 5);
        EngagementView seen = engagement.of(student, id);
        assertThat(seen.myRating()).isEqualTo(4);
        assertThat(seen.ratings()).isEqualTo(2);
        assertThat(seen.averageRating()).isEqualTo(4.5);
        assertThatThrownBy(() -> engagement.rate(student, id, 6))
                .hasFieldOrPropertyWithValue("messageKey", "library.error.stars");

        long comment = engagement.comment(student, id, "<p>很有用<script>alert(1)</script></p>");
        CommentView own = engagement.of(student, id).comments().stream().filter(c -> c.id() == comment)
                .findFirst().orElseThrow();
        assertThat(own.pending()).isTrue();
        assertThat(own.body()).contains("很有用").doesNotContain("script");
        assertThat(engagement.of(as(Role.PARENT), id).comments()).extracting(CommentView::id).doesNotContain(comment);
        assertThatThrownBy(() -> engagement.moderate(student, comment, true)).isInstanceOf(NotFoundException.class);
        engagement.moderate(as(Role.SCHOOL_ADMIN), comment, true);
        assertThat(engagement.of(as(Role.PARENT), id).comments()).extracting(CommentView::id).contains(comment);
        assertThatThrownBy(() -> engagement.comment(student, id, "<script>x</script>"))
                .hasFieldOrPropertyWithValue("messageKey", "library.error.commentEmpty");

        engagement.favourite(student, id, true);
        engagement.favourite(student, id, true);
        assertThat(engagement.favourites(student, 0, 20).items()).extracting(ResourceView::id).containsOnlyOnce(id);
        engagement.favourite(student, id, false);
        assertThat(engagement.favourites(student, 0, 20).items()).extracting(ResourceView::id).doesNotContain(id);
    }

    @Test
    void imagesAndPdfsGetAPreviewAndAnImageBombDoesNot() throws Exception {
        Scope teacher = as(Role.TEACHER);
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(800, 600,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        ResourceId image = library.create(teacher, draft("有预览的图片", Sharing.PRIVATE),
                new ByteArrayInputStream(png.toByteArray()), "picture.png");
        var pdf = new java.io.ByteArrayOutputStream();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.save(pdf);
        }
        ResourceId paper = library.create(teacher, draft("有首页预览的PDF", Sharing.PRIVATE),
                new ByteArrayInputStream(pdf.toByteArray()), "paper.pdf");
        ResourceId bomb = library.create(teacher, draft("巨图", Sharing.PRIVATE),
                new ByteArrayInputStream(hugePngHeader()), "bomb.png");

        for (ResourceId id : List.of(image, paper)) {
            ResourceFileView file = library.view(teacher, id).files().getFirst();
            assertThat(file.current().hasPreview()).as(file.name()).isTrue();
            mvc.perform(get("/library/resources/" + id + "/files/" + file.id() + "/preview")
                            .with(authentication(fixture.as(fixture.a().person(Role.TEACHER)))))
                    .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"));
        }
        assertThat(library.view(teacher, bomb).files().getFirst().current().hasPreview()).isFalse();
        var mine = library.list(teacher, new ResourceFilter(null, null, null, null, null, true, false, null), 0, 50)
                .items().stream().collect(java.util.stream.Collectors.toMap(ResourceView::id, v -> v));
        assertThat(mine.get(image).thumbnailFileId()).as("the list's thumbnail")
                .isEqualTo(library.view(teacher, image).files().getFirst().id());
        assertThat(mine.get(paper).thumbnailFileId()).isNotNull();
        assertThat(mine.get(bomb).thumbnailFileId()).isNull();
    }

    @Test
    void aTeacherPushesSeveralFavouritesToALessonAtOnce() throws Exception {
        Scope teacher = as(Role.TEACHER);
        ResourceId first = ResourceId.of(fixture.a().resourceId());
        ResourceId second = library.create(teacher, draft("第二个资源 一起推送", Sharing.SCHOOL), pdf("second"), "second.pdf");
        library.submit(teacher, second);
        library.approve(as(Role.SCHOOL_ADMIN), second, null);
        engagement.favourite(teacher, first, true);
        engagement.favourite(teacher, second, true);
        var asTeacher = authentication(fixture.as(fixture.a().person(Role.TEACHER)));
        mvc.perform(get("/library/favourites").with(asTeacher)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"resourceIds\"")));
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(3);

        mvc.perform(post("/library/pushes").with(asTeacher).with(csrf())
                        .param("resourceIds", String.valueOf(first), String.valueOf(second))
                        .param("classIds", String.valueOf(fixture.a().classId()))
                        .param("lessonDate", day.toString()).param("lesson", "第2节"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("notice", "library.notice.pushed"));
        assertThat(pushes.forClass(as(Role.STUDENT), ClassId.of(fixture.a().classId()), day).pushes())
                .extracting(ClassPushView::resourceId).containsExactlyInAnyOrder(first, second);
        mvc.perform(post("/library/pushes").with(asTeacher).with(csrf())
                        .param("classIds", String.valueOf(fixture.a().classId())).param("lessonDate", day.toString()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "library.error.pushNoResources"));
    }

    /** A PNG whose header claims 100,000 × 100,000 pixels, with nothing behind it. */
    private static byte[] hugePngHeader() {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(100_000).putInt(100_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.nio.ByteBuffer png = java.nio.ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue()).putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII))
                .putInt(0xAE426082);
        return png.array();
    }

    @Test
    void theNightlySweepRemovesContentNoRowNamesAndSpoolFilesACrashLeftBehind() throws Exception {
        String orphan = "0".repeat(63) + "1";
        Path orphanFile = Files.createDirectories(Path.of("target/test-files/contents/00/00")).resolve(orphan);
        Files.writeString(orphanFile, "left by a crash");
        Path spool = Files.writeString(Path.of("target/test-files/incoming/upload-crashed.part"), "half");
        String kept = jdbc.sql("SELECT v.sha256 FROM library.file_version v JOIN library.resource_file f ON f.id = v.file_id "
                + "WHERE f.id = ?").param(fixture.a().resourceFileId()).query(String.class).single().strip();
        Path keptFile = Path.of("target/test-files/contents", kept.substring(0, 2), kept.substring(2, 4), kept);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(3)));
        for (Path file : List.of(orphanFile, spool, keptFile)) {
            Files.setLastModifiedTime(file, old);
        }

        sweep.sweep(java.time.Instant.now().minus(OrphanContentSweep.GRACE));

        assertThat(orphanFile).doesNotExist();
        assertThat(spool).doesNotExist();
        assertThat(keptFile).exists();
    }

    @Test
    void bureausExtendTheCatalogueForTheirOwnAreaOnly() {
        Scope district = as(Role.DISTRICT_ADMIN);
        long chapter = fractionsChapter(district);
        long section = curriculum.addTextbookNode(district, Subject.MATHEMATICS, Stage.PRIMARY, chapter, "区本拓展：分数墙",
                null);
        long point = curriculum.addKnowledgePoint(district, Subject.MATHEMATICS, Stage.PRIMARY, "JZ-LJ-FRAC-WALL",
                "分数墙", null);
        assertThat(curriculum.textbooks(as(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(TextbookNodeView::id).contains(section);
        Scope otherDistrict = identity.scopeOf(fixture.b().person(Role.TEACHER));
        assertThat(curriculum.textbooks(otherDistrict, Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(TextbookNodeView::id).doesNotContain(section).contains(chapter);
        assertThat(curriculum.knowledgePoints(otherDistrict, Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(KnowledgePointView::id).doesNotContain(point);
        assertThatThrownBy(() -> curriculum.addTextbookNode(district, Subject.MATHEMATICS, Stage.PRIMARY, section,
                "小节下面", null)).hasFieldOrPropertyWithValue("messageKey", "library.catalogue.sectionIsLeaf");
        assertThatThrownBy(() -> curriculum.addTextbookNode(district, Subject.MATHEMATICS, Stage.PRIMARY, null,
                "人教版", null)).hasFieldOrPropertyWithValue("messageKey", "library.catalogue.nameTaken");
        assertThatThrownBy(() -> curriculum.addKnowledgePoint(as(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY,
                "X1", "教师不能加", null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCatalogueBeyondTheImportLimitsIsRefusedWithAProblem() throws java.io.IOException {
        Scope district = as(Role.DISTRICT_ADMIN);
        String deep = "{\"subject\": \"MATHEMATICS\", \"stage\": \"PRIMARY\", \"knowledgePoints\": "
                + "[{\"code\": \"D\", \"name\": \"深\", \"children\": ".repeat(200) + "[]" + "}]".repeat(200) + "}";
        assertThat(curriculum.importCatalogue(district, stream(deep)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("roster.import.limit.document");
        byte[] gbk = "编码,名称,上级编码\nSJ-1,数一".getBytes(java.nio.charset.Charset.forName("GBK"));
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("catalogue", ".csv");
        broken.toFile().deleteOnExit();
        java.nio.file.Files.write(broken, gbk);
        java.nio.file.Files.write(broken, new byte[] {(byte) 0x81, '\n'}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(curriculum.importCsv(district, Subject.MATHEMATICS, Stage.PRIMARY, broken).problems())
                .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "名称", "roster.import.error.undecodable"));
    }

    @Test
    void aWorkbookNumberingEveryRowOneStillMeetsTheCataloguesRowLimit() throws java.io.IOException {
        // The row number is the workbook's own r attribute: one that says 1 on every row must not pass the limit.
        StringBuilder rows = new StringBuilder("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编码</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>");
        for (int i = 0; i <= CatalogueCsv.MAX_ROWS; i++) {
            rows.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>K").append(i)
                    .append("</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>点</t></is></c></row>");
        }
        java.nio.file.Path workbook = org.educloud.support.Workbooks.withRows(rows.toString(),
                org.educloud.support.Workbooks.strings());
        Scope district = as(Role.DISTRICT_ADMIN);
        CatalogueImport refused = curriculum.importCsv(district, Subject.MATHEMATICS, Stage.PRIMARY, workbook);
        assertThat(refused.problems()).extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roster.import.error.tooManyRows",
                        List.of(String.valueOf(CatalogueCsv.MAX_ROWS))));
        assertThat(curriculum.knowledgePoints(district, Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(KnowledgePointView::code).doesNotContain("K0");
    }

    @Test
    void cataloguesImportFromCsvWithTheLineOfEachProblem() throws java.io.IOException {
        Scope district = as(Role.DISTRICT_ADMIN);
        String textbooks = "\uFEFF教材版本,分册,年级,章,节\n苏教版,一年级上册,1,1 数一数,\n苏教版,一年级上册,1,2 比一比,比长短\n"
                + "苏教版,一年级上册,1,2 比一比,比高矮\n";
        CatalogueImport imported = curriculum.importCsv(district, Subject.MATHEMATICS, Stage.PRIMARY, file(textbooks));
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.textbookNodesAdded()).isEqualTo(6);
        assertThat(curriculum.textbooks(as(Role.TEACHER), Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(TextbookNodeView::path).contains("苏教版 › 一年级上册 › 2 比一比 › 比高矮");

        CatalogueImport refused = curriculum.importCsv(district, Subject.MATHEMATICS, Stage.PRIMARY,
                file("编码,名称,上级编码\nSJ-1,数一数,\nSJ-2,比一比,SJ-9\nbad code,x,\n"));
        assertThat(refused.problems()).extracting(ImportProblem::row, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "library.catalogue.parentUnknown"),
                        org.assertj.core.groups.Tuple.tuple(4L, "library.catalogue.codeInvalid"));
        assertThat(curriculum.knowledgePoints(district, Subject.MATHEMATICS, Stage.PRIMARY))
                .extracting(KnowledgePointView::code).doesNotContain("SJ-1");
    }

    private long schoolUses(LocalDate day) {
        return usageFigures.perSchool(Scope.installation(), fixture.a().school().path(), day, day).stream()
                .mapToLong(SchoolUsage::uses).sum();
    }

    private long monthUses(LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return usageFigures.usesByMonth(Scope.installation(), fixture.a().school().path(), month, month)
                .getOrDefault(month, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private long usage(long schoolId, ResourceId resourceId, String column) {
        return jdbc.sql("SELECT coalesce(sum(" + column + "), 0) FROM library.daily_school_usage WHERE school_id = ? "
                + "AND resource_id = ?").params(schoolId, resourceId.value()).query(Long.class).single();
    }

    private long statements(long studentId, String activity) {
        return jdbc.sql("SELECT count(*) FROM records.statement WHERE activity_id LIKE ? AND body -> 'actor' "
                        + "-> 'account' ->> 'name' = ?")
                .params(activity, "person:" + studentId).query(Long.class).single();
    }

    private Long fractionsChapter(Scope scope) {
        return curriculum.textbooks(scope, Subject.MATHEMATICS, Stage.PRIMARY).stream()
                .filter(n -> n.name().equals("8 分数的初步认识")).findFirst().orElseThrow().id();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static java.nio.file.Path file(String text) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("catalogue", ".csv");
        file.toFile().deleteOnExit();
        return java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
