package org.educloud.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.identity.IdentityManagement;
import org.educloud.network.connectivity.ConnectivityImport;
import org.educloud.network.connectivity.ImportingConnectivity;
import org.educloud.network.connectivity.RecordingConnectivity;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** A bureau's connectivity file is recorded whole, a version per changed school, or not at all with each problem named. */
@EduCloudTest
class ConnectivityImportTest {

    /** Files the test hands to the import; removed after each test. */
    @TempDir
    Path temp;

    private static final String HEADER = String.join(",", ImportingConnectivity.HEADERS);

    @Autowired
    ImportingConnectivity importing;
    @Autowired
    RecordingConnectivity registry;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void schoolsThatDeclaredNothing() {
        jdbc.sql("DELETE FROM network.connectivity_version WHERE school_id IN (?, ?)")
                .params(fixture.a().school().id().value(), fixture.b().school().id().value()).update();
    }

    private Scope district() {
        return identity.scopeOf(fixture.a().person(Role.DISTRICT_ADMIN));
    }

    private String code() {
        return fixture.a().school().schoolCode();
    }

    private List<ConnectivityView> history() {
        return registry.history(district(), fixture.a().school().id());
    }

    @Test
    void aCleanCsvFileIsRecordedAsTheBureausChange() throws IOException {
        ConnectivityImport outcome = importing.importFile(district(), fixture.a().district().id(),
                csv(HEADER, code() + ",甲区第一小学,光纤,中国电信,1000,200,是,否,24,20,80"));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.applied()).isTrue();
        assertThat(outcome.changed()).isEqualTo(1);
        ConnectivityView saved = history().getFirst();
        assertThat(saved.accessType()).isEqualTo(AccessType.FIBRE);
        assertThat(saved.contractedDownMbps()).isEqualTo(1000);
        assertThat(saved.wiredCoverage()).isTrue();
        assertThat(saved.wirelessCoverage()).isFalse();
        assertThat(saved.source()).isEqualTo(ChangeSource.IMPORT);
        assertThat(saved.changedByName()).isEqualTo(identity.self(fixture.a().person(Role.DISTRICT_ADMIN)).displayName());

        ConnectivityImport again = importing.importFile(district(), fixture.a().district().id(),
                csv(HEADER, code() + ",甲区第一小学,FIBRE,中国电信,1000,200,yes,no,24,20,80"));
        assertThat(again.applied()).isTrue();
        assertThat(again.changed()).as("the same values open no version").isZero();
        assertThat(history()).hasSize(1);
    }

    @Test
    void aFileWithOneBadRowRecordsNothingAndNamesEachProblemByRowAndColumn() throws IOException {
        ConnectivityImport outcome = importing.importFile(district(), fixture.a().district().id(), csv(HEADER,
                code() + ",甲区第一小学,卫星,中国卫通,20,4,否,否,6,2,8",
                code() + ",甲区第一小学,光纤,中国电信,100,20,是,是,6,2,8",
                fixture.b().school().schoolCode() + ",乙县第一小学,光纤,电信,100,20,是,是,6,2,8",
                "9999999999,不存在,光纤,电信,100,20,是,是,6,2,8"));
        assertThat(outcome.applied()).isFalse();
        assertThat(outcome.problems()).extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(
                tuple(3L, "network.import.duplicate"),
                tuple(4L, "network.import.unknownSchool"),
                tuple(5L, "network.import.unknownSchool"));
        assertThat(history()).as("the good first row is not recorded either").isEmpty();

        ConnectivityImport cells = importing.importFile(district(), fixture.a().district().id(), csv(HEADER,
                code() + ",甲区第一小学,光缆,,一百,2.5,也许,否,-1,2,8"));
        assertThat(cells.problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
                tuple("接入方式", "network.import.accessType"),
                tuple("签约下行带宽（Mbit/s）", "network.import.notNumber"),
                tuple("签约上行带宽（Mbit/s）", "network.import.notWhole"),
                tuple("有线网络覆盖", "network.import.yesNo"));
        ConnectivityImport rules = importing.importFile(district(), fixture.a().district().id(), csv(HEADER,
                code() + ",甲区第一小学,未接入,,20,,否,否,-1,0,1"));
        assertThat(rules.problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
                tuple("教室（间）", "network.validation.notNegative"));
        ConnectivityImport none = importing.importFile(district(), fixture.a().district().id(), csv(HEADER,
                code() + ",甲区第一小学,未接入,,20,,否,否,3,0,1"));
        assertThat(none.problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
                tuple("签约下行带宽（Mbit/s）", "network.validation.bandwidth.none"));
        assertThat(history()).isEmpty();
    }

    @Test
    void anXlsxWorkbookIsReadLikeTheCsvFile() throws IOException {
        Path file = Files.createTempFile(temp, "connectivity", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("学校联网");
            List<String> row = List.of(code(), "甲区第一小学", "4G/5G", "中国移动", "50", "10", "否", "是", "6", "3", "8");
            for (int c = 0; c < ImportingConnectivity.HEADERS.size(); c++) {
                sheet.value(0, c, ImportingConnectivity.HEADERS.get(c));
                sheet.inlineString(1, c, row.get(c));
            }
            sheet.value(2, 0, code());
            sheet.value(2, 2, "卫星");
            workbook.finish();
        }
        ConnectivityImport duplicated = importing.importFile(district(), fixture.a().district().id(), file);
        assertThat(duplicated.applied()).isFalse();
        assertThat(duplicated.problems()).extracting(ImportProblem::row).containsExactly(3L);
        assertThat(history()).isEmpty();

        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("学校联网");
            List<String> row = List.of(code(), "甲区第一小学", "4G/5G", "中国移动", "50", "10", "否", "是", "6", "3", "8");
            for (int c = 0; c < ImportingConnectivity.HEADERS.size(); c++) {
                sheet.value(0, c, ImportingConnectivity.HEADERS.get(c));
                sheet.inlineString(1, c, row.get(c));
            }
            workbook.finish();
        }
        ConnectivityImport outcome = importing.importFile(district(), fixture.a().district().id(), file);
        assertThat(outcome.problems()).isEmpty();
        assertThat(history().getFirst().accessType()).isEqualTo(AccessType.MOBILE);
        assertThat(history().getFirst().wirelessCoverage()).isTrue();
    }

    @Test
    void onlyTheBureausAdminsImportAndOnlyForTheirOwnSchools() throws IOException {
        assertThatThrownBy(() -> importing.importFile(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)),
                fixture.a().district().id(), csv(HEADER))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importing.importFile(district(), fixture.b().district().id(), csv(HEADER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> importing.importFile(identity.scopeOf(fixture.a().person(Role.OPERATIONS_STAFF)),
                fixture.a().district().id(), csv(HEADER))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePageNamesTheProblemsAndTheTemplateListsTheBureausSchools() throws Exception {
        var admin = authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)));
        String body = HEADER + "\n" + code() + ",甲区第一小学,光纤,,100,20,是,是,6,2,8\n";
        mvc.perform(multipart("/network/connectivity/import?org=" + fixture.a().district().id().value())
                        .file(new MockMultipartFile("file", "connectivity.csv", "text/csv",
                                body.getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已接入互联网的学校请填写运营商")));
        assertThat(history()).isEmpty();
        mvc.perform(get("/network/connectivity/import/template.csv?org=" + fixture.a().district().id().value())
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(code())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(fixture.b().school().schoolCode()))));
        mvc.perform(get("/network/connectivity/import/template.xlsx?org=" + fixture.a().district().id().value())
                .with(admin)).andExpect(status().isOk());
    }

    private Path csv(String header, String... rows) throws IOException {
        Path file = Files.createTempFile(temp, "connectivity", ".csv");
        Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
