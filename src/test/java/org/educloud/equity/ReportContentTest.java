package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.educloud.equity.Counties.Figures;
import org.educloud.equity.reports.ExportingReports;
import org.educloud.equity.reports.ReportExportStatus;
import org.educloud.equity.reports.ReportExportView;
import org.educloud.equity.reports.ReportFormat;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the exported reports say (issue 25 items 7 and 9): both carry the overall verdict and the eight 2012
 * coefficients besides their composite; the PDF's charts name every bar on the chart's own page, cut an extreme
 * school at the axis's end and mark it, and "数据不完整" names the schools it means where it says so.
 */
@EduCloudTest
class ReportContentTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ExportingReports exports;
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

    @Test
    void theWorkbookCarriesTheOverallVerdictAndTheEightBasicCoefficients() throws Exception {
        Scope region = identity.scopeOf(fixture.regionAdmin());
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "八系数县");
        counties.confirmed(counties.school(county, Set.of(Stage.PRIMARY), false), 400, 0, 12_000,
                Figures.complying(400));
        counties.confirmed(counties.school(county, Set.of(Stage.PRIMARY), false), 100, 0, 1_000,
                Figures.complying(100).equipment(50_000));
        ReportExportView done = finished(region, exports.request(region, county.id(), null, ReportFormat.XLSX,
                CHINESE).id());
        assertThat(done.status()).isEqualTo(ReportExportStatus.DONE);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                exports.file(region, done.id()).content()))) {
            List<Row> summary = workbook.getFirstSheet().read();
            int at = 0;
            while (!summary.get(at).getCellText(2).equals("总体结论")) {
                at++;
            }
            Row header = summary.get(at);
            List<String> titles = new ArrayList<>();
            for (int c = 0; c < header.getCellCount(); c++) {
                titles.add(header.getCellText(c));
            }
            assertThat(titles).contains("总体结论", "2012 差异系数：生均图书册数（2012）");
            assertThat(titles.stream().filter(t -> t.startsWith("2012 差异系数："))).hasSize(8);
            Row line = summary.get(at + 1);
            assertThat(line.getCellText(titles.indexOf("总体结论"))).isEqualTo("未达到优质均衡");
            int books = titles.indexOf("2012 差异系数：生均图书册数（2012）");
            // books per student 30 and 10, weights 0.8 / 0.2: mean 26, deviation 8, coefficient 0.3077
            assertThat(line.getCellAsNumber(books).orElseThrow().doubleValue())
                    .isCloseTo(8.0 / 26, org.assertj.core.api.Assertions.within(1e-12));
        }
    }

    @Test
    void thePdfNamesEveryBarOnItsChartsPageCutsAnOutlierAndListsTheMissingSchools() throws Exception {
        assumeTrue(exports.pdfAvailable(), "no TrueType CJK font on this machine (fonts-wqy-microhei)");
        Scope region = identity.scopeOf(fixture.regionAdmin());
        Counties counties = new Counties(tenancy, jdbc, years.current());
        OrgNodeView county = counties.county(fixture.region().id(), "图例县");
        List<OrgNodeView> schools = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            OrgNodeView school = counties.school(county, Set.of(Stage.PRIMARY), false);
            int students = 200 + 30 * i;
            // one school has thirty times the others' equipment per student
            double equipment = i == 4 ? 75_000.0 * students : (2100 + 60 * i) * students;
            counties.confirmed(school, students, 0, 20 * students, Figures.complying(students).equipment(equipment));
            schools.add(school);
        }
        OrgNodeView late = counties.school(county, Set.of(Stage.PRIMARY), false);
        counties.survey(late, "SUBMITTED", 150, 0, 2_000, Figures.complying(150));

        ReportExportView done = finished(region, exports.request(region, county.id(), null, ReportFormat.PDF,
                CHINESE).id());
        assertThat(done.status()).as("failure: %s", done.failure()).isEqualTo(ReportExportStatus.DONE);
        try (PDDocument document = Loader.loadPDF(exports.file(region, done.id()).content())) {
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(document);
            assertThat(all).contains("总体结论", "2012 基本均衡：8 项校际差异系数", "生均图书册数",
                    "数据不完整：1 所学校没有已确认的调查表（" + late.name() + "）", "超出坐标轴");
            boolean chartPageNamesSchools = false;
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(document);
                if (page.contains("生均教学仪器设备值")
                        && schools.stream().allMatch(s -> page.contains(s.name().substring(s.name().length() - 4)))) {
                    chartPageNamesSchools = true;
                }
            }
            assertThat(chartPageNamesSchools).as("the equipment chart's page names its schools").isTrue();
            Path shots = Files.createDirectories(Path.of("target", "screenshots"));
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < Math.min(3, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(image, "png", shots.resolve("equity-charts-page-" + (i + 1) + ".png").toFile());
            }
        }
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
