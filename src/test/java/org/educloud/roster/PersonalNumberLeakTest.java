package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.educloud.identity.IdentityFixture;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.IntegrationScope;
import org.educloud.identity.NewAccount;
import org.educloud.roster.imports.StudentColumns;
import org.educloud.shared.OrgId;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Students imported with their 全国学籍号 ("G" and the 18-character ID number), a guardian, and a teacher whose
 * staff number is an ID number: no account list, audit log or OneRoster answer of their district shows any of
 * those numbers (any 17 digits in a row), unless full identifiers were explicitly asked for and allowed.
 */
@EduCloudTest
class PersonalNumberLeakTest {

    private static final Pattern SEVENTEEN_DIGITS = Pattern.compile("[0-9]{17}");
    private static final String ONE_ROSTER = "/ims/oneroster/rostering/v1p2";
    private static final String PASSWORD = "Zhenghao2026pw";

    @Autowired
    MockMvc mvc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    IdentityManagement identity;

    @Autowired
    RosterImports imports;

    @Autowired
    RosterManagement roster;

    @Autowired
    IdentityFixture clients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    /** The district made for this class, once per test context. */
    private record District(OrgNodeView district, OrgNodeView school, UserId admin, List<String> idNumbers) {
    }

    private static District district;

    private synchronized District district() throws Exception {
        if (district != null) {
            return district;
        }
        Scope installation = Scope.installation();
        OrgNodeView bureau = tenancy.registerBureau(installation, fixture.region().id(),
                new BureauDraft("证号测试区教育局", null));
        OrgNodeView school = tenancy.registerSchool(installation, bureau.id(), new SchoolDraft("证号测试小学",
                "3900000722", Set.of(Stage.PRIMARY), Locality.URBAN, false, null, null, null));
        UserId admin = identity.create(installation, new NewAccount("idleak.district", "证号区管理员", null, null,
                Role.DISTRICT_ADMIN, bureau.id().value(), PASSWORD), false).account().id();
        Scope adminScope = identity.scopeOf(admin);
        List<String> ids = new ArrayList<>();
        StringBuilder students = new StringBuilder(String.join(",", StudentColumns.headers())).append('\n');
        for (String seq : List.of("721", "722", "733")) {
            String first17 = "36010220180607" + seq;
            String id = first17 + IdNumber.checkCharacter(first17);
            ids.add(id);
            students.append(String.join(",", "证号" + seq, "女", "2018-06-07", "汉族", "G" + id, id, "", "否", "否",
                    "", "", "")).append('\n');
        }
        // The file is named after a student number, as a careless export from another system might be.
        assertThat(importFile(adminScope, school.id(), ImportKind.STUDENTS, "学生-G" + ids.getFirst() + ".csv",
                students.toString()).outcome()).isEqualTo(ImportOutcome.APPLIED);
        assertThat(importFile(adminScope, school.id(), ImportKind.GUARDIANS, "guardians.csv",
                "学生全国学籍号,监护人姓名,关系,手机号\nG" + ids.getFirst() + ",证号家长,母亲,13712347221\n").outcome())
                .isEqualTo(ImportOutcome.APPLIED);
        String staffFirst17 = "36010219900101072";
        String staffId = staffFirst17 + IdNumber.checkCharacter(staffFirst17);
        ids.add(staffId);
        roster.registerStaff(adminScope, school.id(), new StaffDraft(staffId, "证号老师", Gender.FEMALE, null, "语文",
                Qualification.BACHELOR, ProfessionalTitle.SECOND, null, true, null), null);
        // Someone still typing the old kind of username: a failed login is audited too.
        mvc.perform(post("/login").param("username", "G" + ids.get(1)).param("password", "wrong-" + PASSWORD)
                .with(csrf()));
        district = new District(bureau, school, admin, ids);
        return district;
    }

    private ImportRunView importFile(Scope scope, OrgId school, ImportKind kind, String name, String content)
            throws IOException {
        Path file = Files.createTempFile("id-leak", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try {
            return switch (kind) {
                case GUARDIANS -> imports.importGuardians(scope, school, file, name);
                default -> imports.importStudents(scope, school, file, name);
            };
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void importedStudentsNumbersShowInNoAccountListAuditLogOrOneRosterAnswer() throws Exception {
        District d = district();
        var admin = authentication(fixture.as(d.admin()));
        // Through the page rather than ApiTokens, whose signature the token scopes of item 12 change.
        String tokenPage = page(post("/account/tokens").param("name", "leak check").param("validDays", "1")
                .with(admin).with(csrf()));
        String bearer = "Bearer " + tokenPage.replaceAll("(?s).*id=\"token-secret\">([^<]+)</p>.*", "$1");
        String client = clientToken(List.of(IntegrationScope.ROSTER_CORE));
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("/admin/accounts", page(get("/admin/accounts").with(admin)));
        bodies.put("/admin/accounts?q=证号", page(get("/admin/accounts").param("q", "证号").with(admin)));
        bodies.put("/api/v1/accounts", page(get("/api/v1/accounts").param("size", "200").header("Authorization", bearer)));
        bodies.put("/admin/audit", page(get("/admin/audit").with(admin)));
        bodies.put("/api/v1/audit", page(get("/api/v1/audit").param("size", "200").header("Authorization", bearer)));
        unzip(zip(get("/roster/imports/oneroster.zip").param("org", d.district().id().toString()).with(admin)))
                .forEach((file, content) -> bodies.put("oneroster.zip:" + file, content));
        for (String path : List.of("/users?limit=1000", "/students", "/teachers", "/users?filter=identifier~'0607'",
                "/users?sort=identifier", "/users?filter=role='parent'")) {
            bodies.put(path, page(get(ONE_ROSTER + path).header("Authorization", "Bearer " + client)));
        }

        for (var body : bodies.entrySet()) {
            assertThat(SEVENTEEN_DIGITS.matcher(body.getValue()).find()).as(body.getKey()).isFalse();
            for (String id : d.idNumbers()) {
                assertThat(body.getValue()).as(body.getKey()).doesNotContain(id.substring(6, 14) + id.substring(14, 17));
            }
        }
        // Not vacuous: the people and their masked numbers are there.
        String masked = "G" + d.idNumbers().getFirst().substring(0, 6) + "********" + d.idNumbers().getFirst().substring(14);
        assertThat(bodies.get("/api/v1/accounts")).contains("证号721", "证号家长", "证号老师");
        assertThat(bodies.get("/users?limit=1000")).contains(masked).contains("\"username\":\"t");
        assertThat(bodies.get("oneroster.zip:users.csv")).contains(masked);
        assertThat(bodies.get("/admin/audit")).contains("roster.import.students").contains("证号老师");
        // The usernames are generated, not derived from anything the person is known by.
        var accounts = json.readTree(bodies.get("/api/v1/accounts")).get("items");
        List<String> usernames = new ArrayList<>();
        accounts.forEach(a -> usernames.add(a.get("username").asString()));
        assertThat(usernames).filteredOn(u -> !u.equals("idleak.district"))
                .hasSize(5).allMatch(u -> u.matches("[stp][0-9]{2}[2-9a-hjkmnp-z]{6}"));
        // Nowhere in the whole audit log, whoever may read it (a failed login by an unknown name is for operators).
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event "
                        + "WHERE concat(target, ' ', actor_name, ' ', detail) ~ '[0-9]{17}'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void fullIdentifiersNeedTheExportOptionOrTheClientScopeMadeForThem() throws Exception {
        District d = district();
        String number = "G" + d.idNumbers().getFirst();
        var admin = authentication(fixture.as(d.admin()));
        Map<String, String> full = unzip(zip(get("/roster/imports/oneroster.zip")
                .param("org", d.district().id().toString()).param("identifiers", "full").with(admin)));
        assertThat(full.get("users.csv")).contains("{学籍号:" + number + "}");
        assertThat(page(get("/admin/audit").with(admin))).contains("full identifiers");

        String withScope = clientToken(List.of(IntegrationScope.ROSTER_CORE, IntegrationScope.FULL_IDENTIFIERS));
        String users = page(get(ONE_ROSTER + "/users").param("filter", "identifier='" + number + "'")
                .header("Authorization", "Bearer " + withScope));
        assertThat(json.readTree(users).get("users").get(0).get("identifier").asString()).isEqualTo(number);
        // Without the scope a client cannot find the student by the full number either.
        String coreOnly = clientToken(List.of(IntegrationScope.ROSTER_CORE));
        assertThat(json.readTree(page(get(ONE_ROSTER + "/users").param("filter", "identifier='" + number + "'")
                .header("Authorization", "Bearer " + coreOnly))).get("users")).isEmpty();
    }

    private String clientToken(List<IntegrationScope> scopes) throws Exception {
        var registered = clients.registerClient(district().district().id(), "证号检查", scopes);
        String body = mvc.perform(post("/oauth2/token").with(httpBasic(registered.clientId(), registered.clientSecret()))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).param("grant_type", "client_credentials"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("access_token").asString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private byte[] zip(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
