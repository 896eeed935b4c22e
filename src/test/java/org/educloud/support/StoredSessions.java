package org.educloud.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions as a release before this one left them in the database: made through the repository, given attributes
 * as raw serialised bytes (bypassing this release's serialisation), and opened with their cookie as a browser would.
 */
public final class StoredSessions {

    private StoredSessions() {
    }

    /** A new stored session holding one harmless attribute; its id. */
    public static <S extends Session> String create(SessionRepository<S> repository) {
        S session = repository.createSession();
        session.setAttribute("before", "the release");
        repository.save(session);
        return session.getId();
    }

    /** Stores an attribute of the session with the bytes given, exactly as an older release could have written them. */
    public static void storeAttribute(JdbcClient jdbc, String session, String attribute, byte[] bytes) {
        jdbc.sql("""
                INSERT INTO platform.spring_session_attributes (session_primary_id, attribute_name, attribute_bytes)
                SELECT primary_id, :name, :bytes FROM platform.spring_session WHERE session_id = :id""")
                .param("name", attribute).param("bytes", bytes).param("id", session).update();
    }

    /** Opens a page of the server on {@code port} with the session's cookie, asking for HTML. */
    public static HttpResponse<String> open(int port, String path, String session)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html")
                        .header("Cookie", "SESSION=" + Base64.getEncoder()
                                .encodeToString(session.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
