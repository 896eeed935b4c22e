package org.educloud.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.educloud.identity.AccountCreated;
import org.educloud.identity.IdentityManagement;
import org.educloud.identity.NewAccount;
import org.educloud.identity.secrets.Secrets;
import org.educloud.roster.ClassDraft;
import org.educloud.roster.ClassKind;
import org.educloud.roster.Gender;
import org.educloud.roster.IdNumber;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentDraft;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tenancy.BureauDraft;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.SchoolDraft;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Accounts an earlier version named after the student number ("G" and the ID number) get a generated username at
 * start-up; the old one keeps signing in for a grace period, and the person is told the new one.
 */
@EduCloudTest
class RetiredUsernamesTest {

    private static final String GENERATED = "[0-9]{2}[2-9a-hjkmnp-z]{6}";

    @Autowired
    MockMvc mvc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    RetiringLoginNames retiring;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    RosterManagement roster;

    @Autowired
    RosterDirectory directory;

    @Autowired
    TenancyManagement tenancy;

    @Autowired
    java.time.Clock clock;

    private static RequestPostProcessor from(String address) {
        return (MockHttpServletRequest request) -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
    }

    /** An account as an earlier version left it in the database, under a username that is not allowed any more. */
    private AccountCreated oldStyle(String oldUsername, Role role, String password) {
        AccountCreated created = identity.create(Scope.installation(), new NewAccount("old." + role.name().toLowerCase()
                        + "." + oldUsername.hashCode(), "旧账号", null, null, role, fixture.a().school().id().value(),
                password), false);
        jdbc.sql("UPDATE identity.account SET username = ? WHERE id = ?")
                .params(oldUsername, created.account().id().value()).update();
        return created;
    }

    @Test
    void aRenamedStudentSignsInWithTheOldNameDuringTheGracePeriodAndWithTheNewOneAlways() throws Exception {
        String idNumber = "36010220180909101X";
        UserId account = oldStyle("g" + idNumber.toLowerCase(), Role.STUDENT, TenantFixture.PASSWORD).account().id();

        assertThat(retiring.retireAll()).isGreaterThanOrEqualTo(1);
        String renamed = identity.self(account).username();
        assertThat(renamed).matches("s" + GENERATED);
        assertThat(retiring.retireAll()).as("a second start renames nothing").isZero();

        // The old name, typed as it is printed (upper case), and the new one both sign in.
        mvc.perform(login("G" + idNumber, TenantFixture.PASSWORD, "10.22.0.1"))
                .andExpect(authenticated().withUsername(renamed)).andExpect(redirectedUrl("/home"));
        mvc.perform(login(renamed, TenantFixture.PASSWORD, "10.22.0.2")).andExpect(authenticated());
        // The person is told, on their home and account pages.
        var self = authentication(fixture.as(account));
        for (String page : new String[] {"/home", "/account"}) {
            assertThat(mvc.perform(get(page).with(self)).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8))
                    .contains("id=\"former-username\"").contains("您的用户名已改为 " + renamed).doesNotContain(idNumber);
        }

        jdbc.sql("UPDATE identity.retired_login_name SET expires_at = now() - interval '1 minute' WHERE account_id = ?")
                .param(account.value()).update();
        mvc.perform(login("G" + idNumber, TenantFixture.PASSWORD, "10.22.0.3"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login(renamed, TenantFixture.PASSWORD, "10.22.0.4")).andExpect(authenticated());
        assertThat(mvc.perform(get("/account").with(self)).andReturn().getResponse().getContentAsString())
                .doesNotContain("former-username");
        retiring.retireAll();
        assertThat(jdbc.sql("SELECT count(*) FROM identity.retired_login_name WHERE account_id = ?")
                .param(account.value()).query(Long.class).single()).as("expired names are forgotten").isZero();

        // The failed login with the old name was audited without the number.
        assertThat(jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE concat(target, actor_name, detail) LIKE ?")
                .param("%" + idNumber.substring(6, 14) + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aRetiredNameIsKeptAsAKeyedHashNotOneAnyoneCanRecomputeFromTheIdNumber() throws Exception {
        String idNumber = "36010220170707202X";
        String old = "g" + idNumber.toLowerCase();
        UserId account = oldStyle(old, Role.STUDENT, TenantFixture.PASSWORD).account().id();
        retiring.retireAll();

        var stored = jdbc.sql("SELECT name_hash, keyed FROM identity.retired_login_name WHERE account_id = ?")
                .param(account.value()).query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2)).single();
        assertThat(stored).isEqualTo(retiring.keyedHash("G" + idNumber) + " true")
                .doesNotContain(Secrets.sha256(old)).doesNotContain(idNumber);
        mvc.perform(login("G" + idNumber, TenantFixture.PASSWORD, "10.22.0.9"))
                .andExpect(authenticated().withUsername(identity.self(account).username()));
    }

    @Test
    void aNameRetiredBeforeTheKeyStillSignsInAndIsRekeyedThen() throws Exception {
        String idNumber = "36010220160606303X";
        UserId account = identity.create(Scope.installation(), new NewAccount("old.unkeyed", "旧账号", null, null,
                Role.STUDENT, fixture.a().school().id().value(), TenantFixture.PASSWORD), false).account().id();
        // as an earlier version wrote it: the plain SHA-256 of the lower-cased name
        jdbc.sql("""
                        INSERT INTO identity.retired_login_name (name_hash, account_id, retired_at, expires_at, keyed)
                        VALUES (?, ?, now(), now() + interval '30 days', FALSE)""")
                .params(Secrets.sha256("g" + idNumber.toLowerCase()), account.value()).update();

        mvc.perform(login("G" + idNumber, "Wrong2026pw", "10.22.0.10")).andExpect(unauthenticated());
        assertThat(hashesOf(account)).containsExactly(Secrets.sha256("g" + idNumber.toLowerCase()));
        mvc.perform(login("G" + idNumber, TenantFixture.PASSWORD, "10.22.0.10"))
                .andExpect(authenticated().withUsername("old.unkeyed"));
        assertThat(hashesOf(account)).containsExactly(retiring.keyedHash("G" + idNumber));
        mvc.perform(login("g" + idNumber, TenantFixture.PASSWORD, "10.22.0.11"))
                .andExpect(authenticated().withUsername("old.unkeyed"));
    }

    private java.util.List<String> hashesOf(UserId account) {
        return jdbc.sql("SELECT name_hash FROM identity.retired_login_name WHERE account_id = ?")
                .param(account.value()).query(String.class).list();
    }

    @Test
    void aGuardianActivatesWithTheNameOnAnOldSlipAndIsToldTheNewOne() throws Exception {
        AccountCreated created = oldStyle("pg360102201810101017-4711", Role.PARENT, null);
        retiring.retireAll();
        String renamed = identity.self(created.account().id()).username();
        assertThat(renamed).matches("p" + GENERATED);

        mvc.perform(post("/activate").param("username", "PG360102201810101017-4711")
                        .param("code", created.activationCode()).param("password", "Xinmima2026")
                        .param("confirmation", "Xinmima2026").with(csrf()))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("activatedUsername", renamed));
        mvc.perform(login(renamed, "Xinmima2026", "10.22.1.1")).andExpect(authenticated());
    }

    @Test
    void anActivationSlipForARenamedStudentGivesTheNewNameAndHowLongTheOldOneWorks() throws Exception {
        // A school of its own, so that the fixture's classes keep the students other tests count.
        Scope admin = Scope.installation();
        var district = tenancy.registerBureau(admin, fixture.region().id(), new BureauDraft("改名测试县教育局", null));
        var school = tenancy.registerSchool(admin, district.id(), new SchoolDraft("改名测试小学",
                "3900000723", Set.of(Stage.PRIMARY), Locality.URBAN, false, null, null, null));
        long term = directory.classes(admin, fixture.a().school().id(), null, 0, 1).items().getFirst().termId().value();
        long schoolClass = roster.openClass(admin, school.id(), new ClassDraft(term, 3, "三年级(2)班", ClassKind.HOMEROOM,
                null)).id().value();
        String first17 = "36010220180808765";
        String idNumber = first17 + IdNumber.checkCharacter(first17);
        Registered student = roster.registerStudent(admin, school.id(), new StudentDraft("改名生",
                Gender.FEMALE, LocalDate.of(2018, 8, 8), null, "G" + idNumber, null, null, null, null, null, null), null);
        roster.enrol(admin, org.educloud.roster.StudentId.of(student.personId()), org.educloud.roster.ClassId.of(schoolClass), LocalDate.of(2026, 9, 1));
        UserId account = identity.search(Scope.installation(), student.username(), null, null, 0, 1).items()
                .getFirst().id();
        jdbc.sql("UPDATE identity.account SET username = ? WHERE id = ?").params("g" + idNumber.toLowerCase(),
                account.value()).update();
        retiring.retireAll();
        String renamed = identity.self(account).username();

        String slips = mvc.perform(post("/roster/classes/{id}/slips", schoolClass).with(csrf())
                        .with(authentication(fixture.as(fixture.regionAdmin()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String slip = slips.substring(slips.indexOf("改名生"));
        slip = slip.substring(0, slip.indexOf("</section>"));
        assertThat(slip).contains(renamed).contains("原用户名在 " + LocalDate.now(clock).plusDays(180))
                .doesNotContain(idNumber.substring(6));
    }

    @Test
    void aUsernameCarryingAPhoneOrIdNumberIsRefused() throws Exception {
        assertThatThrownBy(() -> identity.create(Scope.installation(), new NewAccount("g36010220180909102X", "某学生",
                null, null, Role.STUDENT, fixture.a().school().id().value(), null)))
                .isInstanceOf(FieldRuleViolationException.class);
        String page = mvc.perform(post("/admin/accounts/new").with(csrf())
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN))))
                        .param("username", "zhang13812345678").param("displayName", "张老师").param("role", "TEACHER")
                        .param("orgId", fixture.a().school().id().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("用户名不能包含手机号或身份证号");
    }
}
