package org.educloud.equity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.educloud.equity.Counties.Figures;
import org.educloud.equity.Counties;
import org.educloud.equity.SchoolYears;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The county balance report leaves as a workbook or a PDF built in the background: the request answers at once,
 * the job shows its steps, the file holds every counted school and says which are missing, and nobody outside the
 * district's bureaus can see the job or its file.
 */
@EduCloudTest
class ReportExportTest {

    private static final Scope ALL = Scope.installation();
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ExportingReports exports;
    @Autowired
    ReportJobs jobs;
    @Autowired
    SchoolYears years;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theWorkbookListsEverySchoolsIndicatorsAndTheSchoolsNotCounted() throws Exception {
        Scope regionAdmin = identity.scopeOf(fixture.regionAdmin());
        Counties counties = counties();
        OrgNodeView county = counties.county(fixture.region().id(), "表格县");
        OrgNodeView strong = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView weak = counties.school(county, Set.of(Stage.PRIMARY), false);
        OrgNodeView late = counties.school(county, Set.of(Stage.PRIMARY), false);
        counties.confirmed(strong, 400, 0, 12_000, Figures.complying(400));
        counties.confirmed(weak, 100, 0, 1_000, Figures.complying(100).equipment(50_000).multimedia(1));
        counties.survey(late, "SUBMITTED", 100, 0, 1_000, Figures.complying(100));

        ReportExportView queued = exports.request(regionAdmin, county.id(), null, ReportFormat.XLSX, CHINESE);
        assertThat(queued.status()).isIn(ReportExportStatus.QUEUED, ReportExportStatus.RUNNING,
                ReportExportStatus.DONE);
        ReportExportView done = finished(regionAdmin, queued.id());
        assertThat(done.status()).isEqualTo(ReportExportStatus.DONE);
        assertThat(done.stepsDone()).isEqualTo(done.stepsTotal()).isEqualTo(4);
        assertThat(done.fileName()).endsWith(".xlsx").contains(county.name());

        ExportedFile file = exports.file(regionAdmin, done.id());
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file.content()))) {
            List<String> sheets = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(sheets).containsExactly("概要", "各校指标", "未计入学校", "指标与标准");
            List<Row> schools = workbook.getSheets().toList().get(1).read();
            assertThat(schools).extracting(r -> r.getCellText(2)).contains(strong.name(), weak.name())
                    .doesNotContain(late.name());
            Row weakRow = schools.stream().filter(r -> r.getCellText(2).equals(weak.name())).findFirst()
                    .orElseThrow();
            assertThat(weakRow.getCellAsNumber(11).orElseThrow().doubleValue()).isEqualTo(500.0);
            List<Row> notCounted = workbook.getSheets().toList().get(2).read();
            assertThat(notCounted).extracting(r -> r.getCellText(2)).contains(late.name());
            assertThat(notCounted).extracting(r -> r.getCellText(3)).anyMatch(t -> t.contains("待区县确认"));
            List<Row> summary = workbook.getSheets().toList().getFirst().read();
            assertThat(summary.get(2).getCellText(0)).contains("数据不完整");
        }
    }

    @Test
    void thePdfEmbedsAChineseFontAndCarriesTheTablesAndCharts() throws Exception {
        assumeTrue(exports.pdfAvailable(), "no TrueType CJK font on this machine (fonts-wqy-microhei)");
        Scope regionAdmin = identity.scopeOf(fixture.regionAdmin());
        Counties counties = counties();
        OrgNodeView county = counties.county(fixture.region().id(), "图表县");
        List<OrgNodeView> schools = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            OrgNodeView school = counties.school(county, Set.of(Stage.PRIMARY, Stage.JUNIOR), false);
            counties.confirmed(school, 200 + 40 * i, 100, 3_000 + 500 * i,
                    Figures.complying(300 + 40 * i).equipment(400_000 + 80_000 * i));
            schools.add(school);
        }
        ReportExportView done = finished(regionAdmin,
                exports.request(regionAdmin, county.id(), null, ReportFormat.PDF, CHINESE).id());
        assertThat(done.status()).as("failure: %s", done.failure()).isEqualTo(ReportExportStatus.DONE);

        byte[] pdf = exports.file(regionAdmin, done.id()).content();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(county.name(), "校际差异系数", "各校达标情况", schools.getLast().name(),
                    "生均教学仪器设备值", "小学", "初中");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(4);
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < 3; i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 70);
                ImageIO.write(image, "png", shots.resolve("equity-report-page-" + (i + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void aRegionsExportHasASectionPerDistrictAndCountsItsSteps() throws Exception {
        assumeTrue(exports.pdfAvailable(), "no TrueType CJK font on this machine (fonts-wqy-microhei)");
        OrgNodeView region = tenancy.registerBureau(ALL, null, new BureauDraft("导出测试市" + System.nanoTime(), null));
        Counties counties = counties();
        OrgNodeView east = counties.county(region.id(), "东县");
        OrgNodeView west = counties.county(region.id(), "西县");
        counties.confirmed(counties.school(east, Set.of(Stage.PRIMARY), false), 300, 0, 6000, Figures.complying(300));
        counties.confirmed(counties.school(west, Set.of(Stage.JUNIOR), false), 0, 300, 6000, Figures.complying(300));

        ReportExportView done = finished(ALL, exports.request(ALL, region.id(), null, ReportFormat.PDF,
                Locale.ENGLISH).id());
        assertThat(done.status()).as("failure: %s", done.failure()).isEqualTo(ReportExportStatus.DONE);
        assertThat(done.stepsTotal()).isEqualTo(2 * 3 + 1);
        try (PDDocument document = Loader.loadPDF(exports.file(ALL, done.id()).content())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Districts at a glance", east.name(), west.name(), "Difference coefficient");
        }
        assertThat(exports.recent(ALL, east.id())).extracting(ReportExportView::id).contains(done.id());
    }

    @Test
    void onlyAdminsOfTheDistrictOrItsRegionSeeItsExports() {
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        Scope schoolA = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        long exportOfB = fixture.b().reportExportId();
        assertThatThrownBy(() -> exports.request(districtA, fixture.b().district().id(), null, ReportFormat.XLSX,
                CHINESE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.request(schoolA, fixture.a().district().id(), null, ReportFormat.XLSX,
                CHINESE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.find(districtA, exportOfB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.file(districtA, exportOfB)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> exports.request(districtA, fixture.a().district().id(), "2099-2100",
                ReportFormat.XLSX, CHINESE)).isInstanceOf(RuleViolationException.class);
        assertThat(exports.find(identity.scopeOf(fixture.regionAdmin()), exportOfB).status())
                .isEqualTo(ReportExportStatus.DONE);
    }

    @Test
    void aJobWhoseNodeStoppedIsMarkedInterruptedAndHasNoFile() {
        Timestamp longAgo = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
        OrgNodeView district = fixture.a().district();
        long id = jdbc.sql("""
                        INSERT INTO equity.report_export (org_id, org_path, org_name, school_year, format, language,
                          status, steps_done, steps_total, requested_by, requested_by_name, requested_at, heartbeat_at,
                          started_at)
                        VALUES (?, ?, ?, ?, 'PDF', 'zh-CN', 'RUNNING', 2, 4, 0, '测试', ?, ?, ?) RETURNING id""")
                .params(district.id().value(), district.path().value(), district.name(), years.current(), longAgo,
                        longAgo, longAgo)
                .query(Long.class).single();
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThatThrownBy(() -> exports.file(districtA, id)).isInstanceOf(ConflictException.class);
        jobs.sweep();
        ReportExportView view = exports.find(districtA, id);
        assertThat(view.status()).isEqualTo(ReportExportStatus.FAILED);
        assertThat(view.failure()).isEqualTo("equity.export.interrupted");
    }

    @Test
    void thePageFollowsTheJobAndTheFileDownloadsUnderItsChineseName() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)));
        MvcResult requested = mvc.perform(post("/equity/exports").with(admin).with(csrf())
                        .param("org", String.valueOf(fixture.a().district().id().value())).param("format", "XLSX"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String page = requested.getResponse().getRedirectedUrl();
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        Scope districtA = identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
        assertThat(finished(districtA, id).status()).isEqualTo(ReportExportStatus.DONE);
        String html = mvc.perform(get(page).with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).contains("export-download", "已完成");
        mvc.perform(get(page + "/file").with(admin)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "filename*=UTF-8''")));
        mvc.perform(post("/equity/exports").with(admin)
                        .param("org", String.valueOf(fixture.a().district().id().value())).param("format", "XLSX"))
                .andExpect(status().isForbidden());
    }

    private Counties counties() {
        return new Counties(tenancy, jdbc, years.current());
    }

    private ReportExportView finished(Scope scope, long id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        ReportExportView view = exports.find(scope, id);
        while (!view.status().finished() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            view = exports.find(scope, id);
        }
        return view;
    }
}
