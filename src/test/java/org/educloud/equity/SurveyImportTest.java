package org.educloud.equity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.educloud.equity.surveys.ImportingSurveys;
import org.educloud.equity.surveys.SurveyImport;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A bureau's survey spreadsheet is saved whole as drafts, or not at all with each problem named. */
@EduCloudTest
class SurveyImportTest {

    private static final String HEADER = String.join(",", ImportingSurveys.HEADERS);

    @Autowired
    ImportingSurveys importing;
    @Autowired
    Surveys surveys;
    @Autowired
    SchoolYears years;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.educloud.tenancy.TenancyManagement tenancy;

    private String year;

    @BeforeEach
    void aYearOfItsOwn() {
        // the earlier open year, cleared first as the survey tests clear theirs: no test depends on another's rows
        year = years.open().getLast();
        jdbc.sql("DELETE FROM equity.school_survey WHERE school_id = ? AND school_year = ?")
                .params(fixture.a().school().id().value(), year).update();
    }

    private Scope district() {
        return identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
    }

    private String code() {
        return fixture.a().school().schoolCode();
    }

    @Test
    void aCleanFileIsSavedAsDraftsEnteredByTheBureau() throws IOException {
        SurveyImport outcome = importing.importFigures(district(), fixture.a().district().id(), year,
                csv(HEADER, code() + ",甲区第一小学,12.5,20,2,6000,0,1,40"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.applied()).isTrue();
        SurveyView saved = surveys.of(district(), fixture.a().school().id(), year);
        assertThat(saved.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(saved.figures().teachingArea()).isEqualByComparingTo("12.5");
        assertThat(saved.figures().libraryBooks()).isEqualTo(40);
    }

    @Test
    void aFileWithAnyBadCellSavesNothingAndNamesEachProblem() throws IOException {
        SurveyImport outcome = importing.importFigures(district(), fixture.a().district().id(), year, csv(HEADER,
                code() + ",甲区第一小学,十二,20,-2,6000,1.5,1,",
                fixture.b().school().schoolCode() + ",乙县第一小学,1,1,1,1,1,1,1",
                "9999999999,不存在,1,1,1,1,1,1,1"));
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(2L, "equity.import.notNumber"),
                org.assertj.core.groups.Tuple.tuple(2L, "equity.import.notWhole"),
                org.assertj.core.groups.Tuple.tuple(2L, "equity.import.required"),
                org.assertj.core.groups.Tuple.tuple(3L, "equity.import.unknownSchool"),
                org.assertj.core.groups.Tuple.tuple(4L, "equity.import.unknownSchool"));
        assertThat(surveys.of(district(), fixture.a().school().id(), year).started()).isFalse();

        SurveyImport negative = importing.importFigures(district(), fixture.a().district().id(), year,
                csv(HEADER, code() + ",甲区第一小学,12,20,-2,6000,0,1,40"));
        assertThat(negative.problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("体育馆面积（平方米）",
                        "equity.validation.notNegative"));
        SurveyImport absurd = importing.importFigures(district(), fixture.a().district().id(), year,
                csv(HEADER, code() + ",甲区第一小学,10000000,20,2,6000,0,1,40"));
        assertThat(absurd.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("equity.validation.implausible");
        assertThat(surveys.of(district(), fixture.a().school().id(), year).started()).isFalse();
    }

    @Test
    void aRowWithoutAnyFigureIsSkippedAndListedRatherThanRefusingTheFile() throws Exception {
        Counties counties = new Counties(tenancy, jdbc, year);
        var county = counties.county(fixture.region().id(), "空行县");
        var filled = counties.school(county, java.util.Set.of(org.educloud.tenancy.Stage.PRIMARY), false);
        var blank = counties.school(county, java.util.Set.of(org.educloud.tenancy.Stage.PRIMARY), false);
        Scope region = identity.scopeOf(fixture.regionAdmin());
        SurveyImport outcome = importing.importFigures(region, county.id(), year, csv(HEADER,
                filled.schoolCode() + "," + filled.name() + ",12.5,20,2,6000,0,1,40",
                blank.schoolCode() + "," + blank.name() + ",,,,,,,"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.applied()).isTrue();
        assertThat(outcome.rows()).as("schools saved").isEqualTo(1);
        assertThat(outcome.skipped()).extracting(SurveyImport.Skipped::row, SurveyImport.Skipped::schoolName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, blank.name()));
        assertThat(surveys.of(region, filled.id(), year).started()).isTrue();
        assertThat(surveys.of(region, blank.id(), year).started()).as("a skipped row changes nothing").isFalse();

        SurveyImport partly = importing.importFigures(region, county.id(), year, csv(HEADER,
                blank.schoolCode() + "," + blank.name() + ",12.5,,,,,,"));
        assertThat(partly.applied()).as("a row with some figures must have them all").isFalse();
        assertThat(partly.problems()).extracting(ImportProblem::messageKey).contains("equity.import.required");

        var admin = authentication(fixture.as(fixture.regionAdmin()));
        byte[] file = (HEADER + "\n" + filled.schoolCode() + "," + filled.name() + ",12.5,20,2,6000,0,1,40\n"
                + blank.schoolCode() + "," + blank.name() + ",,,,,,,\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/equity/surveys/import").file(new MockMultipartFile("file", "s.csv", "text/csv", file))
                        .param("org", county.id().toString()).param("year", year).with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("以下 1 行没有填写任何数据，已跳过")))
                .andExpect(content().string(Matchers.containsString("第 3 行：" + blank.schoolCode())));
    }

    @Test
    void aWrongHeaderOrASchoolsOwnAdminIsRefused() throws IOException {
        SurveyImport wrong = importing.importFigures(district(), fixture.a().district().id(), year,
                csv("学校,面积", code() + ",1"));
        assertThat(wrong.problems()).extracting(ImportProblem::messageKey).containsExactly("equity.import.header");
        assertThatThrownBy(() -> importing.importFigures(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)),
                fixture.a().district().id(), year, csv(HEADER))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importing.importFigures(district(), fixture.b().district().id(), year,
                csv(HEADER))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTemplateListsTheBureausSchoolsAndTheUploadPageShowsTheProblems() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)));
        mvc.perform(get("/equity/surveys/import/template.csv").param("org", fixture.a().district().id().toString())
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(code() + ",甲区第一小学")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("乙县"))));
        byte[] workbook = mvc.perform(get("/equity/surveys/import/template.xlsx")
                        .param("org", fixture.a().district().id().toString()).with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var read = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            var rows = read.getFirstSheet().read();
            assertThat(rows.getFirst().getCellText(0)).isEqualTo(ImportingSurveys.HEADERS.getFirst());
            assertThat(rows).extracting(r -> r.getCellText(0) + "," + r.getCellText(1))
                    .contains(code() + ",甲区第一小学").noneMatch(t -> t.contains("乙县"));
        }
        byte[] bad = (HEADER + "\n" + code() + ",甲区第一小学,abc,20,2,6000,0,1,40\n").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/equity/surveys/import").file(new MockMultipartFile("file", "s.csv", "text/csv", bad))
                        .param("org", fixture.a().district().id().toString()).param("year", year).with(admin)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("不是数字")));
    }

    @Test
    void aWorkbookWithADocumentTypeDeclarationIsRefusedWith400AndNamedNotA500() throws Exception {
        String sheet = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY school SYSTEM \"file:///etc/hostname\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&school;</t></is></c></row></sheetData></worksheet>";
        byte[] workbook = Files.readAllBytes(org.educloud.support.Workbooks.withSheet(sheet));
        var admin = authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)));
        mvc.perform(multipart("/equity/surveys/import").file(new MockMultipartFile("file", "办学条件.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
                        .param("org", fixture.a().district().id().toString()).param("year", year).with(admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("文档类型定义（DTD）")))
                .andExpect(content().string(Matchers.containsString("xl/worksheets/sheet1.xml")));
        assertThat(surveys.of(district(), fixture.a().school().id(), year).started()).isFalse();
    }

    private static Path csv(String header, String... rows) throws IOException {
        Path file = Files.createTempFile("survey-import", ".csv");
        file.toFile().deleteOnExit();
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
