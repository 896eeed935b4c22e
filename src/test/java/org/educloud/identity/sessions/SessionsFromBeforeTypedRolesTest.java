package org.educloud.identity.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.net.http.HttpResponse;
import java.util.List;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.StoredSessions;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions are stored in the database with Java serialization, and a release must not turn the people who were
 * logged in before it into error pages. Until December 2026 {@link AccountPrincipal} held its roles as their names;
 * it now holds {@link Role}s. The stored sessions of before hold the same field with strings in it.
 */
@EduCloudTest
class SessionsFromBeforeTypedRolesTest {

    /** Written by the code of before (commit e526c0b): teacher.wang, user 42, TEACHER and SCHOOL_ADMIN. */
    private static final String STORED_BEFORE = "/identity/session-context-with-role-names.ser";

    @LocalServerPort
    int port;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantFixture fixture;

    @Autowired
    IdentityManagement identity;

    @Test
    void aSecurityContextStoredWithRoleNamesIsReadWithTypedRoles() throws IOException {
        SecurityContext context;
        try (InputStream stored = getClass().getResourceAsStream(STORED_BEFORE)) {
            context = (SecurityContext) new DeserializingConverter().convert(stored.readAllBytes());
        }

        AccountPrincipal principal = (AccountPrincipal) context.getAuthentication().getPrincipal();
        assertThat(principal.id()).isEqualTo(new UserId(42));
        assertThat(principal.username()).isEqualTo("teacher.wang");
        assertThat(principal.roles()).containsExactly(Role.TEACHER, Role.SCHOOL_ADMIN);
        assertThat(principal.authorities()).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_TEACHER", "ROLE_SCHOOL_ADMIN");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    @Test
    void aRoleNameNoLongerKnownIsDroppedRatherThanFailingTheSession() {
        List stored = List.of("TEACHER", "LIBRARIAN", "TEACHER");

        AccountPrincipal principal = new AccountPrincipal(new UserId(42), "teacher.wang", "王老师", stored);

        assertThat(principal.roles()).containsExactly(Role.TEACHER);
    }

    @Test
    void someoneLoggedInBeforeTheUpgradeKeepsWorkingAfterIt() throws Exception {
        UserId teacher = fixture.a().person(Role.TEACHER);
        AccountView account = identity.self(teacher);
        AccountPrincipal principal =
                new AccountPrincipal(teacher, account.username(), account.displayName(), List.of(Role.TEACHER));
        String sessionId = StoredSessions.create(sessions);
        StoredSessions.storeAttribute(jdbc, sessionId, "SPRING_SECURITY_CONTEXT", storedAsBefore(principal));

        HttpResponse<String> home = StoredSessions.open(port, "/home", sessionId);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(account.displayName());
    }

    /** The security context as the code of before wrote it: the same stream, with each role written as its name. */
    private static byte[] storedAsBefore(AccountPrincipal principal) throws IOException {
        var token = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        var bytes = new ByteArrayOutputStream();
        try (var out = new RoleNamesOutputStream(bytes)) {
            out.writeObject(new SecurityContextImpl(token));
        }
        return bytes.toByteArray();
    }

    private static final class RoleNamesOutputStream extends ObjectOutputStream {

        RoleNamesOutputStream(ByteArrayOutputStream bytes) throws IOException {
            super(bytes);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object written) {
            return written instanceof Role role ? role.name() : written;
        }
    }
}
