package org.educloud.roster.people.upserts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.educloud.support.Drafts.aSchool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.IdNumber;
import org.educloud.roster.ImportOutcome;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterImports;
import org.educloud.roster.RosterManagement;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every import writes students through one upsert: the school's own student file and a OneRoster set place a
 * student in homeroom classes by the same rule (at most one open homeroom membership), and the student file's
 * write pass is measured on 2 000 rows.
 */
@EduCloudTest
class PeopleUpsertTest {

    private static final String HEADER = "姓名,性别,出生日期,民族,全国学籍号,身份证号,班级,住校生,留守儿童,"
            + "随迁子女,残疾学生,家庭经济困难";

    @Autowired
    RosterImports imports;

    @Autowired
    RosterManagement roster;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    /** A school of its own (so the other tests' counts of school B stay as they are) with two homeroom classes. */
    private record School(OrgNodeView node, long first, long second) {
    }

    private School aSchoolWithTwoHomerooms(String name) {
        String code = "38" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        OrgNodeView school = tenancy.registerSchool(Scope.installation(), fixture.b().district().id(),
                aSchool().named(name + code).coded(code).build());
        long term = jdbc.sql("SELECT term_id FROM roster.school_class WHERE id = ?").param(fixture.b().classId())
                .query(Long.class).single();
        long first = roster.openClass(Scope.installation(), school.id(),
                new ClassDraft(term, 3, "三年级(1)班", ClassKind.HOMEROOM, null)).id().value();
        long second = roster.openClass(Scope.installation(), school.id(),
                new ClassDraft(term, 3, "三年级(2)班", ClassKind.HOMEROOM, null)).id().value();
        return new School(school, first, second);
    }

    /** A valid student row: the ID number of a child born on 2018-03-01 in an area of its own. */
    private static String student(String area, int seq, String className) {
        String first17 = area + "20180301" + String.format("%03d", seq % 1000);
        String id = first17 + IdNumber.checkCharacter(first17);
        return String.join(",", "学生" + seq, seq % 2 == 0 ? "男" : "女", "2018-03-01", "汉族", "G" + id, id,
                className, "否", "否", "", "", "");
    }

    private static String randomArea() {
        return String.valueOf(110_000 + ThreadLocalRandom.current().nextInt(800_000));
    }

    private ImportRunView importStudents(OrgNodeView school, List<String> rows) throws IOException {
        Path file = Files.createTempFile("students", ".csv");
        Files.writeString(file, HEADER + "\r\n" + String.join("\r\n", rows) + "\r\n", StandardCharsets.UTF_8);
        try {
            return imports.importStudents(Scope.installation(), school.id(), file, "students.csv");
        } finally {
            Files.delete(file);
        }
    }

    private ImportRunView importOneRosterDelta(OrgNodeView school, String enrollments) throws IOException {
        String manifest = "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n"
                + "file.orgs,absent\nfile.academicSessions,absent\nfile.courses,absent\nfile.classes,absent\n"
                + "file.users,absent\nfile.roles,absent\nfile.demographics,absent\nfile.enrollments,delta\n";
        Path file = Files.createTempFile("oneroster", ".zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("manifest.csv"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("enrollments.csv"));
            zip.write(("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
                    + "beginDate,endDate\n" + enrollments).getBytes(StandardCharsets.UTF_8));
        }
        try {
            return imports.importOneRoster(Scope.installation(), school.id(), file, "delta.zip");
        } finally {
            Files.delete(file);
        }
    }

    private List<Long> openHomeroomsOf(long student) {
        return jdbc.sql("""
                        SELECT e.class_id FROM roster.enrolment e JOIN roster.school_class c ON c.id = e.class_id
                        WHERE e.student_id = ? AND e.ends_on IS NULL AND c.kind = 'HOMEROOM' ORDER BY e.class_id""")
                .param(student).query(Long.class).list();
    }

    @Test
    void aStudentMovedToAnotherHomeroomByTheStudentFileOrByOneRosterEndsInOneHomeroom() throws IOException {
        School school = aSchoolWithTwoHomerooms("同一规则小学");
        String area = randomArea();
        assertThat(importStudents(school.node(), List.of(student(area, 1, "三年级(1)班"))).outcome())
                .isEqualTo(ImportOutcome.APPLIED);
        long student = jdbc.sql("SELECT id FROM roster.student WHERE school_id = ?")
                .param(school.node().id().value()).query(Long.class).single();
        assertThat(openHomeroomsOf(student)).containsExactly(school.first());

        // The school's own file moves the student to (2): (1) ends.
        assertThat(importStudents(school.node(), List.of(student(area, 1, "三年级(2)班"))).outcome())
                .isEqualTo(ImportOutcome.APPLIED);
        assertThat(openHomeroomsOf(student)).containsExactly(school.second());

        // A OneRoster delta moves them back to (1): (2) ends, (1) is theirs again.
        ImportRunView delta = importOneRosterDelta(school.node(), "e-back,active,,class-" + school.first() + ",org-"
                + school.node().id().value() + ",user-s-" + student + ",student,false,,\n");
        assertThat(delta.problems()).isEmpty();
        assertThat(delta.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(openHomeroomsOf(student)).containsExactly(school.first());

        // And the school's file moves them to (2) once more, a class they were in before: (1) ends again.
        assertThat(importStudents(school.node(), List.of(student(area, 1, "三年级(2)班"))).outcome())
                .isEqualTo(ImportOutcome.APPLIED);
        assertThat(openHomeroomsOf(student)).containsExactly(school.second());
    }

    @Test
    void placingAStudentInATeachingClassEndsNoHomeroomMembership() throws IOException {
        School school = aSchoolWithTwoHomerooms("教学班小学");
        long term = jdbc.sql("SELECT term_id FROM roster.school_class WHERE id = ?").param(school.first())
                .query(Long.class).single();
        long music = roster.openClass(Scope.installation(), school.node().id(),
                new ClassDraft(term, 3, "三年级音乐", ClassKind.TEACHING, null)).id().value();
        String area = randomArea();
        importStudents(school.node(), List.of(student(area, 7, "三年级(1)班")));
        long student = jdbc.sql("SELECT id FROM roster.student WHERE school_id = ?")
                .param(school.node().id().value()).query(Long.class).single();

        assertThat(importStudents(school.node(), List.of(student(area, 7, "三年级音乐"))).outcome())
                .isEqualTo(ImportOutcome.APPLIED);

        assertThat(openHomeroomsOf(student)).containsExactly(school.first());
        assertThat(jdbc.sql("SELECT count(*) FROM roster.enrolment WHERE student_id = ? AND class_id = ? "
                + "AND ends_on IS NULL").params(student, music).query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Not a check but a measurement, printed for the report: a 2 000-row student file, new and then again, after a
     * 200-row file has warmed the code up (so the first import of the JVM does not pay for loading classes).
     */
    @Test
    void aTwoThousandRowStudentFileIsImportedAndImportedAgain() throws IOException {
        School school = aSchoolWithTwoHomerooms("计时小学");
        String warmUpArea = randomArea();
        List<String> warmUp = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            warmUp.add(student(warmUpArea, i, "三年级(1)班"));
        }
        assertThat(importStudents(school.node(), warmUp).outcome()).isEqualTo(ImportOutcome.APPLIED);
        // Three rounds of fresh students: the machine is shared, so one round alone says little.
        for (int round = 1; round <= 3; round++) {
            List<String> rows = new ArrayList<>();
            String[] areas = {randomArea(), randomArea()};
            for (int i = 0; i < 2000; i++) {
                rows.add(student(areas[i / 1000], i, i % 2 == 0 ? "三年级(1)班" : "三年级(2)班"));
            }
            long started = System.nanoTime();
            ImportRunView created = importStudents(school.node(), rows);
            long firstMs = (System.nanoTime() - started) / 1_000_000;
            started = System.nanoTime();
            ImportRunView updated = importStudents(school.node(), rows);
            long againMs = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("PEOPLE-UPSERT-TIMING round %d, 2000-row student CSV: new %d ms, again %d ms%n", round,
                    firstMs, againMs);
            assertThat(created.problems()).isEmpty();
            assertThat(created.created()).isEqualTo(2000);
            assertThat(updated.updated()).isEqualTo(2000);
        }
    }
}
