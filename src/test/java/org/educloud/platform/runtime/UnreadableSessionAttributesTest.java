package org.educloud.platform.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.educloud.identity.AccountPrincipal;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.support.EduCloudTest;
import org.educloud.support.StoredSessions;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions live in the database across a release, and what they hold is Java-serialised: a record whose shape the
 * new release changed (a flash message's receipt, say) cannot be read back. Such an attribute counts as absent; the
 * person keeps their session, or at worst signs in again, instead of meeting an error page on every request.
 */
@EduCloudTest
class UnreadableSessionAttributesTest {

    /** Where Spring MVC keeps the flash attributes of a redirect. */
    private static final String FLASH_MAPS = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

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
    void aFlashAttributeOfAClassThatChangedIsDroppedAndThePageStillOpens() throws Exception {
        AccountView teacher = identity.self(fixture.a().person(Role.TEACHER));
        String session = StoredSessions.create(sessions);
        StoredSessions.storeAttribute(jdbc, session, "SPRING_SECURITY_CONTEXT", new SerializingConverter().convert(signedIn(teacher)));
        StoredSessions.storeAttribute(jdbc, session, FLASH_MAPS, ofAClassThatIsGone());

        HttpResponse<String> home = StoredSessions.open(port, "/home", session);

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains(teacher.displayName());
    }

    @Test
    void aSecurityContextThatCannotBeReadMeansSigningInAgain() throws Exception {
        String session = StoredSessions.create(sessions);
        StoredSessions.storeAttribute(jdbc, session, "SPRING_SECURITY_CONTEXT", ofAClassThatIsGone());

        HttpResponse<String> home = StoredSessions.open(port, "/home", session);

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).contains("/login");
    }

    private static SecurityContextImpl signedIn(AccountView account) {
        AccountPrincipal principal = new AccountPrincipal(account.id(), account.username(),
                account.displayName(), List.of(Role.TEACHER));
        return new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
    }

    /** A receipt as an older release wrote it: its class is renamed here, as if the new release had no such class. */
    private static byte[] ofAClassThatIsGone() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new Receipt(7L));
        }
        byte[] stream = bytes.toByteArray();
        byte[] name = Receipt.class.getName().getBytes(StandardCharsets.UTF_8);
        byte[] gone = Receipt.class.getName().replace("$Receipt", "$Rec31pt").getBytes(StandardCharsets.UTF_8);
        for (int at = 0; at + name.length <= stream.length; at++) {
            if (java.util.Arrays.equals(stream, at, at + name.length, name, 0, name.length)) {
                System.arraycopy(gone, 0, stream, at, gone.length);
                return stream;
            }
        }
        throw new IllegalStateException("the class name is not in the stream");
    }

    private record Receipt(long assignment) implements Serializable {
    }
}
