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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IntegrationScope;
import org.educloud.roster.exports.RosterExports;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What EduCloud keeps of imported OneRoster objects and how the REST binding and the CSV export answer with it
 * (issue 24 items 3, 4, 5, 7 and 8): the source's sourcedIds, usernames, emails, userIds and name parts; removals
 * as tobedeleted; no nulls for absent fields; scopes that say what they open.
 */
@EduCloudTest
class OneRosterSourceFidelityTest {

    private static final String BASE = "/ims/oneroster/rostering/v1p2";

    @Autowired
    RosterImports imports;

    @Autowired
    RosterExports exports;

    @Autowired
    TenantFixture fixture;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    IdentityFixture clients;

    @Autowired
    MessageSource messages;

    // --- item 4: the source's identifiers ---------------------------------------------------------------------

    @Test
    void importedObjectsAnswerUnderTheSourcesSourcedIdsInRestAndTheExport() throws Exception {
        ImportRunView run = importInto(zip(set("71", "G310101201509017101", "G310101201509017119")));
        assertThat(run.problems()).isEmpty();
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());

        JsonNode student = body(get(BASE + "/users/SIS-S1-71"), token).get("user");
        assertThat(student.get("sourcedId").asString()).isEqualTo("SIS-S1-71");
        assertThat(student.get("username").asString()).isEqualTo("jdoe71");
        assertThat(student.get("email").asString()).isEqualTo("jdoe71@school.example");
        assertThat(student.get("agents").get(0).get("sourcedId").asString()).isEqualTo("SIS-P1-71");
        assertThat(body(get(BASE + "/students/SIS-S1-71"), token).get("user").get("sourcedId").asString())
                .isEqualTo("SIS-S1-71");
        JsonNode clazz = body(get(BASE + "/classes/SIS-C-71"), token).get("class");
        assertThat(clazz.get("sourcedId").asString()).isEqualTo("SIS-C-71");
        assertThat(body(get(BASE + "/classes/SIS-C-71/students"), token).get("users")).extracting(
                u -> u.get("sourcedId").asString()).containsExactlyInAnyOrder("SIS-S1-71", "SIS-S2-71");
        JsonNode enrolments = body(get(BASE + "/enrollments").param("filter", "class.sourcedId='SIS-C-71'"), token)
                .get("enrollments");
        assertThat(enrolments).extracting(e -> e.get("sourcedId").asString()).contains("SIS-E1-71", "SIS-E2-71");
        assertThat(enrolments).allSatisfy(e -> assertThat(e.get("class").get("sourcedId").asString())
                .isEqualTo("SIS-C-71"));
        assertThat(body(get(BASE + "/users").param("filter", "username='jdoe71'"), token).get("users"))
                .extracting(u -> u.get("sourcedId").asString()).containsExactly("SIS-S1-71");
        assertThat(body(get(BASE + "/users").param("filter", "email='jdoe71@school.example'"), token).get("users"))
                .extracting(u -> u.get("sourcedId").asString()).containsExactly("SIS-S1-71");

        // EduCloud's own id still finds the object (clients synced before keep working), answered with the source's.
        long id = jdbc.sql("SELECT id FROM roster.student WHERE student_number = 'G310101201509017101'")
                .query(Long.class).single();
        assertThat(body(get(BASE + "/users/user-s-" + id), token).get("user").get("sourcedId").asString())
                .isEqualTo("SIS-S1-71");

        Map<String, String> exported = unzip(export(true));
        assertThat(exported.get("users.csv")).contains("SIS-S1-71,,,true,jdoe71,")
                .contains("{SIS:S-71-001}").contains("jdoe71@school.example");
        assertThat(exported.get("classes.csv")).contains("SIS-C-71,");
        assertThat(exported.get("enrollments.csv")).contains("SIS-E1-71,,,SIS-C-71,");
        assertThat(unzip(export(false)).get("users.csv")).doesNotContain("{SIS:S-71-001}");
    }

    @Test
    void theSourcesUserIdsReachOnlyClientsAllowedFullIdentifiers() throws Exception {
        importInto(zip(set("72", "G310101201509017127", "G310101201509017135")));
        String full = token(fixture.a().clientId(), fixture.a().clientSecret());
        assertThat(body(get(BASE + "/users/SIS-S1-72"), full).get("user").get("userIds").toString())
                .contains("S-72-001");
        var masked = clients.registerClient(fixture.a().district().id(), "masked",
                List.of(IntegrationScope.ROSTER_CORE));
        String token = token(masked.clientId(), masked.clientSecret());
        assertThat(body(get(BASE + "/users/SIS-S1-72"), token).get("user").get("userIds").toString())
                .doesNotContain("S-72-001");
    }

    @Test
    void reImportingTheSameSetCreatesAndStampsNothing() throws Exception {
        byte[] zip = zip(set("73", "G310101201509017143", "G310101201509017151"));
        importInto(zip);
        Instant before = lastChange();
        ImportRunView again = importInto(zip);
        assertThat(again.outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(again.created()).isZero();
        assertThat(lastChange()).isEqualTo(before);
        assertThat(count("SELECT count(*) FROM roster.student WHERE source_id = 'SIS-S1-73'")).isEqualTo(1);
    }

    @Test
    void aSourcedIdTakenInTheTenantLeavesTheObjectWithEduCloudsOwnId() throws Exception {
        importInto(zip(set("74", "G310101201509017160", "G310101201509017178")));
        Map<String, String> other = set("75", "G310101201509017186", "G310101201509017194");
        // Another system numbers its students like the first one did.
        other.replaceAll((name, text) -> text.replace("SIS-S2-75", "SIS-S2-74"));
        assertThat(importInto(zip(other)).problems()).isEmpty();
        long id = jdbc.sql("SELECT id FROM roster.student WHERE student_number = 'G310101201509017194'")
                .query(Long.class).single();
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        assertThat(body(get(BASE + "/users/user-s-" + id), token).get("user").get("sourcedId").asString())
                .isEqualTo("user-s-" + id);
    }

    // --- item 3: removals reach clients ----------------------------------------------------------------------

    @Test
    void aPersonRemovedByADeltaIsTobedeletedAndDisabled() throws Exception {
        importInto(zip(set("76", "G310101201509017208", "G310101201509017216")));
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        String since = body(get(BASE + "/users/SIS-S1-76"), token).get("user").get("dateLastModified").asString();
        Thread.sleep(5);
        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", manifest("delta", "absent"));
        delta.put("users.csv", USERS + "\nSIS-S1-76,tobedeleted,2026-11-20T00:00:00.000Z,,,,,,,,,,,,,,,,,,,,,,\n");
        delta.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
        delta.put("academicSessions.csv", "sourcedId,status,dateLastModified,title,type,startDate,endDate,"
                + "parentSourcedId,schoolYear\n");
        delta.put("courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
                + "orgSourcedId,subjects,subjectCodes\n");
        delta.put("classes.csv", CLASSES + "\n");
        delta.put("roles.csv", ROLES + "\n");
        delta.put("demographics.csv", DEMOGRAPHICS + "\n");
        ImportRunView run = importInto(zip(delta));
        assertThat(run.problems()).isEmpty();

        JsonNode user = body(get(BASE + "/users/SIS-S1-76"), token).get("user");
        assertThat(user.get("status").asString()).isEqualTo("tobedeleted");
        assertThat(user.get("enabledUser").asString()).isEqualTo("false");
        assertThat(count("SELECT count(*) FROM identity.account a JOIN roster.student s ON s.account_id = a.id "
                + "WHERE s.source_id = 'SIS-S1-76' AND a.status = 'DISABLED'")).isEqualTo(1);

        JsonNode changed = body(get(BASE + "/users").param("filter", "dateLastModified>'" + since + "'")
                .param("limit", "1000"), token).get("users");
        assertThat(changed).anySatisfy(u -> {
            assertThat(u.get("sourcedId").asString()).isEqualTo("SIS-S1-76");
            assertThat(u.get("status").asString()).isEqualTo("tobedeleted");
        });
        JsonNode ended = body(get(BASE + "/enrollments").param("filter", "status='tobedeleted'")
                .param("limit", "1000"), token).get("enrollments");
        assertThat(ended).extracting(e -> e.get("sourcedId").asString()).contains("SIS-E1-76")
                .doesNotContain("SIS-E2-76");
        assertThat(body(get(BASE + "/enrollments").param("filter", "dateLastModified>'" + since + "'")
                .param("limit", "1000"), token).get("enrollments"))
                .extracting(e -> e.get("sourcedId").asString()).contains("SIS-E1-76");

        // A bulk export leaves them out, so importing it back does not bring them back.
        Map<String, String> exported = unzip(export(true));
        assertThat(exported.get("users.csv")).doesNotContain("SIS-S1-76").contains("SIS-S2-76");
        assertThat(exported.get("enrollments.csv")).doesNotContain("SIS-E1-76");

        // A later file that brings the student back makes them active and able to sign in again.
        importInto(zip(set("76", "G310101201509017208", "G310101201509017216")));
        assertThat(body(get(BASE + "/users/SIS-S1-76"), token).get("user").get("status").asString())
                .isEqualTo("active");
        assertThat(count("SELECT count(*) FROM identity.account a JOIN roster.student s ON s.account_id = a.id "
                + "WHERE s.source_id = 'SIS-S1-76' AND a.status = 'DISABLED'")).isZero();
    }

    @Test
    void anEnrolmentWhoseLastDayHasPassedIsTobedeletedAndShowsInDeltaPolls() throws Exception {
        importInto(zip(set("77", "G310101201509017224", "G310101201509017232")));
        jdbc.sql("UPDATE roster.enrolment SET starts_on = current_date - 30, ends_on = current_date - 2 "
                + "WHERE source_id = 'SIS-E2-77'").update();
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        JsonNode enrolment = body(get(BASE + "/enrollments/SIS-E2-77"), token).get("enrollment");
        assertThat(enrolment.get("status").asString()).isEqualTo("tobedeleted");
        assertThat(body(get(BASE + "/enrollments/SIS-E1-77"), token).get("enrollment").get("status").asString())
                .isEqualTo("active");
        assertThat(body(get(BASE + "/classes/SIS-C-77/students"), token).get("users"))
                .extracting(u -> u.get("sourcedId").asString()).containsExactly("SIS-S1-77");
    }

    @Test
    void aClassRemovedByADeltaIsTobedeletedWithItsEnrolments() throws Exception {
        importInto(zip(set("78", "G310101201509017240", "G310101201509017259")));
        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n"
                + "file.classes,delta\n");
        delta.put("classes.csv", CLASSES + "\nSIS-C-78,tobedeleted,,五年级(78)班,05,SIS-CO5,,homeroom,,org-"
                + fixture.a().school().id() + ",SIS-T1,数学,,\n");
        assertThat(importInto(zip(delta)).problems()).isEmpty();
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        assertThat(body(get(BASE + "/classes").param("filter", "status='tobedeleted'").param("limit", "1000"), token)
                .get("classes")).extracting(c -> c.get("sourcedId").asString()).contains("SIS-C-78");
        assertThat(body(get(BASE + "/enrollments/SIS-E1-78"), token).get("enrollment").get("status").asString())
                .isEqualTo("tobedeleted");
    }

    @Test
    void teacherEnrolmentsThatEduCloudDeletesAreAnsweredAsTobedeleted() throws Exception {
        importInto(zip(set("80", "G310101201509017283", "G310101201509017291")));
        long classId = jdbc.sql("SELECT id FROM roster.school_class WHERE source_id = 'SIS-C-80'").query(Long.class)
                .single();
        long teacher = jdbc.sql("SELECT id FROM roster.staff WHERE source_id = 'SIS-T-80'").query(Long.class).single();
        long other = jdbc.sql("SELECT id FROM roster.staff WHERE school_id = ? AND id <> ? ORDER BY id LIMIT 1")
                .params(fixture.a().school().id().value(), teacher).query(Long.class).single();
        long assignment = jdbc.sql("INSERT INTO roster.teaching_assignment (staff_id, class_id, subject) "
                + "VALUES (?, ?, '英语') RETURNING id").params(other, classId).query(Long.class).single();
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        assertThat(body(get(BASE + "/enrollments/enr-h-" + classId), token).get("enrollment").get("status")
                .asString()).isEqualTo("active");

        Map<String, String> delta = new LinkedHashMap<>();
        delta.put("manifest.csv", "propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\n"
                + "file.enrollments,delta\n");
        delta.put("enrollments.csv", ENROLLMENTS + "\nSIS-E3-80,tobedeleted,,SIS-C-80,SIS-SCH,SIS-T-80,teacher,true,,\n");
        assertThat(importInto(zip(delta)).problems()).isEmpty();
        jdbc.sql("DELETE FROM roster.teaching_assignment WHERE id = ?").param(assignment).update();

        JsonNode removed = body(get(BASE + "/enrollments").param("filter", "class.sourcedId='SIS-C-80'"), token)
                .get("enrollments");
        assertThat(removed).filteredOn(e -> e.get("role").asString().equals("teacher"))
                .extracting(e -> e.get("sourcedId").asString() + " " + e.get("status").asString())
                .containsExactlyInAnyOrder("enr-h-" + classId + " tobedeleted", "enr-t-" + assignment + " tobedeleted");
    }

    // --- item 7: names as the source gave them ----------------------------------------------------------------

    @Test
    void westernNamesKeepTheirGivenAndFamilyNamesAndChineseOnesTheirDisplay() throws Exception {
        importInto(zip(set("79", "G310101201509017267", "G310101201509017275")));
        assertThat(jdbc.sql("SELECT name FROM roster.student WHERE source_id = 'SIS-S1-79'").query(String.class)
                .single()).isEqualTo("John Doe");
        assertThat(jdbc.sql("SELECT name FROM roster.student WHERE source_id = 'SIS-S2-79'").query(String.class)
                .single()).isEqualTo("李小二");
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        JsonNode john = body(get(BASE + "/users/SIS-S1-79"), token).get("user");
        assertThat(john.get("givenName").asString()).isEqualTo("John");
        assertThat(john.get("familyName").asString()).isEqualTo("Doe");
        JsonNode li = body(get(BASE + "/users/SIS-S2-79"), token).get("user");
        assertThat(li.get("givenName").asString()).isEqualTo("小二");
        assertThat(li.get("familyName").asString()).isEqualTo("李");
        assertThat(unzip(export(true)).get("users.csv")).contains(",John,Doe,");

        // A name corrected in EduCloud is one name again, split as before.
        jdbc.sql("UPDATE roster.student SET name = '李晓二' WHERE source_id = 'SIS-S2-79'").update();
        assertThat(body(get(BASE + "/users/SIS-S2-79"), token).get("user").get("givenName").asString())
                .isEqualTo("晓二");
    }

    // --- item 8: absent fields, demographics, filters ---------------------------------------------------------

    @Test
    void restOmitsAbsentOptionalFields() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        for (String collection : List.of("users", "orgs", "classes", "enrollments", "academicSessions", "courses",
                "demographics")) {
            JsonNode answer = body(get(BASE + "/" + collection).param("limit", "1000"), token);
            assertThat(nullsIn(answer)).as(collection).isEmpty();
        }
        JsonNode user = body(get(BASE + "/users/user-s-" + fixture.a().studentId()), token).get("user");
        assertThat(user.has("middleName")).isFalse();
        assertThat(user.has("email")).isFalse();
        assertThat(user.get("roles").get(0).has("beginDate")).isFalse();
    }

    @Test
    void staffHaveDemographicsStudentsGradesAndClassesFilterByGradeAndSchool() throws Exception {
        String token = token(fixture.a().clientId(), fixture.a().clientSecret());
        long teacher = jdbc.sql("SELECT id FROM roster.staff WHERE school_id = ? ORDER BY id LIMIT 1")
                .param(fixture.a().school().id().value()).query(Long.class).single();
        JsonNode demographics = body(get(BASE + "/demographics/user-t-" + teacher), token).get("demographics");
        assertThat(demographics.get("sex").asString()).isIn("male", "female");
        assertThat(demographics.has("birthDate")).isFalse();
        assertThat(body(get(BASE + "/users/user-s-" + fixture.a().studentId()), token).get("user").get("grades")
                .get(0).asString()).isEqualTo("03");
        JsonNode classes = body(get(BASE + "/classes").param("filter", "grades='03' AND school.sourcedId='org-"
                + fixture.a().school().id() + "'").param("limit", "1000"), token).get("classes");
        assertThat(classes).extracting(c -> c.get("sourcedId").asString()).contains("class-" + fixture.a().classId());
        assertThat(classes).allSatisfy(c -> assertThat(c.get("grades").get(0).asString()).isEqualTo("03"));
        JsonNode enrolments = body(get(BASE + "/enrollments").param("filter", "class.sourcedId='class-"
                + fixture.a().classId() + "'"), token).get("enrollments");
        assertThat(enrolments).isNotEmpty().allSatisfy(e -> assertThat(e.get("class").get("sourcedId").asString())
                .isEqualTo("class-" + fixture.a().classId()));
    }

    // --- item 5: scopes -------------------------------------------------------------------------------------

    @Test
    void theStructureScopeReadsClassesButNoPerson() throws Exception {
        var structure = clients.registerClient(fixture.a().district().id(), "timetable",
                List.of(IntegrationScope.ROSTER_STRUCTURE));
        String token = token(structure.clientId(), structure.clientSecret());
        assertThat(body(get(BASE + "/classes"), token).get("classes")).isNotEmpty();
        assertThat(body(get(BASE + "/terms"), token).get("academicSessions")).isNotEmpty();
        for (String path : List.of("/users", "/students", "/teachers", "/enrollments", "/demographics",
                "/classes/class-" + fixture.a().classId() + "/students")) {
            mvc.perform(get(BASE + path).header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void scopeLabelsSayTheyOpenMinorsPersonalData() {
        for (int i : new int[] {0, 1, 2}) {
            assertThat(messages.getMessage("identity.integrations.scope." + i, null, Locale.CHINA))
                    .contains("未成年人");
            assertThat(messages.getMessage("identity.integrations.scope." + i, null, Locale.ENGLISH))
                    .containsPattern("minors' (sensitive )?personal data");
        }
        assertThat(messages.getMessage("identity.integrations.scope.9", null, Locale.ENGLISH))
                .contains("no personal data");
    }

    // --- helpers ----------------------------------------------------------------------------------------------

    private static List<String> nullsIn(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    out.add(e.getKey());
                } else {
                    out.addAll(nullsIn(e.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(nullsIn(n)));
        }
        return out;
    }

    private Instant lastChange() {
        return jdbc.sql("""
                SELECT greatest((SELECT max(updated_at) FROM roster.student), (SELECT max(updated_at) FROM roster.staff),
                                (SELECT max(updated_at) FROM roster.guardian),
                                (SELECT max(updated_at) FROM roster.school_class),
                                (SELECT max(updated_at) FROM roster.enrolment))""")
                .query(java.sql.Timestamp.class).single().toInstant();
    }

    private byte[] export(boolean full) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.oneRosterZip(Scope.installation(), fixture.a().school().id(), full, out);
        return out.toByteArray();
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

    /**
     * A set as a western SIS writes it: its own sourcedIds, usernames, emails and userIds, a western name and a
     * Chinese one, a homeroom class with two students and a teacher, a parent.
     */
    private Map<String, String> set(String k, String student1, String student2) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("manifest.csv", manifest("bulk", "bulk"));
        files.put("orgs.csv", "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                + "SIS-SCH,,,某校,school," + fixture.a().school().schoolCode() + ",\n");
        files.put("academicSessions.csv", "sourcedId,status,dateLastModified,title,type,startDate,endDate,"
                + "parentSourcedId,schoolYear\nSIS-SY,,,2026-2027,schoolYear,2026-09-01,2027-07-01,,2027\n"
                + "SIS-T1,,,2026-2027 第一学期,term,2026-09-01,2027-01-24,SIS-SY,2027\n");
        files.put("courses.csv", "sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,"
                + "orgSourcedId,subjects,subjectCodes\nSIS-CO5,,,SIS-SY,五年级,G05,05,SIS-SCH,,\n");
        files.put("classes.csv", CLASSES + "\nSIS-C-" + k + ",,,五年级(" + k + ")班,05,SIS-CO5,,homeroom,,SIS-SCH,"
                + "SIS-T1,数学,,\n");
        files.put("users.csv", USERS + "\n"
                + "SIS-S1-" + k + ",,,true,jdoe" + k + ",{SIS:S-" + k + "-001},John,Doe,," + student1
                + ",jdoe" + k + "@school.example,,,SIS-P1-" + k + ",05,,,,,,,SIS-SCH,,,\n"
                + "SIS-S2-" + k + ",,,true,,,小二,李,," + student2 + ",,,,,05,,,,,,,SIS-SCH,,,\n"
                + "SIS-T-" + k + ",,,true,msmith" + k + ",,Mary,Smith,,SRC-" + k + ",,,,,,,,,,,,SIS-SCH,,MASTER,FIRST\n"
                + "SIS-P1-" + k + ",,,true,,,Jane,Doe,,,,,,SIS-S1-" + k + ",,,,,,,,,,,\n");
        files.put("roles.csv", ROLES + "\n"
                + "R1-" + k + ",,,SIS-S1-" + k + ",primary,student,,,SIS-SCH,\n"
                + "R2-" + k + ",,,SIS-S2-" + k + ",primary,student,,,SIS-SCH,\n"
                + "R3-" + k + ",,,SIS-T-" + k + ",primary,teacher,,,SIS-SCH,\n"
                + "R4-" + k + ",,,SIS-P1-" + k + ",primary,parent,,,SIS-SCH,\n");
        files.put("demographics.csv", DEMOGRAPHICS + "\n"
                + "SIS-S1-" + k + ",,,2015-09-01,male,,,,,,,,,,,\n"
                + "SIS-S2-" + k + ",,,2015-10-01,female,,,,,,,,,,,\n"
                + "SIS-T-" + k + ",,,,female,,,,,,,,,,,\n"
                + "SIS-P1-" + k + ",,,,female,,,,,,,,,,,\n");
        files.put("enrollments.csv", ENROLLMENTS + "\n"
                + "SIS-E1-" + k + ",,,SIS-C-" + k + ",SIS-SCH,SIS-S1-" + k + ",student,false,2026-09-01,\n"
                + "SIS-E2-" + k + ",,,SIS-C-" + k + ",SIS-SCH,SIS-S2-" + k + ",student,false,2026-09-01,\n"
                + "SIS-E3-" + k + ",,,SIS-C-" + k + ",SIS-SCH,SIS-T-" + k + ",teacher,true,,\n");
        return files;
    }

    private JsonNode body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                          String token) throws Exception {
        return json.readTree(mvc.perform(request.header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String token(String clientId, String secret) throws Exception {
        String body = mvc.perform(post("/oauth2/token").with(httpBasic(clientId, secret))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("access_token").asString();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
