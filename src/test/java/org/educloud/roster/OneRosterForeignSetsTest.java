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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.educloud.roster.exports.RosterExports;
import org.educloud.roster.imports.StaffColumns;
import org.educloud.roster.imports.StudentColumns;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * OneRoster sets as other systems write them (issue 24): the sets under src/test/resources/oneroster/foreign, and
 * EduCloud's own export taken back. Each test imports into a school of its own, so counts do not depend on the
 * order the tests run in.
 */
@EduCloudTest
class OneRosterForeignSetsTest {

    private static final AtomicInteger SCHOOLS = new AtomicInteger();

    @Autowired
    RosterImports imports;

    @Autowired
    RosterExports exports;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    RosterManagement roster;

    @Test
    void eduCloudsOwnExportOfASchoolImportedBackChangesNothingAndForksNoSharedTerm() throws Exception {
        OrgNodeView school = fixture.a().school();
        Map<String, String> before = unzip(export(school.id()));
        Map<String, Long> counts = rosterCounts(school);
        long classTerm = jdbc.sql("SELECT term_id FROM roster.school_class WHERE id = ?").param(fixture.a().classId())
                .query(Long.class).single();

        ImportRunView run = importZip(school, export(school.id()));

        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(run.created()).isZero();
        assertThat(run.warnings()).isEmpty();
        assertThat(rosterCounts(school)).isEqualTo(counts);
        assertThat(jdbc.sql("SELECT term_id FROM roster.school_class WHERE id = ?").param(fixture.a().classId())
                .query(Long.class).single()).isEqualTo(classTerm);
        assertThat(unzip(export(school.id()))).isEqualTo(before);
    }

    @Test
    void aForeignTermOfTheSameYearAndNameAsTheRegionsIsTheRegionsTermNotASchoolCopy() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("academicSessions.csv", set.get("academicSessions.csv")
                .replace("Semester 1,semester,2026-09-01,2027-01-24", "第一学期,semester,2026-09-01,2027-01-23"));
        long terms = count("SELECT count(*) FROM roster.term");

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).isEmpty();
        assertThat(count("SELECT count(*) FROM roster.term WHERE org_id = " + school.id().value()
                + " AND name = '第一学期'")).isZero();
        assertThat(count("SELECT count(*) FROM roster.term")).isEqualTo(terms + 2);
        assertThat(count("SELECT count(*) FROM roster.school_class c JOIN roster.term t ON t.id = c.term_id "
                + "WHERE c.school_id = " + school.id().value() + " AND c.name = 'Homeroom 4A' AND t.org_id = "
                + fixture.region().id().value())).isEqualTo(1);
    }

    @Test
    void aForeignBulkSetWithRealWorldDeviationsIsImportedWithWarningsForWhatIsLeftOut() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> raw = set("sis-bulk-1.2", school);

        ImportRunView refused = importSet(school, raw);
        assertThat(refused.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(refused.problems()).extracting(ImportProblem::messageKey)
                .containsOnly("roster.oneroster.error.staffDetails").hasSize(3);

        ImportRunView run = importSet(school, bulk12(school));

        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(run.warnings()).extracting(ImportProblem::column, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("users.csv", "roster.oneroster.warning.extraColumns"),
                org.assertj.core.groups.Tuple.tuple("users.csv: phone", "roster.oneroster.warning.phoneDropped"),
                org.assertj.core.groups.Tuple.tuple("roles.csv: orgSourcedId", "roster.oneroster.warning.bureauStaff"),
                org.assertj.core.groups.Tuple.tuple("academicSessions.csv: title",
                        "roster.oneroster.warning.sessionRenamed"),
                org.assertj.core.groups.Tuple.tuple("classes.csv: location", "roster.oneroster.warning.dropped"),
                org.assertj.core.groups.Tuple.tuple("classes.csv: periods", "roster.oneroster.warning.dropped"),
                org.assertj.core.groups.Tuple.tuple("classes.csv: subjects", "roster.oneroster.warning.dropped"),
                org.assertj.core.groups.Tuple.tuple("classes.csv: classCode", "roster.oneroster.warning.dropped"),
                org.assertj.core.groups.Tuple.tuple("classes.csv: termSourcedIds",
                        "roster.oneroster.warning.dropped"));
        assertThat(run.warnings()).filteredOn(w -> w.messageKey().equals("roster.oneroster.warning.bureauStaff"))
                .singleElement().satisfies(w -> assertThat(w.row()).isEqualTo(6));
        // files in reading order, then rows
        List<String> files = run.warnings().stream().map(w -> w.column().substring(0, w.column().indexOf(".csv")))
                .distinct().toList();
        assertThat(files).containsExactly("academicSessions", "classes", "roles", "users");
        long id = school.id().value();
        assertThat(count("SELECT count(*) FROM roster.term WHERE org_id = " + id)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM roster.term WHERE org_id = " + id
                + " AND name = 'Semester 1（2026-09-07）'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + id)).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + id
                + " AND staff_number = 'T-2001' AND phone IS NULL AND full_time_teacher")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + id
                + " AND staff_number IN ('T-2002', 'T-2004') AND NOT full_time_teacher")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM roster.guardianship g JOIN roster.student s ON s.id = g.student_id "
                + "WHERE s.school_id = " + id + " AND g.relation = 'OTHER'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.enrolment WHERE school_path = '" + school.path().value()
                + "'")).isEqualTo(3);

        ImportRunView again = importSet(school, bulk12(school));
        assertThat(again.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(again.created()).isZero();
    }

    @Test
    void aStaffMemberWhoseSexIsUnspecifiedIsKeptAsNotStatedWithAWarning() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("demographics.csv", set.get("demographics.csv").replace("1990-06-30,male", "1990-06-30,unspecified"));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).isEmpty();
        assertThat(run.warnings()).extracting(ImportProblem::value, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("nw-u-2002", "roster.oneroster.warning.staffSexUnstated"));
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + school.id().value()
                + " AND staff_number = 'T-2002' AND gender IS NULL")).isEqualTo(1);
        assertThat(unzip(export(school.id())).get("demographics.csv")).contains(",,unspecified,");
    }

    @Test
    void aStudentWithoutANationalStudentNumberIsImportedWithAWarningAndFoundAgainBySourcedId() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("users.csv", set.get("users.csv").replaceAll("(Liam,Smith,,)G\\d+", "$1"));

        ImportRunView run = importSet(school, set);
        ImportRunView again = importSet(school, set);

        assertThat(run.problems()).isEmpty();
        assertThat(run.warnings()).extracting(ImportProblem::column, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("users.csv: identifier", "roster.oneroster.warning.noStudentNumber"));
        assertThat(again.created()).isZero();
        long liam = jdbc.sql("SELECT id FROM roster.student WHERE school_id = ? AND student_number IS NULL")
                .param(school.id().value()).query(Long.class).single();
        assertThat(count("SELECT count(*) FROM roster.student WHERE school_id = " + school.id().value()
                + " AND account_id IS NOT NULL")).isEqualTo(2);
        var admin = authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN)));
        mvc.perform(get("/roster/students/" + liam).with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Liam Smith")));
        long homeroom = jdbc.sql("SELECT id FROM roster.school_class WHERE school_id = ? AND name = 'Homeroom 4A'")
                .param(school.id().value()).query(Long.class).single();
        mvc.perform(get("/roster/classes/" + homeroom).with(admin)).andExpect(status().isOk());
        // EduCloud's own export of such a student imports back onto the same student
        ImportRunView roundTrip = importZip(school, export(school.id()));
        assertThat(roundTrip.problems()).isEmpty();
        assertThat(roundTrip.created()).isZero();
        assertThat(count("SELECT count(*) FROM roster.student WHERE school_id = " + school.id().value()))
                .isEqualTo(2);
        // Correcting the record gives the student their number; from then on it is fixed like any other.
        String number = "G1" + school.schoolCode().substring(5) + "201604150025";
        roster.correctStudent(Scope.installation(), StudentId.of(liam), new StudentDraft("Liam Smith", Gender.MALE,
                java.time.LocalDate.of(2016, 4, 15), null, number, null, false, false, false, false, false));
        assertThat(jdbc.sql("SELECT student_number FROM roster.student WHERE id = ?").param(liam)
                .query(String.class).single()).isEqualTo(number);
    }

    @Test
    void aNightlyDeltaThatRemovesATermAClassAndPeopleEduCloudNeverKnewSucceedsEveryNight() throws Exception {
        OrgNodeView school = newSchool();
        assertThat(importSet(school, bulk12(school)).outcome()).isEqualTo(ImportOutcome.APPLIED);
        Map<String, String> delta = set("sis-delta-1.2", school);

        ImportRunView night1 = importSet(school, delta);
        ImportRunView night2 = importSet(school, delta);

        for (ImportRunView night : List.of(night1, night2)) {
            assertThat(night.problems()).isEmpty();
            assertThat(night.outcome()).isEqualTo(ImportOutcome.APPLIED);
            assertThat(night.warnings()).extracting(ImportProblem::column, ImportProblem::value).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("academicSessions.csv: sourcedId", "nw-t-2019-1"),
                    org.assertj.core.groups.Tuple.tuple("classes.csv: sourcedId", "nw-cls-399"),
                    org.assertj.core.groups.Tuple.tuple("users.csv: sourcedId", "nw-u-9999"),
                    org.assertj.core.groups.Tuple.tuple("enrollments.csv: userSourcedId", "nw-u-8888"));
            assertThat(night.warnings()).extracting(ImportProblem::row).endsWith(6L);
            assertThat(night.warnings()).extracting(ImportProblem::messageKey)
                    .containsOnly("roster.oneroster.warning.unknownDeleted");
        }
        // The first night ended Liam's homeroom membership and closed the maths class (one membership, two teachers).
        assertThat(night1.updated()).isEqualTo(2);
        assertThat(night2.updated()).isZero();
        assertThat(count("SELECT count(*) FROM roster.enrolment WHERE school_path = '" + school.path().value()
                + "' AND ends_on IS NULL")).isEqualTo(1);
        // an enrolment in the closed class cannot be made active again by a later file
        Map<String, String> reopen = new LinkedHashMap<>(delta);
        reopen.put("enrollments.csv", delta.get("enrollments.csv").replace("nw-e-3,tobedeleted", "nw-e-3,active"));
        assertThat(importSet(school, reopen).problems()).extracting(ImportProblem::messageKey)
                .containsExactly("roster.oneroster.error.deletedClass");
        mvc.perform(get("/roster/imports/" + night2.id())
                        .with(authentication(fixture.as(fixture.a().person(Role.DISTRICT_ADMIN))))
                        .cookie(new jakarta.servlet.http.Cookie("educloud-lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 notes on the import")))
                .andExpect(content().string(containsString("nw-cls-399")));
    }

    @Test
    void aDeltaThatEndsEnrolmentsReportsHowManyItChanged() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", "propertyName,value\noneroster.version,1.2\nfile.enrollments,delta\n");
        delta.put("enrollments.csv", "sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role\n"
                + "nw-e-1,tobedeleted,nw-cls-401,nw-sch-10,nw-u-1001,student\n"
                + "nw-e-3,tobedeleted,nw-cls-402,nw-sch-10,nw-u-1001,student\n");

        ImportRunView run = importSet(school, delta);

        assertThat(run.problems()).isEmpty();
        assertThat(run.updated()).isEqualTo(2);
        assertThat(run.created()).isZero();
    }

    @Test
    void aOneRoster11SetIsReadIntoThe12Model() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = set("sis-bulk-1.1", school);
        set.put("users.csv", withStaffMetadata(set.get("users.csv"), "hb-p-5", "hb-p-6"));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
        long id = school.id().value();
        assertThat(count("SELECT count(*) FROM roster.student WHERE school_id = " + id)).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + id
                + " AND staff_number = 'HB-006' AND NOT full_time_teacher")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.school_class c JOIN roster.staff f ON f.id = c.head_teacher_id "
                + "WHERE c.school_id = " + id + " AND f.staff_number = 'HB-005'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.guardianship g JOIN roster.student s ON s.id = g.student_id "
                + "WHERE s.school_id = " + id + " AND g.relation = 'FATHER'")).isEqualTo(1);
    }

    @Test
    void headersAreMatchedByNameAndEveryFilesMissingColumnsAreReportedAtOnce() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("classes.csv", set.get("classes.csv").replace(",termSourcedIds,", ",terms,"));
        set.put("enrollments.csv", set.get("enrollments.csv").replace("userSourcedId,role,", "userSourcedId,kind,"));

        ImportRunView run = importSet(school, set);

        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::messageKey, ImportProblem::arguments).containsExactly(
                org.assertj.core.groups.Tuple.tuple("roster.oneroster.error.missingColumns",
                        List.of("classes.csv", "termSourcedIds")),
                org.assertj.core.groups.Tuple.tuple("roster.oneroster.error.missingColumns",
                        List.of("enrollments.csv", "role")));
    }

    @Test
    void aSchoolYearThatDoesNotMatchTheSessionDatesIsRefused() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("academicSessions.csv", set.get("academicSessions.csv")
                .replace("nw-t-2,active,2026-08-20T09:12:44.000Z,Semester 2,semester,2027-02-20,2027-07-10,nw-sy-27,2027",
                        "nw-t-2,active,2026-08-20T09:12:44.000Z,Semester 2,semester,2027-08-28,2028-01-10,nw-sy-27,2027"));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).extracting(ImportProblem::column, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("academicSessions.csv: schoolYear",
                        "roster.oneroster.error.schoolYearDates", List.of("2027-08-28", "2027-2028", "2028")));
    }

    @Test
    void aRoleAtAnOrgThatIsNeitherASchoolNorABureauOfTheSetIsRefusedAtItsRolesRow() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("roles.csv", set.get("roles.csv").replace("nw-u-2001,primary,teacher,,,nw-sch-10",
                "nw-u-2001,primary,teacher,,,nw-sch-77"));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "roles.csv: orgSourcedId",
                        "roster.oneroster.error.unknownOrg"));
    }

    @Test
    void aPersonRefusedForHavingNoRoleIsOneProblemNotOnePerEnrolment() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("roles.csv", set.get("roles.csv").replace("nw-r-1001,active,2026-08-20T09:12:44.000Z,nw-u-1001,"
                + "primary,student,,,nw-sch-10,\n", ""));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).extracting(ImportProblem::column, ImportProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("users.csv: sourcedId", "roster.oneroster.error.noRole"));
    }

    @Test
    void problemsOfSeveralFilesAreListedFileByFileThenByRow() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("enrollments.csv", set.get("enrollments.csv").replace("nw-e-1,active,2026-08-20T09:12:44.000Z,"
                + "nw-cls-401", "nw-e-1,active,2026-08-20T09:12:44.000Z,nw-cls-999"));
        set.put("users.csv", set.get("users.csv").replaceAll("(Liam,Smith,,)G\\d+", "$1S-1002"));
        set.put("classes.csv", set.get("classes.csv").replace("Homeroom 4A,04", "Homeroom 4A,13"));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).extracting(ImportProblem::column).containsExactly("classes.csv: grades",
                "users.csv: identifier", "enrollments.csv: classSourcedId");
    }

    @Test
    void csvFilesInsideOneFolderOfTheZipAreFound() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> inFolder = new LinkedHashMap<>();
        bulk12(school).forEach((name, text) -> inFolder.put("northwind-2026-11-30/" + name, text));

        ImportRunView run = importSet(school, inFolder);

        assertThat(run.problems()).isEmpty();
        assertThat(run.outcome()).isEqualTo(ImportOutcome.APPLIED);
    }

    @Test
    void staffAttributesTheIndicatorsCountTravelAsMetadataColumnsBothWays() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("users.csv", withColumns(set.get("users.csv"), "metadata.educloud.backboneLevel,"
                + "metadata.educloud.specialist,metadata.educloud.fullTimeTeacher", Map.of(
                "nw-u-2001", "COUNTY,PE,true", "nw-u-2002", ",,true")));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).isEmpty();
        long id = school.id().value();
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + id + " AND staff_number = 'T-2001' "
                + "AND backbone_level = 'COUNTY' AND specialist = 'PE' AND full_time_teacher")).isEqualTo(1);
        // The metadata column says so, whatever the role: this aide teaches full-time.
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + id + " AND staff_number = 'T-2002' "
                + "AND full_time_teacher")).isEqualTo(1);
        String users = unzip(export(school.id())).get("users.csv");
        assertThat(users).contains("BACHELOR,SECOND,true,COUNTY,PE").contains("BACHELOR,SECOND,false,NONE,NONE");
    }

    // ---- sets

    // ---- what the review of issue 24 found

    @Test
    void anEmailCarryingAPhoneOrIdNumberOrTooLongForItsColumnIsNotKeptAndTheNoteMasksTheNumber() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        String tooLong = "l" + "x".repeat(63) + "@" + "a".repeat(190) + ".example";
        set.put("users.csv", set.get("users.csv")
                .replace("emma.johnson@students.riverside.example", "13812345678@139.com")
                .replace("liam.smith@students.riverside.example", tooLong));

        ImportRunView run = importSet(school, set);

        assertThat(run.problems()).isEmpty();
        assertThat(run.warnings()).extracting(ImportProblem::column, ImportProblem::value, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("users.csv: email", "138****5678@139.com",
                        "roster.oneroster.warning.emailPersonalNumber"));
        assertThat(run.warnings()).extracting(ImportProblem::column, ImportProblem::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple("users.csv: email", "roster.oneroster.warning.emailTooLong"));
        assertThat(run.warnings()).extracting(ImportProblem::value).noneMatch(v -> v.contains("13812345678"));
        assertThat(count("SELECT count(*) FROM roster.student WHERE school_id = " + school.id().value()
                + " AND email IS NOT NULL")).isZero();
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + school.id().value()
                + " AND email = 'mgarcia@riverside.example'")).isEqualTo(1);
        assertThat(unzip(export(school.id())).get("users.csv")).doesNotContain("5678@139.com");
    }

    @Test
    void aClassADeltaRemovedIsActiveAgainWithItsMembershipsWhenALaterBulkSetListsIt() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        assertThat(importSet(school, set("sis-delta-1.2", school)).problems()).isEmpty();
        assertThat(count("SELECT count(*) FROM roster.school_class WHERE school_id = " + school.id().value()
                + " AND name = 'Math 4 - Section 2' AND removed_at IS NOT NULL")).isEqualTo(1);

        ImportRunView again = importSet(school, bulk12(school));

        assertThat(again.problems()).isEmpty();
        assertThat(count("SELECT count(*) FROM roster.school_class WHERE school_id = " + school.id().value()
                + " AND name = 'Math 4 - Section 2' AND removed_at IS NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM roster.enrolment e JOIN roster.school_class c ON c.id = e.class_id "
                + "WHERE c.school_id = " + school.id().value() + " AND c.name = 'Math 4 - Section 2' "
                + "AND e.removed_at IS NULL AND e.ends_on IS NULL")).isEqualTo(1);
        assertThat(unzip(export(school.id())).get("classes.csv")).contains("Math 4 - Section 2");
    }

    @Test
    void aNightlyDeltaRepeatingTheRemovalOfAPersonReportsNothingChangedTheSecondNight() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        String liam = "G1" + school.schoolCode().substring(5) + "201604150025";
        Map<String, String> delta = removing(school, "nw-u-1002");

        ImportRunView night1 = importSet(school, delta);
        ImportRunView night2 = importSet(school, delta);

        assertThat(night1.problems()).isEmpty();
        assertThat(night1.updated()).isEqualTo(1);
        assertThat(night2.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(night2.updated()).isZero();
        assertThat(accountStatusOf("s.student_number = '" + liam + "'")).isEqualTo("DISABLED");
    }

    @Test
    void aStudentWithoutANationalStudentNumberRemovedByADeltaAndListedAgainCanSignInAgain() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> set = bulk12(school);
        set.put("users.csv", set.get("users.csv").replaceAll("(Liam,Smith,,)G\\d+", "$1"));
        importSet(school, set);
        String liam = "s.school_id = " + school.id().value() + " AND s.name = 'Liam Smith'";
        assertThat(importSet(school, removing(school, "nw-u-1002")).problems()).isEmpty();
        assertThat(accountStatusOf(liam)).isEqualTo("DISABLED");

        assertThat(importSet(school, set).problems()).isEmpty();

        assertThat(accountStatusOf(liam)).isNotEqualTo("DISABLED");
        assertThat(count("SELECT count(*) FROM roster.student s WHERE " + liam + " AND removed_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aStudentFirstSentWithoutANationalStudentNumberAndLaterWithOneGetsItInsteadOfADuplicate() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> numberless = bulk12(school);
        numberless.put("users.csv", numberless.get("users.csv").replaceAll("(Liam,Smith,,)G\\d+", "$1"));
        importSet(school, numberless);
        long liam = jdbc.sql("SELECT id FROM roster.student WHERE school_id = ? AND student_number IS NULL")
                .param(school.id().value()).query(Long.class).single();

        ImportRunView withNumber = importSet(school, bulk12(school));

        assertThat(withNumber.problems()).isEmpty();
        assertThat(withNumber.created()).isZero();
        assertThat(count("SELECT count(*) FROM roster.student WHERE school_id = " + school.id().value()))
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT student_number FROM roster.student WHERE id = ?").param(liam).query(String.class)
                .single()).isEqualTo("G1" + school.schoolCode().substring(5) + "201604150025");
    }

    @Test
    void aNationalStudentNumberAnotherStudentHasIsRefusedAtItsRowForAStudentKnownWithoutOne() throws Exception {
        OrgNodeView school = newSchool();
        Map<String, String> numberless = bulk12(school);
        numberless.put("users.csv", numberless.get("users.csv").replaceAll("(Liam,Smith,,)G\\d+", "$1"));
        importSet(school, numberless);
        String taken = jdbc.sql("SELECT student_number FROM roster.student WHERE student_number IS NOT NULL "
                + "AND school_id <> ? ORDER BY id LIMIT 1").param(school.id().value()).query(String.class).single();
        Map<String, String> set = bulk12(school);
        set.put("users.csv", set.get("users.csv").replaceAll("(Liam,Smith,,)G\\d+", "$1" + taken));

        ImportRunView run = importSet(school, set);

        assertThat(run.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(run.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "users.csv: identifier",
                        "roster.oneroster.error.studentNumberTaken"));
        assertThat(count("SELECT count(*) FROM roster.student WHERE school_id = " + school.id().value()
                + " AND student_number IS NULL")).isEqualTo(1);
    }

    @Test
    void aStudentADeltaRemovedIsBackAndCanSignInWhenTheSchoolsOwnStudentFileListsThem() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        String number = "G1" + school.schoolCode().substring(5) + "201604150025";
        importSet(school, removing(school, "nw-u-1002"));
        assertThat(accountStatusOf("s.student_number = '" + number + "'")).isEqualTo("DISABLED");

        Path file = Files.createTempFile("students", ".csv");
        Files.writeString(file, String.join(",", StudentColumns.headers()) + "\n"
                + "Liam Smith,男,2016-04-15,," + number + ",,,否,否,,,\n");
        ImportRunView run;
        try {
            run = imports.importStudents(Scope.installation(), school.id(), file, "students.csv");
        } finally {
            Files.deleteIfExists(file);
        }

        assertThat(run.problems()).isEmpty();
        assertThat(accountStatusOf("s.student_number = '" + number + "'")).isNotEqualTo("DISABLED");
        assertThat(count("SELECT count(*) FROM roster.student WHERE student_number = '" + number
                + "' AND removed_at IS NULL")).isEqualTo(1);
    }

    @Test
    void aStudentADeltaRemovedIsBackWhenTheSchoolCorrectsTheirRecord() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        String number = "G1" + school.schoolCode().substring(5) + "201604150025";
        importSet(school, removing(school, "nw-u-1002"));
        long liam = jdbc.sql("SELECT id FROM roster.student WHERE student_number = ?").param(number)
                .query(Long.class).single();

        roster.correctStudent(Scope.installation(), StudentId.of(liam), new StudentDraft("Liam Smith", Gender.MALE,
                java.time.LocalDate.of(2016, 4, 15), null, number, null, false, false, false, false, false));

        assertThat(accountStatusOf("s.id = " + liam)).isNotEqualTo("DISABLED");
        assertThat(count("SELECT count(*) FROM roster.student WHERE id = " + liam + " AND removed_at IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void aStaffMemberADeltaRemovedWorksThereAgainAndCanSignInWhenTheSchoolCorrectsTheirRecord() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        assertThat(importSet(school, removing(school, "nw-u-2002")).problems()).isEmpty();
        long david = jdbc.sql("SELECT id FROM roster.staff WHERE school_id = ? AND staff_number = 'T-2002'")
                .param(school.id().value()).query(Long.class).single();
        String status = "SELECT a.status FROM identity.account a JOIN roster.staff f ON f.account_id = a.id "
                + "WHERE f.id = " + david;
        assertThat(jdbc.sql(status).query(String.class).single()).isEqualTo("DISABLED");

        roster.correctStaff(Scope.installation(), david, new StaffDraft("T-2002", "David Lee", Gender.MALE, null, "",
                Qualification.BACHELOR, ProfessionalTitle.SECOND, null, false, null));

        assertThat(jdbc.sql(status).query(String.class).single()).isNotEqualTo("DISABLED");
        assertThat(count("SELECT count(*) FROM roster.staff WHERE id = " + david
                + " AND removed_at IS NULL AND employment_status = 'EMPLOYED'")).isEqualTo(1);
    }

    @Test
    void aStaffMemberADeltaRemovedWorksThereAgainAndCanSignInWhenTheSchoolsOwnStaffFileListsThem() throws Exception {
        OrgNodeView school = newSchool();
        importSet(school, bulk12(school));
        importSet(school, removing(school, "nw-u-2002"));
        String status = "SELECT a.status FROM identity.account a JOIN roster.staff f ON f.account_id = a.id "
                + "WHERE f.school_id = " + school.id().value() + " AND f.staff_number = 'T-2002'";
        assertThat(jdbc.sql(status).query(String.class).single()).isEqualTo("DISABLED");

        Path file = Files.createTempFile("staff", ".csv");
        Files.writeString(file, String.join(",", StaffColumns.headers()) + "\n"
                + "T-2002,David Lee,男,,,本科,二级教师,否,否,\n");
        ImportRunView run;
        try {
            run = imports.importStaff(Scope.installation(), school.id(), file, "staff.csv");
        } finally {
            Files.deleteIfExists(file);
        }

        assertThat(run.problems()).isEmpty();
        assertThat(jdbc.sql(status).query(String.class).single()).isNotEqualTo("DISABLED");
        assertThat(count("SELECT count(*) FROM roster.staff WHERE school_id = " + school.id().value()
                + " AND staff_number = 'T-2002' AND removed_at IS NULL AND employment_status = 'EMPLOYED'"))
                .isEqualTo(1);
    }

    /** A nightly delta of users.csv alone that removes these users. */
    private Map<String, String> removing(OrgNodeView school, String... sourcedIds) throws IOException {
        StringBuilder users = new StringBuilder(set("sis-delta-1.2", school).get("users.csv").split("\n")[0])
                .append('\n');
        for (String id : sourcedIds) {
            users.append(id).append(",tobedeleted,2026-11-30T02:00:05.000Z,false,,,,,,,,,,,,,\n");
        }
        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", "propertyName,value\noneroster.version,1.2\nfile.users,delta\n");
        delta.put("users.csv", users.toString());
        return delta;
    }

    private String accountStatusOf(String studentCondition) {
        return jdbc.sql("SELECT a.status FROM identity.account a JOIN roster.student s ON s.account_id = a.id WHERE "
                + studentCondition).query(String.class).single();
    }

    /** The 1.2 bulk set with the two columns EduCloud needs for new staff added, as an integrator would. */
    private Map<String, String> bulk12(OrgNodeView school) throws IOException {
        Map<String, String> set = set("sis-bulk-1.2", school);
        set.put("users.csv", withStaffMetadata(set.get("users.csv"), "nw-u-2001", "nw-u-2002", "nw-u-2003",
                "nw-u-2004"));
        return set;
    }

    private static String withStaffMetadata(String users, String... staff) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (String id : staff) {
            cells.put(id, "BACHELOR,SECOND");
        }
        return withColumns(users, "metadata.educloud.qualification,metadata.educloud.title", cells);
    }

    /** Appends columns to a CSV file: the given cells for the rows of the given sourcedIds, blanks for the others. */
    private static String withColumns(String csv, String headers, Map<String, String> cellsBySourcedId) {
        List<String> lines = new ArrayList<>(List.of(csv.split("\n")));
        lines.set(0, lines.getFirst() + "," + headers);
        String blanks = ",".repeat(headers.split(",").length - 1);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            lines.set(i, line + "," + cellsBySourcedId.getOrDefault(line.substring(0, line.indexOf(',')), blanks));
        }
        return String.join("\n", lines) + "\n";
    }

    private Map<String, String> set(String name, OrgNodeView school) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : List.of("manifest", "orgs", "academicSessions", "courses", "classes", "users", "roles",
                "demographics", "enrollments")) {
            try (InputStream in = getClass().getResourceAsStream("/oneroster/foreign/" + name + "/" + file + ".csv")) {
                if (in != null) {
                    files.put(file + ".csv", new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .replace("{{SCHOOL_CODE}}", school.schoolCode())
                            // 全国学籍号 are unique in the installation: each school's copy of a set has its own
                            .replace("G110101", "G1" + school.schoolCode().substring(5)));
                }
            }
        }
        return files;
    }

    private OrgNodeView newSchool() {
        int n = SCHOOLS.incrementAndGet();
        return tenancy.registerSchool(Scope.installation(), fixture.a().district().id(), new SchoolDraft(
                "外来数据测试学校" + n, String.valueOf(3_950_000_000L + n), Set.of(Stage.PRIMARY), Locality.URBAN,
                false, null, null, null));
    }

    // ---- running

    private byte[] export(OrgId org) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.oneRosterZip(Scope.installation(), org, true, out);
        return out.toByteArray();
    }

    private ImportRunView importSet(OrgNodeView school, Map<String, String> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return importZip(school, out.toByteArray());
    }

    private ImportRunView importZip(OrgNodeView school, byte[] zip) throws IOException {
        Path file = Files.createTempFile("oneroster", ".zip");
        Files.write(file, zip);
        try {
            return imports.importOneRoster(Scope.installation(), school.id(), file, "set.zip");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private Map<String, Long> rosterCounts(OrgNodeView school) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("terms", count("SELECT count(*) FROM roster.term"));
        for (String table : List.of("school_class", "student", "staff", "guardian", "enrolment")) {
            counts.put(table, count("SELECT count(*) FROM roster." + table + " WHERE school_path LIKE '"
                    + school.path().likePattern() + "'"));
        }
        counts.put("teaching", count("SELECT count(*) FROM roster.teaching_assignment"));
        counts.put("guardianship", count("SELECT count(*) FROM roster.guardianship"));
        return counts;
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
