package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@EduCloudTest
class ClassImportTest {

    private static final String HEADER = "学年,学期,年级,班级名称,班级类型,班主任工号";

    @Autowired
    RosterImports imports;

    @Autowired
    RosterDirectory directory;

    @Autowired
    RosterManagement management;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TenantFixture fixture;

    private Scope admin() {
        return identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN));
    }

    private ImportRunView run(String... lines) throws IOException {
        Path file = Files.createTempFile("classes", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        try {
            return imports.importClasses(admin(), fixture.b().school().id(), file, "classes.csv");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void classesOfAKnownTermAreOpenedWithTheirHeadTeacherAndUpdatedOnReimport() throws IOException {
        ImportRunView run = run(HEADER, "2026-2027,第一学期,4,四年级(1)班,行政班,fx-t1", "2026-2027,第一学期,4,四年级数学兴趣班,教学班,");
        assertThat(run.problems()).isEmpty();
        assertThat(run.created()).isEqualTo(2);
        assertThat(directory.classes(admin(), fixture.b().school().id(), 4, 0, 10).items())
                .extracting(SchoolClassView::headTeacherName).contains("乙县第一小学老师");
        assertThat(run(HEADER, "2026-2027,第一学期,5,四年级(1)班,行政班,").updated()).isEqualTo(1);
    }

    @Test
    void unknownTermsGradesTeachersAndDuplicatesAreReportedTogether() throws IOException {
        ImportRunView run = run(HEADER, "2030-2031,第一学期,4,未来班,行政班,", "2026-2027,第一学期,13,超龄班,行政班,",
                "2026-2027,第一学期,4,无师班,行政班,NOBODY", "2026-2027,第一学期,4,重名班,行政班,",
                "2026-2027,第一学期,4,重名班,走班,");
        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey).contains("roster.import.error.unknownTerm",
                "roster.validation.grade.range", "roster.import.error.unknownStaff", "roster.import.error.choice");
    }

    @Test
    void studentsArePlacedInImportedClassesAndMovedOutOfTheirOldHomeroom() throws IOException {
        run(HEADER, "2026-2027,第一学期,3,三年级(9)班,行政班,");
        String first17 = "36012120180909" + "919";
        String id = first17 + IdNumber.checkCharacter(first17);
        long mover = management.registerStudent(admin(), fixture.b().school().id(), new StudentDraft("编班生", Gender.MALE,
                java.time.LocalDate.of(2018, 9, 9), null, "G" + id, id, null, null, null, null, null), null).personId();
        management.enrol(admin(), StudentId.of(mover), ClassId.of(fixture.b().classId()), java.time.LocalDate.of(2026, 9, 1));
        String number = "G" + id;
        Path file = Files.createTempFile("enrol", ".csv");
        Files.writeString(file, "全国学籍号,学年,学期,班级名称\n" + number + ",2026-2027,第一学期,三年级(9)班\n"
                + "G000000000000000000,2026-2027,第一学期,三年级(9)班\n", StandardCharsets.UTF_8);
        ImportRunView rejected = imports.importEnrolments(admin(), fixture.b().school().id(), file, "enrol.csv");
        assertThat(rejected.problems()).extracting(ImportProblem::messageKey).containsExactly("roster.import.error.unknownStudent");
        Files.writeString(file, "全国学籍号,学年,学期,班级名称\n" + number + ",2026-2027,第一学期,三年级(9)班\n",
                StandardCharsets.UTF_8);
        assertThat(imports.importEnrolments(admin(), fixture.b().school().id(), file, "enrol.csv").created()).isEqualTo(1);
        Files.delete(file);
        var nine = directory.classes(admin(), fixture.b().school().id(), 3, 0, 20).items().stream()
                .filter(c -> c.name().equals("三年级(9)班")).findFirst().orElseThrow();
        assertThat(directory.roster(admin(), nine.id()).students()).extracting(StudentView::id).containsExactly(StudentId.of(mover));
        assertThat(directory.roster(admin(), ClassId.of(fixture.b().classId())).students()).extracting(StudentView::id)
                .doesNotContain(StudentId.of(mover));
    }

    @Test
    void aLaterRowOfTheEnrolmentFileMovesTheStudentOnFromTheHomeroomAnEarlierRowPlacedThemIn() throws IOException {
        run(HEADER, "2026-2027,第一学期,3,三年级(7)班,行政班,", "2026-2027,第一学期,3,三年级(8)班,行政班,");
        String first17 = "36012120180909" + "918";
        String id = first17 + IdNumber.checkCharacter(first17);
        StudentId mover = StudentId.of(management.registerStudent(admin(), fixture.b().school().id(),
                new StudentDraft("两次编班生", Gender.FEMALE, java.time.LocalDate.of(2018, 9, 9), null, "G" + id, id, null,
                        null, null, null, null), null).personId());
        management.enrol(admin(), mover, ClassId.of(fixture.b().classId()), java.time.LocalDate.of(2026, 9, 1));
        Path file = Files.createTempFile("enrol", ".csv");
        Files.writeString(file, "全国学籍号,学年,学期,班级名称\nG" + id + ",2026-2027,第一学期,三年级(7)班\nG" + id
                + ",2026-2027,第一学期,三年级(8)班\n", StandardCharsets.UTF_8);
        try {
            assertThat(imports.importEnrolments(admin(), fixture.b().school().id(), file, "enrol.csv").created())
                    .isEqualTo(2);
        } finally {
            Files.delete(file);
        }
        var classes = directory.classes(admin(), fixture.b().school().id(), 3, 0, 20).items();
        var seven = classes.stream().filter(c -> c.name().equals("三年级(7)班")).findFirst().orElseThrow();
        var eight = classes.stream().filter(c -> c.name().equals("三年级(8)班")).findFirst().orElseThrow();
        assertThat(directory.roster(admin(), eight.id()).students()).extracting(StudentView::id).containsExactly(mover);
        assertThat(directory.roster(admin(), seven.id()).students()).extracting(StudentView::id).doesNotContain(mover);
        assertThat(directory.roster(admin(), ClassId.of(fixture.b().classId())).students()).extracting(StudentView::id)
                .doesNotContain(mover);
    }
}
