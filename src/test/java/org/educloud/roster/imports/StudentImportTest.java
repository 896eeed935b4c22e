package org.educloud.roster.imports;

import org.educloud.roster.ClassId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterImports;
import org.educloud.roster.StudentQuery;
import org.educloud.roster.StudentView;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.support.Workbooks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class StudentImportTest {

    private static final String HEADER = String.join(",", StudentColumns.headers());

    @Autowired
    RosterImports imports;

    @Autowired
    RosterDirectory directory;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    BackgroundImports background;

    @LocalServerPort
    int port;

    private Scope schoolAdmin() {
        return identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN));
    }

    private long studentsOfB() {
        return directory.students(schoolAdmin(), StudentQuery.all(), 0, 1).total();
    }

    private static String student(String name, String gender, String birth, String seq, String className) {
        String first17 = "36012120180301" + seq;
        String id = first17 + IdNumber.checkCharacter(first17);
        return String.join(",", name, gender, birth, "汉族", "G" + id, id, className, "否", "是", "", "", "");
    }

    private ImportRunView run(byte[] content) throws IOException {
        Path file = Files.createTempFile("import-test", ".bin");
        Files.write(file, content);
        try {
            return imports.importStudents(schoolAdmin(), fixture.b().school().id(), file, "students.csv");
        } finally {
            Files.delete(file);
        }
    }

    private static byte[] csv(Charset charset, boolean bom, String... lines) {
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    @Test
    void aUtf8FileWithBomIsImportedAndImportingItAgainChangesNothingButUpdates() throws IOException {
        byte[] file = csv(StandardCharsets.UTF_8, true, HEADER,
                student("陈一", "男", "2018-03-01", "101", "三年级(1)班"),
                student("陈二", "女", "2018/3/1", "102", ""));
        long before = studentsOfB();
        ImportRunView first = run(file);
        assertThat(first.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(first.created()).isEqualTo(2);
        assertThat(studentsOfB()).isEqualTo(before + 2);
        assertThat(directory.roster(schoolAdmin(), ClassId.of(fixture.b().classId())).students())
                .extracting(StudentView::name).contains("陈一");

        ImportRunView again = run(file);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(studentsOfB()).isEqualTo(before + 2);
    }

    @Test
    void aGbkFileFromChineseExcelIsReadCorrectly() throws IOException {
        ImportRunView run = run(csv(Charset.forName("GBK"), false, HEADER, student("欧阳晓燕", "女", "2018-03-01", "201", "")));
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(directory.students(schoolAdmin(), new StudentQuery("欧阳晓燕", null, null, null, null, null), 0, 5)
                .items()).hasSize(1);
    }

    @Test
    void anXlsxFileWithARealDateCellIsImported() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("学生");
        List<String> headers = StudentColumns.headers();
        for (int i = 0; i < headers.size(); i++) {
            sheet.value(0, i, headers.get(i));
        }
        String[] row = student("表格学生", "男", "x", "301", "").split(",", -1);
        for (int i = 0; i < row.length; i++) {
            if (i == StudentColumns.BIRTH_DATE.index()) {
                sheet.value(1, i, java.time.LocalDate.of(2018, 3, 1));
                sheet.style(1, i).format("yyyy-mm-dd").set();
            } else {
                sheet.value(1, i, row[i]);
            }
        }
        workbook.finish();
        ImportRunView run = run(bytes.toByteArray());
        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
    }

    @Test
    void anXlsxWorkbookWithoutAStylesPartIsReadAsText() throws IOException {
        String[] cells = student("无样式学生", "女", "2018-03-01", "302", "").split(",", -1);
        List<String> headers = StudentColumns.headers();
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < 2; r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            for (int c = 0; c < headers.size(); c++) {
                String value = r == 0 ? headers.get(c) : c < cells.length ? cells[c] : "";
                if (!value.isEmpty()) {
                    sheet.append("<c r=\"").append((char) ('A' + c)).append(r + 1)
                            .append("\" t=\"inlineStr\"><is><t>").append(value).append("</t></is></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/"
                    + "worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "spreadsheetml.worksheet+xml\"/></Types>");
            part(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                    + "org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            part(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
                    + "spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships\"><sheets><sheet name=\"学生\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/"
                    + "sheet1.xml\"/></Relationships>");
            part(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        }
        ImportRunView run = run(bytes.toByteArray());
        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
    }

    private static void part(java.util.zip.ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aFileWithAnyBadRowChangesNothingAndNamesEveryProblem() throws IOException {
        long before = studentsOfB();
        ImportRunView run = run(csv(StandardCharsets.UTF_8, false, HEADER,
                student("好学生", "男", "2018-03-01", "401", ""),
                student("坏日期", "男", "2023/13/45", "402", ""),
                student("重复号", "女", "2018-03-01", "401", ""),
                student("=cmd|' /C calc'!A0", "男", "2018-03-01", "403", ""),
                student("<script>alert(1)</script>", "男", "2018-03-01", "404", ""),
                student("没有班", "男", "2018-03-01", "405", "九年级(9)班"),
                "坏身份证,男,2018-03-01,汉族,G360121201803014069,360121201803014069,,,,,,"));
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey).contains(
                "roster.import.error.date", "roster.import.error.duplicateInFile", "roster.import.error.formula",
                "roster.import.error.markup", "roster.import.error.unknownClass", "roster.validation.idNumber.invalid");
        assertThat(run.problems()).extracting(ImportProblem::row).contains(3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(studentsOfB()).isEqualTo(before);
    }

    @Test
    void wrongHeadersEmptyFilesAndGarbageAreRefusedAsWholeFiles() throws IOException {
        String swapped = "性别,姓名" + HEADER.substring(HEADER.indexOf(",出生日期"));
        assertThat(run(csv(StandardCharsets.UTF_8, false, swapped)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("roster.import.error.header");
        assertThat(run(new byte[0]).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.import.error.empty");
        byte[] garbage = new byte[200_000];
        new java.util.Random(7).nextBytes(garbage);
        assertThat(run(garbage).outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run(csv(StandardCharsets.UTF_8, false, HEADER)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.import.error.noRows");
    }

    @Test
    void aStudentOfAnotherSchoolCannotBeImportedOverTheirRecord() throws IOException {
        String first17 = "36010220180301001";
        String id = first17 + IdNumber.checkCharacter(first17);
        ImportRunView run = run(csv(StandardCharsets.UTF_8, false, HEADER,
                String.join(",", "抢学生", "男", "2018-03-01", "", "G" + id, "", "", "", "", "", "", "")));
        assertThat(run.problems()).extracting(ImportProblem::messageKey).containsExactly("roster.import.error.otherSchool");
    }

    @Test
    void theUploadPageShowsTheProblemsAndTheyDownloadSafelyAsCsv() throws Exception {
        var admin = authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)));
        byte[] bad = csv(StandardCharsets.UTF_8, false, HEADER, student("=1+1", "男", "2018-03-01", "501", ""));
        String location = mvc.perform(multipart("/roster/imports/students").file(new MockMultipartFile("file",
                                "坏文件.csv", "text/csv", bad)).param("school", fixture.b().school().id().toString())
                        .with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/roster/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> imports.run(schoolAdmin(), runId).outcome() != ImportOutcome.RUNNING);
        assertThat(imports.run(schoolAdmin(), runId).outcome()).isEqualTo(ImportOutcome.REJECTED);
        mvc.perform(get(location).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("未导入任何数据")));
        mvc.perform(get(location + "/problems.csv").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("'=1+1")))
                .andExpect(content().string(containsString("不能包含公式")));
        mvc.perform(get("/roster/imports/templates/students.xlsx").with(admin)).andExpect(status().isOk());
    }

    @Test
    void aQuotedHeaderAfterABomAndControlCharactersAreHandled() throws IOException {
        String quotedHeader = String.join(",", StudentColumns.headers().stream().map(h -> "\"" + h + "\"").toList());
        ImportRunView run = run(csv(StandardCharsets.UTF_8, true, quotedHeader, student("引号表头", "男", "2018-03-01", "601", "")));
        assertThat(run.problems()).isEmpty();
        ImportRunView nul = run(csv(StandardCharsets.UTF_8, false, HEADER, student("空\u0000字符", "男", "2018-03-01", "602", "")));
        assertThat(nul.problems()).extracting(ImportProblem::messageKey).containsExactly("roster.import.error.control");
    }

    @Test
    void anUploadIsImportedInTheBackgroundWhileThePageShowsProgress() throws Exception {
        var admin = authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)));
        byte[] good = csv(StandardCharsets.UTF_8, true, HEADER, student("后台导入", "女", "2018-03-01", "701", ""));
        String location = mvc.perform(multipart("/roster/imports/students").file(new MockMultipartFile("file",
                                "好文件.csv", "text/csv", good)).param("school", fixture.b().school().id().toString())
                        .with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/roster/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> imports.run(schoolAdmin(), runId).outcome() != ImportOutcome.RUNNING);
        ImportRunView done = imports.run(schoolAdmin(), runId);
        assertThat(done.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(done.created()).isEqualTo(1);
        mvc.perform(get(location).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("import-outcome")));
    }

    @Test
    void aRunningImportsPageShowsProgressAndPollsForTheResult() throws Exception {
        long id = jdbc.sql("""
                        insert into roster.import_run (school_id, school_path, kind, file_name, outcome, rows_read, run_by, run_at)
                        values (?, ?, 'STUDENTS', 'big.csv', 'RUNNING', 4000, 0, now()) returning id""")
                .params(fixture.b().school().id().value(), fixture.b().school().path().value()).query(Long.class).single();
        mvc.perform(get("/roster/imports/{id}", id).with(authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("已读取 4,000 行")))
                .andExpect(content().string(containsString("hx-trigger=\"every 2s\"")));
    }

    @Test
    void anXlsxBombUploadedByASchoolAdminIsRefusedWhileTheServerKeepsAnswering() throws Exception {
        // The attack at a fifth of its size: a small workbook whose shared strings inflate to 300 MB, all of
        // which the workbook reader would keep. Its sheet of eight million empty rows comes first, so that the
        // inspection works for a few seconds before it refuses, and the server is seen answering meanwhile.
        Path bomb = Workbooks.withSheet(Workbooks.longSheet(8_000_000, 400_000),
                Workbooks.sharedStringsBomb(300L * 1024 * 1024));
        byte[] upload = Files.readAllBytes(bomb);
        assertThat(upload.length).isLessThan(1536 * 1024); // the workbook was 1.5 MB
        var admin = authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)));
        String location = mvc.perform(multipart("/roster/imports/students").file(new MockMultipartFile("file",
                                "学生.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", upload))
                        .param("school", fixture.b().school().id().toString()).with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/roster/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long started = System.nanoTime();

        // Another thread asks the server's real port for its health, over and over, and keeps the answers that came
        // while the run was RUNNING both before the question and after the answer.
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.concurrent.atomic.AtomicInteger upWhileRunning = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger notUp = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService poller = java.util.concurrent.Executors.newSingleThreadExecutor();
        java.util.concurrent.Future<?> polling = poller.submit(() -> {
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline) {
                boolean runningBefore = outcome(runId) == ImportOutcome.RUNNING;
                boolean up = health(http).contains("\"UP\"");
                boolean runningAfter = outcome(runId) == ImportOutcome.RUNNING;
                if (!up) {
                    notUp.incrementAndGet();
                } else if (runningBefore && runningAfter) {
                    upWhileRunning.incrementAndGet();
                }
                if (!runningAfter) {
                    return null;
                }
                Thread.sleep(50);
            }
            return null;
        });
        try {
            polling.get(90, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            poller.shutdownNow();
        }
        System.out.printf("XLSX bomb run %d: %d health answers UP while RUNNING, ended after %d ms%n", runId,
                upWhileRunning.get(), (System.nanoTime() - started) / 1_000_000);
        assertThat(upWhileRunning.get()).as("health answers UP while the run was RUNNING").isPositive();
        assertThat(notUp.get()).isZero();
        assertThat(health(http)).contains("\"UP\"");
        ImportRunView run = imports.run(schoolAdmin(), runId);
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roster.import.limit.sharedStrings",
                        List.of("500000")));
        mvc.perform(get(location).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("工作簿中的文本超过 500000 条")));
        assertThat(jdbc.sql("SELECT run_on FROM roster.import_run WHERE id = ?").param(runId).query(String.class)
                .single()).contains("/");
    }

    private ImportOutcome outcome(long runId) {
        return ImportOutcome.valueOf(jdbc.sql("SELECT outcome FROM roster.import_run WHERE id = ?").param(runId)
                .query(String.class).single());
    }

    private String health(java.net.http.HttpClient http) throws IOException, InterruptedException {
        var response = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(java.time.Duration.ofSeconds(5)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void aGbkFileWithUndecodableBytesIsRefusedNamingTheRowAndColumn() throws IOException {
        Charset gbk = Charset.forName("GBK");
        String row = student("王小明", "男", "2018-03-01", "801", "");
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        file.write(csv(gbk, false, HEADER));
        file.write("王小明".getBytes(gbk));
        file.write(new byte[] {(byte) 0x81, (byte) 0x7F, (byte) 0xFF});
        file.write((row.substring(row.indexOf(',')) + "\r\n").getBytes(gbk));
        long before = studentsOfB();
        ImportRunView run = run(file.toByteArray());
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(StudentColumns.NAME.header());
            assertThat(p.value()).startsWith("王小明").contains("\uFFFD");
            assertThat(p.messageKey()).isEqualTo("roster.import.error.undecodable");
        });
        assertThat(studentsOfB()).isEqualTo(before);
    }

    @Test
    void aRunLeftRunningByAnInstanceThatDiedIsFailedAtStartButNotALivingOnesRun() {
        String insert = """
                INSERT INTO roster.import_run (school_id, school_path, kind, file_name, outcome, rows_read, run_by,
                    run_at, run_on, heartbeat_at)
                VALUES (?, ?, 'STUDENTS', ?, 'RUNNING', 0, 0, now() - interval '20 minutes', ?, now() - CAST(? AS interval))
                RETURNING id""";
        long dead = jdbc.sql(insert).params(fixture.b().school().id().value(), fixture.b().school().path().value(),
                "dead.csv", "gone-host/4711/1", "10 minutes").query(Long.class).single();
        long living = jdbc.sql(insert).params(fixture.b().school().id().value(), fixture.b().school().path().value(),
                "slow.csv", "other-node/815/1", "20 seconds").query(Long.class).single();
        try {
            assertThat(background.failDeadRuns()).isPositive();
            ImportRunView failed = imports.run(schoolAdmin(), dead);
            assertThat(failed.outcome()).isEqualTo(ImportOutcome.FAILED);
            assertThat(failed.problems()).extracting(ImportProblem::messageKey)
                    .containsExactly("roster.import.error.nodeStopped");
            assertThat(imports.run(schoolAdmin(), living).outcome()).isEqualTo(ImportOutcome.RUNNING);
        } finally {
            jdbc.sql("DELETE FROM roster.import_run WHERE id IN (?, ?)").params(dead, living).update();
        }
    }

    @Test
    void aRunOfANodeOfThePreviousVersionIsNotFailedForLackOfAHeartbeatItNeverHad() {
        // During a rolling upgrade a node of the version before heartbeats is still importing: it names no instance
        // and renews nothing. Its run keeps that version's rule: FAILED after an hour, not after five minutes.
        String insert = """
                INSERT INTO roster.import_run (school_id, school_path, kind, file_name, outcome, rows_read, run_by,
                    run_at)
                VALUES (?, ?, 'STUDENTS', ?, 'RUNNING', 0, 0, now() - CAST(? AS interval))
                RETURNING id""";
        long working = jdbc.sql(insert).params(fixture.b().school().id().value(), fixture.b().school().path().value(),
                "old-node.csv", "20 minutes").query(Long.class).single();
        long abandoned = jdbc.sql(insert).params(fixture.b().school().id().value(),
                fixture.b().school().path().value(), "old-node-died.csv", "2 hours").query(Long.class).single();
        try {
            background.failDeadRuns();
            assertThat(imports.run(schoolAdmin(), working).outcome()).isEqualTo(ImportOutcome.RUNNING);
            ImportRunView failed = imports.run(schoolAdmin(), abandoned);
            assertThat(failed.outcome()).isEqualTo(ImportOutcome.FAILED);
            assertThat(failed.problems()).extracting(ImportProblem::messageKey)
                    .containsExactly("roster.import.error.nodeStopped");
        } finally {
            jdbc.sql("DELETE FROM roster.import_run WHERE id IN (?, ?)").params(working, abandoned).update();
        }
    }
}
