package org.educloud.roster;

import static org.educloud.roster.OneRosterSets.CLASSES;
import static org.educloud.roster.OneRosterSets.DEMOGRAPHICS;
import static org.educloud.roster.OneRosterSets.ENROLLMENTS;
import static org.educloud.roster.OneRosterSets.ROLES;
import static org.educloud.roster.OneRosterSets.USERS;
import static org.educloud.roster.OneRosterSets.manifest;
import static org.educloud.roster.OneRosterSets.unzip;
import static org.educloud.roster.OneRosterSets.zip;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.educloud.roster.exports.RosterExports;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@EduCloudTest
class OneRosterImportTest {

    /** Files the test hands to the import; removed after each test. */
    @TempDir
    Path temp;


    @Autowired
    RosterImports imports;

    @Autowired
    RosterExports exports;

    @Autowired
    RosterManagement roster;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aForeignBulkSetCreatesClassesPeopleAccountsAndEnrolmentsAndRunsAgainWithoutDuplicates() throws Exception {
        Map<String, String> files = foreignSet("G110101201509010011", "G110101201509010027", "SIS-7");
        ImportRunView run = importInto(zip(files));
        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(count("SELECT count(*) FROM roster.student WHERE student_number IN "
                + "('G110101201509010011', 'G110101201509010027') AND account_id IS NOT NULL")).isEqualTo(2);
        long classId = jdbc.sql("SELECT id FROM roster.school_class WHERE school_id = ? AND name = '四年级(7)班'")
                .param(fixture.a().school().id().value()).query(Long.class).single();
        assertThat(count("SELECT count(*) FROM roster.enrolment WHERE class_id = " + classId)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM roster.school_class c JOIN roster.staff f ON f.id = c.head_teacher_id "
                + "WHERE c.id = " + classId + " AND f.staff_number = 'SIS-7' AND f.qualification = 'MASTER'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.guardianship l JOIN roster.student s ON s.id = l.student_id "
                + "WHERE s.student_number = 'G110101201509010011' AND l.relation = 'MOTHER'")).isEqualTo(1);

        ImportRunView again = importInto(zip(files));
        assertThat(again.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(again.created()).isZero();
        assertThat(count("SELECT count(*) FROM roster.student WHERE student_number = 'G110101201509010011'")).isEqualTo(1);
    }

    @Test
    void aDeltaFileEndsTheMembershipsItMarksToBeDeleted() throws Exception {
        importInto(zip(foreignSet("G110101201509010035", "G110101201509010043", "SIS-8")));
        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", manifest("absent", "delta"));
        delta.put("enrollments.csv", ENROLLMENTS + "\nenr-s1,tobedeleted,2026-11-20T00:00:00.000Z,c-SIS-8,sch,"
                + "s1-SIS-8,student,false,,\n");
        ImportRunView run = importInto(zip(delta));
        assertThat(run.problems()).isEmpty();
        assertThat(count("SELECT count(*) FROM roster.enrolment e JOIN roster.student s ON s.id = e.student_id "
                + "WHERE s.student_number = 'G110101201509010035' AND e.ends_on IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.enrolment e JOIN roster.student s ON s.id = e.student_id "
                + "WHERE s.student_number = 'G110101201509010043' AND e.ends_on IS NULL")).isEqualTo(1);
    }

    @Test
    void aDeltaCannotReachAStudentWhoHasSinceTransferredOutOfTheImportRoot() throws Exception {
        importInto(zip(foreignSet("G110101201509010124", "G110101201509010132", "SIS-13")));
        long student = jdbc.sql("SELECT id FROM roster.student WHERE student_number = 'G110101201509010124'")
                .query(Long.class).single();
        roster.transfer(Scope.installation(), StudentId.of(student), fixture.b().school().id(), java.time.LocalDate.now(), "搬家");
        roster.enrol(Scope.installation(), StudentId.of(student), ClassId.of(fixture.b().classId()), java.time.LocalDate.now());
        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", manifest("absent", "delta"));
        delta.put("enrollments.csv", ENROLLMENTS + "\nx1,tobedeleted,,c-SIS-13,sch,s1-SIS-13,student,false,,\n");
        ImportRunView run = importInto(zip(delta));
        // Out of reach is as good as unknown: ending a membership the root does not have is passed over, said so.
        assertThat(run.problems()).isEmpty();
        assertThat(run.warnings()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.oneroster.warning.unknownDeleted");
        assertThat(count("SELECT count(*) FROM roster.enrolment WHERE student_id = " + student + " AND class_id = "
                + fixture.b().classId() + " AND ends_on IS NULL")).isEqualTo(1);
    }

    @Test
    void aPhoneNumberTwiceInTheFileOrAlreadyAnAccountsIsARowProblem() throws Exception {
        Map<String, String> files = foreignSet("G110101201509010140", "G110101201509010159", "SIS-14");
        files.put("users.csv", files.get("users.csv")
                .replace("妈妈,张,,,,,,s1-SIS-14", "妈妈,张,,,,,13800001111,s1-SIS-14")
                .replace("老师,王,,SIS-14,,,,", "老师,王,,SIS-14,,,13800001111,"));
        ImportRunView run = importInto(zip(files));
        assertThat(run.problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.import.error.phoneInUse", "roster.import.error.phoneInUse");
    }

    @Test
    void eduCloudsOwnExportImportsBackAsUpdatesOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.oneRosterZip(Scope.installation(), fixture.a().district().id(), true, out);
        long students = count("SELECT count(*) FROM roster.student");
        Path file = Files.createTempFile(temp, "roundtrip", ".zip");
        Files.write(file, out.toByteArray());
        ImportRunView run = imports.importOneRoster(Scope.installation(), fixture.a().district().id(), file, "rt.zip");
        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(count("SELECT count(*) FROM roster.student")).isEqualTo(students);
    }

    @Test
    void aMaskedExportIsRefusedRatherThanTakenForNewPeople() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.oneRosterZip(Scope.installation(), fixture.a().district().id(), false, out);
        long staff = count("SELECT count(*) FROM roster.staff");
        Path file = Files.createTempFile(temp, "masked", ".zip");
        Files.write(file, out.toByteArray());
        ImportRunView run = imports.importOneRoster(Scope.installation(), fixture.a().district().id(), file, "m.zip");
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey)
                .contains("roster.oneroster.error.maskedIdentifier");
        assertThat(count("SELECT count(*) FROM roster.staff")).isEqualTo(staff);
    }

    @Test
    void aBadSetIsRefusedWithRowLevelProblemsAndChangesNothing() throws Exception {
        Map<String, String> files = foreignSet("G110101201509010051", "BAD-NUMBER", "SIS-9");
        files.put("demographics.csv", DEMOGRAPHICS + "\n");
        files.put("enrollments.csv", files.get("enrollments.csv")
                + "e-x,,,class-" + fixture.b().classId() + ",sch,s1-SIS-9,student,false,,\n");
        long before = count("SELECT count(*) FROM roster.student");
        ImportRunView run = importInto(zip(files));
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey).contains(
                "roster.oneroster.error.studentNumber", "roster.oneroster.error.sexRequired",
                "roster.oneroster.error.birthDateRequired", "roster.oneroster.error.unknownClass");
        assertThat(run.problems()).allSatisfy(p -> assertThat(p.row()).isPositive());
        assertThat(count("SELECT count(*) FROM roster.student")).isEqualTo(before);
    }

    @Test
    void wrongFilesAreRefusedAsAWhole() throws Exception {
        assertThat(importInto("not a zip".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(ImportProblem::messageKey).containsExactly("roster.oneroster.error.notZip");
        Map<String, String> noManifest = new LinkedHashMap<>();
        noManifest.put("users.csv", USERS + "\n");
        assertThat(importInto(zip(noManifest)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.oneroster.error.noManifest");
        Map<String, String> missing = foreignSet("G110101201509010060", "G110101201509010078", "SIS-10");
        missing.put("roles.csv", ROLES.replace("roleType,", "") + "\n");
        assertThat(importInto(zip(missing)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.oneroster.error.missingColumns");
        Map<String, String> version = foreignSet("G110101201509010086", "G110101201509010094", "SIS-11");
        version.put("manifest.csv", version.get("manifest.csv").replace("oneroster.version,1.2", "oneroster.version,1.0"));
        assertThat(importInto(zip(version)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.oneroster.error.version");
    }

    @Test
    void aZipNamedUsersCsvInsideTheSetIsRefusedByNameAndTheRunEndsRejectedNotInterrupted() throws Exception {
        Map<String, String> files = foreignSet("G110101201509010124", "G110101201509010132", "SIS-13");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        files.forEach((name, text) -> entries.put(name, text.getBytes(StandardCharsets.UTF_8)));
        entries.put("users.csv", zip(Map.of("users.csv", files.get("users.csv"))));
        var admin = authentication(fixture.as(fixture.a().person(org.educloud.shared.Role.SCHOOL_ADMIN)));
        String location = mvc.perform(multipart("/roster/imports/oneroster").file(new MockMultipartFile("file",
                                "set.zip", "application/zip", zipOf(entries)))
                        .param("org", fixture.a().school().id().toString()).with(admin).with(csrf()))
                .andExpect(redirectedUrlPattern("/roster/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        Scope installation = Scope.installation();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> imports.run(installation, runId).outcome() != ImportOutcome.RUNNING);
        ImportRunView run = imports.run(installation, runId);
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roster.oneroster.error.notCsv",
                        java.util.List.of("users.csv")));
        mvc.perform(get(location).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("users.csv 不是 CSV 文本文件")));

        Map<String, String> inFolders = new LinkedHashMap<>();
        files.forEach((name, text) -> inFolders.put((name.startsWith("m") ? "a/" : "b/") + name, text));
        assertThat(importInto(zip(inFolders)).problems()).extracting(ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("roster.oneroster.error.folder",
                        java.util.List.of("b/orgs.csv")));
        Map<String, String> withReadme = new LinkedHashMap<>(files);
        withReadme.put("readme.txt", "hello");
        assertThat(importInto(zip(withReadme)).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.oneroster.error.notCsvName");
    }

    @Test
    void aSchoolCodeOutsideTheImportRootIsRefused() throws Exception {
        Map<String, String> files = foreignSet("G110101201509010108", "G110101201509010116", "SIS-12");
        files.put("orgs.csv", files.get("orgs.csv").replace(fixture.a().school().schoolCode(),
                fixture.b().school().schoolCode()));
        ImportRunView run = importInto(zip(files));
        assertThat(run.problems()).extracting(ImportProblem::messageKey).contains("roster.oneroster.error.unknownSchool");
    }

    private ImportRunView importInto(byte[] zip) throws IOException {
        Path file = Files.createTempFile("oneroster", ".zip");
        Files.write(file, zip);
        try {
            return imports.importOneRoster(Scope.installation(), fixture.a().school().id(), file, "set.zip");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A small set as another SIS would write it: its own sourcedIds, a school matched by its school code. */
    private Map<String, String> foreignSet(String student1, String student2, String teacher) {
        String k = teacher;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest.csv", manifest("bulk", "bulk"));
        files.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                + "sch,,," + "某校,school," + fixture.a().school().schoolCode() + ",\n");
        files.put("academicSessions.csv", "sourcedId,status,dateLastModified,title,type,startDate,endDate,"
                + "parentSourcedId,schoolYear\nsy,,,2026-2027,schoolYear,2026-09-01,2027-07-01,,2027\n"
                + "t1,,,2026-2027 第一学期,term,2026-09-01,2027-01-24,sy,2027\n");
        files.put("courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
                + "orgSourcedId,subjects,subjectCodes\nco4,,,sy,四年级,G04,04,sch,,\n");
        files.put("classes.csv", CLASSES + "\nc-" + k + ",,,四年级(" + k.substring(4) + ")班,04,co4,,homeroom,,sch,t1,"
                + "数学,,\n");
        files.put("users.csv", USERS + "\n"
                + "s1-" + k + ",,,true,,,小一,张,," + student1 + ",,,,p1-" + k + ",04,,,,,,,sch,,,\n"
                + "s2-" + k + ",,,true,,,小二,李,," + student2 + ",,,,,04,,,,,,,sch,,,\n"
                + "t-" + k + ",,,true,,,老师,王,," + k + ",,,,,,,,,,,,sch,,MASTER,FIRST\n"
                + "p1-" + k + ",,,true,,,妈妈,张,,,,,,s1-" + k + ",,,,,,,,,,,\n");
        files.put("roles.csv", ROLES + "\n"
                + "r1,,,s1-" + k + ",primary,student,,,sch,\n"
                + "r2,,,s2-" + k + ",primary,student,,,sch,\n"
                + "r3,,,t-" + k + ",primary,teacher,,,sch,\n"
                + "r4,,,p1-" + k + ",primary,parent,,,sch,\n");
        files.put("demographics.csv", DEMOGRAPHICS + "\n"
                + "s1-" + k + ",,,2015-09-01,male,,,,,,,,,,,\n"
                + "s2-" + k + ",,,2015-10-01,female,,,,,,,,,,,\n"
                + "t-" + k + ",,,,female,,,,,,,,,,,\n"
                + "p1-" + k + ",,,,female,,,,,,,,,,,\n");
        files.put("enrollments.csv", ENROLLMENTS + "\n"
                + "e1,,,c-" + k + ",sch,s1-" + k + ",student,false,2026-09-01,\n"
                + "e2,,,c-" + k + ",sch,s2-" + k + ",student,false,,\n"
                + "e3,,,c-" + k + ",sch,t-" + k + ",teacher,true,,\n");
        return files;
    }

    private static byte[] zipOf(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
