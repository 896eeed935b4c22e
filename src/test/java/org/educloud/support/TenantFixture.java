package org.educloud.support;

import static org.educloud.support.Drafts.aResource;
import static org.educloud.support.Drafts.aSchool;
import static org.educloud.support.Drafts.aStaffMember;
import static org.educloud.support.Drafts.aStudent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.educloud.assessment.AssessmentFixture;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.ApiTokenScope;
import org.educloud.identity.ApiTokens;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.library.Engagement;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.GuardianRelation;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterImports;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.TermView;
import org.educloud.identity.IntegrationScope;
import org.educloud.roster.StudentId;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.OrgQuery;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two districts of one test region, each with one school and a person in every role, created once per test
 * context through the modules' own facades. Tests act as someone in district A and reach for district B's ids.
 */
@Component
public class TenantFixture {

    public static final String PASSWORD = "Fixture2026pw";

    /** One side of the fixture: a district, its school and its people. */
    public record Side(String key, OrgNodeView district, OrgNodeView school, Map<Role, UserId> people,
                       long teacherTokenId, long classId, long studentId, long staffId, long importRunId,
                       long clientKey, String clientId, String clientSecret, long guardianId,
                       long resourceId, long resourceFileId, long commentId, long courseId, long lessonId,
                       long assignmentId, long submissionId, long submissionFileId, long reportExportId,
                       AssessmentFixture.Assessed assessed) {

        public UserId person(Role role) {
            return people.get(role);
        }
    }

    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApiTokens tokens;
    private OrgNodeView region;
    private Side a;
    private Side b;
    private UserId regionAdmin;
    private TermView term;
    private final RosterManagement roster;
    private final RosterImports imports;
    private final IdentityFixture identityFixture;
    private final JdbcClient jdbc;
    private final ResourceLibrary library;
    private final Engagement engagement;
    private final LearningFixture learning;
    private final AssessmentFixture assessment;

    TenantFixture(TenancyManagement tenancy, IdentityManagement identity, ApiTokens tokens, RosterManagement roster,
                  RosterImports imports, IdentityFixture identityFixture, JdbcClient jdbc, ResourceLibrary library,
                  Engagement engagement, LearningFixture learning, AssessmentFixture assessment) {
        this.assessment = assessment;
        this.engagement = engagement;
        this.learning = learning;
        this.library = library;
        this.identityFixture = identityFixture;
        this.jdbc = jdbc;
        this.roster = roster;
        this.imports = imports;
        this.tenancy = tenancy;
        this.identity = identity;
        this.tokens = tokens;
    }

    public synchronized Side a() {
        ensure();
        return a;
    }

    public synchronized Side b() {
        ensure();
        return b;
    }

    public synchronized OrgNodeView region() {
        ensure();
        return region;
    }

    public synchronized UserId regionAdmin() {
        ensure();
        return regionAdmin;
    }

    /** An authenticated caller as the security filters would have it after login. */
    public Authentication as(UserId user) {
        Scope scope = identity.scopeOf(user);
        var account = identity.self(user);
        List<Role> roles = scope.grants().stream().map(Scope.Grant::role).distinct().toList();
        AccountPrincipal principal = new AccountPrincipal(user, account.username(), account.displayName(), roles);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    /** The same person calling the JSON API as a read-write personal token does. */
    public Authentication asTokenHolder(UserId user) {
        Authentication person = as(user);
        List<GrantedAuthority> authorities = new ArrayList<>(person.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(ApiTokenScope.READ_WRITE.authority()));
        return UsernamePasswordAuthenticationToken.authenticated(person.getPrincipal(), null, authorities);
    }

    private void ensure() {
        if (a != null) {
            return;
        }
        Scope installation = Scope.installation();
        region = tenancy.search(installation, new OrgQuery("隔离测试市教育局", null, null, null, null), 0, 1).items()
                .stream().findFirst()
                .orElseGet(() -> tenancy.registerBureau(installation, null, new BureauDraft("隔离测试市教育局", null)));
        regionAdmin = account(installation, "fx.region", Role.REGION_ADMIN, region.id());
        term = roster.openTerm(installation, region.id(), "2026-2027", "第一学期", java.time.LocalDate.of(2026, 9, 1),
                java.time.LocalDate.of(2027, 1, 22));
        a = side(installation, "a", "甲区教育局", "甲区第一小学", "3900000001");
        b = side(installation, "b", "乙县教育局", "乙县第一小学", "3900000002");
    }

    private Side side(Scope installation, String key, String districtName, String schoolName, String code) {
        // schoolName doubles as the marker the isolation test looks for in the other side's pages
        OrgNodeView district = tenancy.registerBureau(installation, region.id(), new BureauDraft(districtName, null));
        OrgNodeView school = tenancy.registerSchool(installation, district.id(), aSchool().named(schoolName).coded(code)
                .in(key.equals("a") ? Locality.URBAN : Locality.RURAL).build());
        Map<Role, UserId> people = new EnumMap<>(Role.class);
        people.put(Role.DISTRICT_ADMIN, account(installation, "fx." + key + ".district", Role.DISTRICT_ADMIN, district.id()));
        for (Role role : List.of(Role.OPERATIONS_STAFF, Role.VENDOR)) {
            people.put(role, account(installation, "fx." + key + "." + role.name().toLowerCase(), role, district.id()));
        }
        for (Role role : List.of(Role.SCHOOL_ADMIN, Role.TEACHER, Role.STUDENT, Role.PARENT)) {
            people.put(role, account(installation, "fx." + key + "." + role.name().toLowerCase(), role, school.id()));
        }
        tokens.create(people.get(Role.TEACHER), "fixture token", 30, ApiTokenScope.READ_WRITE);
        long tokenId = tokens.of(people.get(Role.TEACHER)).getFirst().id();
        Registered teacher = roster.registerStaff(installation, school.id(),
                aStaffMember().numbered("FX-T1").named(schoolName + "老师").teaching("语文").build(), people.get(Role.TEACHER));
        var schoolClass = roster.openClass(installation, school.id(), new ClassDraft(term.id().value(), 3, "三年级(1)班",
                ClassKind.HOMEROOM, teacher.personId()));
        Registered student = roster.registerStudent(installation, school.id(), aStudent().named(schoolName + "学生").ofEthnicity("汉族")
                .born(java.time.LocalDate.of(2018, 3, 1))
                .withValidIdNumber(key.equals("a") ? "360102" : "360121", key.equals("a") ? "001" : "002").build(),
                people.get(Role.STUDENT));
        roster.enrol(installation, StudentId.of(student.personId()), schoolClass.id(), term.startsOn());
        Registered guardian = roster.registerGuardian(installation, StudentId.of(student.personId()), schoolName + "家长", null,
                GuardianRelation.MOTHER,
                people.get(Role.PARENT));
        long importRunId = rejectedImport(installation, school);
        var client = identityFixture.registerClient(district.id(), "fixture " + key,
                IntegrationScope.ALL);
        statement(school, client.clientId());
        long resourceId = resource(schoolName, school, people);
        long fileId = jdbc.sql("SELECT id FROM library.resource_file WHERE resource_id = ?").param(resourceId)
                .query(Long.class).single();
        long commentId = engagement.comment(identity.scopeOf(people.get(Role.STUDENT)), ResourceId.of(resourceId),
                "<p>" + schoolName + "的同学：这个课件很好</p>");
        LearningFixture.GradedAssignment work = learning.gradedAssignment(schoolName, schoolClass.id().value(), resourceId, people);
        return new Side(key, district, school, people, tokenId, schoolClass.id().value(), student.personId(), teacher.personId(),
                importRunId, client.id(), client.clientId(), client.clientSecret(), guardian.personId(), resourceId,
                fileId, commentId, work.course(), work.lesson(), work.assignment(), work.attempt(), work.attemptFile(),
                reportExport(district), assessment.assessed(schoolName, schoolClass.id().value(), people));
    }

    /** A finished balance report export of the side's district. */
    private long reportExport(OrgNodeView district) {
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        return jdbc.sql("""
                        INSERT INTO equity.report_export (org_id, org_path, org_name, school_year, format, language,
                          status, steps_done, steps_total, requested_by, requested_by_name, requested_at,
                          heartbeat_at, started_at, finished_at, file_name, content, content_size)
                        VALUES (?, ?, ?, '2026-2027', 'XLSX', 'zh-CN', 'DONE', 1, 1, 0, 'fixture', ?, ?, ?, ?,
                          'fixture.xlsx', ?, 7) RETURNING id""")
                .params(district.id().value(), district.path().value(), district.name(), now, now, now, now,
                        "fixture".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .query(Long.class).single();
    }

    /** A courseware PDF published to the side's school, titled with the school's name (the isolation marker). */
    private long resource(String schoolName, OrgNodeView school, Map<Role, UserId> people) {
        Scope teacher = identity.scopeOf(people.get(Role.TEACHER));
        byte[] pdf = ("%PDF-1.4\n% " + schoolName + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ResourceId id = library.create(teacher, aResource().titled(schoolName + "课件").described("<p>fixture</p>")
                .ownedBy(school.id().value()).build(), new java.io.ByteArrayInputStream(pdf), "fixture.pdf");
        library.submit(teacher, id);
        library.approve(identity.scopeOf(people.get(Role.SCHOOL_ADMIN)), id, null);
        return id.value();
    }

    /** One stored statement per side, so statement lists have something of the other side to leak. */
    private void statement(OrgNodeView school, String clientId) {
        UUID id = UUID.randomUUID();
        String body = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:fixture@example.cn\"},\"verb\":"
                + "{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\"},\"object\":{\"id\":"
                + "\"https://educloud.example/activities/resources/1\"},\"stored\":\"2026-01-05T08:00:00.000Z\","
                + "\"timestamp\":\"2026-01-05T08:00:00.000Z\"}";
        java.sql.Timestamp at = java.sql.Timestamp.from(java.time.Instant.parse("2026-01-05T08:00:00Z"));
        jdbc.sql("INSERT INTO records.statement_id (id, stored) VALUES (?, ?)").params(id, at).update();
        jdbc.sql("""
                        INSERT INTO records.statement (id, stored, occurred, client_id, org_path, verb_id, actor_key,
                                                       activity_id, related_agents, related_activities, body)
                        VALUES (?, ?, ?, ?, ?, 'http://adlnet.gov/expapi/verbs/experienced',
                                'mbox:mailto:fixture@example.cn', 'https://educloud.example/activities/resources/1',
                                ARRAY['mbox:mailto:fixture@example.cn'],
                                ARRAY['https://educloud.example/activities/resources/1'], ?::jsonb)""")
                .params(id, at, at, clientId, school.path().value(), body).update();
    }

    private long rejectedImport(Scope installation, OrgNodeView school) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("fixture", ".csv");
            java.nio.file.Files.writeString(file, "姓名\n");
            long id = imports.importStudents(installation, school.id(), file, "fixture.csv").id();
            java.nio.file.Files.delete(file);
            return id;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UserId account(Scope installation, String username, Role role, OrgId org) {
        return identity.create(installation, new NewAccount(username, username, null, null, role, org.value(),
                PASSWORD), false).account().id();
    }
}
