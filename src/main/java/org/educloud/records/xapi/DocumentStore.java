package org.educloud.records.xapi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** xAPI documents (state, activity profile, agent profile) by their full key, within the writing client's org. */
@Component
class DocumentStore {

    /** Which document: kind S (state), A (activity profile) or P (agent profile), and its key parts. */
    record Key(char kind, String orgPath, String activityId, String agentKey, String registration, String documentId) {
    }

    record Document(byte[] content, String contentType, String etag, Instant updated) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Document> find(Key key) {
        return jdbc.sql("""
                        SELECT content, content_type, etag, updated FROM records.document
                        WHERE kind = :kind AND org_path = :org AND activity_id = :activity AND agent_key = :agent
                          AND registration = :registration AND document_id = :document""")
                .params(params(key))
                .query((rs, n) -> new Document(rs.getBytes(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    void save(Key key, byte[] content, String contentType) {
        Map<String, Object> params = params(key);
        params.put("content", content);
        params.put("type", contentType);
        params.put("etag", sha1(content));
        params.put("updated", Timestamp.from(clock.instant()));
        jdbc.sql("""
                        INSERT INTO records.document (kind, org_path, activity_id, agent_key, registration, document_id,
                                                      content, content_type, etag, updated)
                        VALUES (:kind, :org, :activity, :agent, :registration, :document, :content, :type, :etag, :updated)
                        ON CONFLICT (kind, org_path, activity_id, agent_key, registration, document_id)
                        DO UPDATE SET content = EXCLUDED.content, content_type = EXCLUDED.content_type,
                                      etag = EXCLUDED.etag, updated = EXCLUDED.updated""")
                .params(params).update();
    }

    /** Ids of the documents under a key without its document id, changed after {@code since} if given. */
    List<String> ids(Key key, @Nullable Instant since) {
        Map<String, Object> params = params(key);
        params.put("since", since == null ? null : Timestamp.from(since));
        return jdbc.sql("""
                        SELECT document_id FROM records.document
                        WHERE kind = :kind AND org_path = :org AND activity_id = :activity AND agent_key = :agent
                          AND registration = :registration
                          AND (CAST(:since AS TIMESTAMPTZ) IS NULL OR updated > CAST(:since AS TIMESTAMPTZ))
                        ORDER BY document_id""")
                .params(params).query(String.class).list();
    }

    void delete(Key key) {
        jdbc.sql("""
                        DELETE FROM records.document
                        WHERE kind = :kind AND org_path = :org AND activity_id = :activity AND agent_key = :agent
                          AND registration = :registration AND document_id = :document""")
                .params(params(key)).update();
    }

    /** Every state document of an activity and agent (and registration): DELETE without a stateId. */
    void deleteAll(Key key) {
        jdbc.sql("""
                        DELETE FROM records.document
                        WHERE kind = :kind AND org_path = :org AND activity_id = :activity AND agent_key = :agent
                          AND registration = :registration""")
                .params(params(key)).update();
    }

    private static Map<String, Object> params(Key key) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", String.valueOf(key.kind()));
        params.put("org", key.orgPath());
        params.put("activity", key.activityId());
        params.put("agent", key.agentKey());
        params.put("registration", key.registration());
        params.put("document", key.documentId());
        return params;
    }

    static String sha1(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
