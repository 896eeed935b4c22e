package org.educloud.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ConflictException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * Accounts, their grants, activation and personal API tokens through the identity module's API, with identity and
 * the org tree it grants on (tenancy) in the context, on an empty database.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestContext
class IdentityModuleTest {

    private static final String PASSWORD = "Qingshan-river-77";

    @Autowired
    IdentityManagement identity;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    JdbcClient jdbc;

    OrgNodeView school;

    @BeforeEach
    void aSchool() {
        school = OrgTree.cityWithDistrict(tenancy, "青州市").school("青州市城区第一小学");
    }

    @Test
    void a_teacher_account_holds_its_role_at_its_school() {
        AccountCreated created = identity.create(Scope.installation(), teacher("wang.fang" + school.id().value(), PASSWORD));

        Scope scope = identity.scopeOf(created.account().id());

        assertThat(created.activationCode()).as("a password was given: nothing to activate").isNull();
        assertThat(created.account().mustChangePassword()).isTrue();
        assertThat(scope.holds(Role.TEACHER, school.path())).isTrue();
        assertThat(scope.canAdminister(school.path())).isFalse();
    }

    @Test
    void an_account_without_a_password_is_activated_with_its_one_time_code() {
        String username = "li.ming" + school.id().value();
        AccountCreated created = identity.create(Scope.installation(), teacher(username, null));

        assertThat(created.activationCode()).isNotBlank();
        assertThat(identity.activate(username, "not-the-code", PASSWORD)).isNotEmpty();
        assertThat(identity.activate(username, created.activationCode(), PASSWORD)).isEmpty();
        assertThat(identity.changePassword(created.account().id(), PASSWORD, "Baishui-stream-88")).isEmpty();
    }

    @Test
    void a_username_is_taken_once() {
        String username = "zhao.lei" + school.id().value();
        identity.create(Scope.installation(), teacher(username, PASSWORD));

        assertThatThrownBy(() -> identity.create(Scope.installation(), teacher(username, PASSWORD)))
                .isInstanceOf(ConflictException.class);
        assertThat(identity.exists(username)).isTrue();
    }

    @Test
    void a_school_admin_cannot_grant_at_another_school() {
        OrgNodeView other = OrgTree.cityWithDistrict(tenancy, "兖州市").school("兖州市城区第一小学");
        Scope schoolAdmin = new Scope(new UserId(7_000), java.util.List.of(new Scope.Grant(Role.SCHOOL_ADMIN, school.path())));

        assertThatThrownBy(() -> identity.create(schoolAdmin, new NewAccount("sun.li" + other.id().value(), "孙丽", null,
                null, Role.TEACHER, other.id().value(), PASSWORD)))
                .isInstanceOf(RuntimeException.class)
                .satisfies(refused -> assertThat(refused).isInstanceOfAny(ForbiddenException.class,
                        org.educloud.shared.NotFoundException.class));
    }

    @Test
    void a_teacher_holds_a_personal_token_shown_once_and_revoked_for_good(Scenario scenario) {
        UserId teacher = identity.create(Scope.installation(), teacher("chen.jing" + school.id().value(), PASSWORD))
                .account().id();

        scenario.stimulate(() -> tokens.create(teacher, "成绩脚本", 30, ApiTokenScope.READ_ONLY))
                .andWaitForEventOfType(AuditableActionOccurred.class)
                .matching(audit -> audit.action().equals("token.created"))
                .toArriveAndVerify((audit, secret) -> {
                    ApiTokenView token = tokens.of(teacher).getFirst();
                    assertThat(secret).startsWith(token.prefix());
                    assertThat(token.usable()).isTrue();
                    assertThat(token.scope()).isEqualTo(ApiTokenScope.READ_ONLY);
                });

        tokens.revoke(teacher, tokens.of(teacher).getFirst().id());

        assertThat(tokens.of(teacher).getFirst().usable()).isFalse();
    }

    @Test
    void a_student_holds_no_tokens() {
        UserId student = identity.create(Scope.installation(), new NewAccount("s" + school.id().value() + "kq", "张小明",
                null, null, Role.STUDENT, school.id().value(), PASSWORD)).account().id();

        assertThat(tokens.mayHoldTokens(student)).isFalse();
        assertThatThrownBy(() -> tokens.create(student, "脚本", null, ApiTokenScope.READ_WRITE))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void every_audited_action_of_any_module_lands_in_the_audit_log_in_the_publishers_transaction(Scenario scenario) {
        scenario.publish(new AuditableActionOccurred(null, "test.audited", "某项操作", school.path(), "细节"))
                .andWaitForStateChange(() -> jdbc.sql("select count(*) from identity.audit_event where action = 'test.audited'")
                        .query(Long.class).single(), count -> count == 1)
                .andVerify(count -> assertThat(jdbc.sql("select org_path from identity.audit_event where action = 'test.audited'")
                        .query(String.class).single()).isEqualTo(school.path().value()));
    }

    private NewAccount teacher(String username, String password) {
        return new NewAccount(username, "王芳", null, null, Role.TEACHER, school.id().value(), password);
    }
}
