package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;
import org.educloud.assessment.ItemType;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.tenancy.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes items, their versions and knowledge points; callers have checked the caller's right first. */
@Component
public class ItemStore {

    private static final String COLUMNS = "i.id, i.current_version, i.type, i.stage, i.subject, i.grade, i.difficulty, "
            + "i.source, i.sharing, i.status, i.owner_id, i.owner_path, i.share_path, i.author_account, i.author_name, i.updated_at, "
            + "v.content::text AS content, "
            + "ARRAY(SELECT k.knowledge_point_id FROM assessment.item_knowledge_point k WHERE k.item_id = i.id "
            + "ORDER BY k.knowledge_point_id) AS kps";
    private static final String FROM = " FROM assessment.item i JOIN assessment.item_version v "
            + "ON v.item_id = i.id AND v.version = i.current_version";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ItemStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Where a new item is filed and shared. */
    public record Filing(long ownerId, String ownerPath, long authorAccount, String authorName, String sharePath,
                         String reviewPath) {
    }

    public long insert(Filing filing, ItemDraft draft, ReviewStatus status, Instant now) {
        long id = jdbc.sql("""
                        INSERT INTO assessment.item (owner_id, owner_path, author_account, author_name, type, stage,
                            subject, grade, difficulty, source, sharing, share_path, review_path, status,
                            current_version, stem_text, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id""")
                .params(filing.ownerId(), filing.ownerPath(), filing.authorAccount(), filing.authorName(),
                        draft.content().kind().name(), draft.stage().name(), draft.subject().name(), draft.grade(),
                        draft.difficulty(), draft.source(), draft.sharing().name(), filing.sharePath(),
                        filing.reviewPath(), status.name(), ItemMarkup.plain(draft.content().stem()),
                        Timestamp.from(now), Timestamp.from(now))
                .query(Long.class).single();
        insertVersion(id, 1, draft.content(), filing.authorAccount(), now);
        tag(id, draft.knowledgePoints());
        return id;
    }

    /** A new current version with the draft's content and description; older versions stay for old attempts. */
    public int revise(long id, ItemDraft draft, String sharePath, String reviewPath, ReviewStatus status,
                      long account, Instant now) {
        int version = jdbc.sql("""
                        UPDATE assessment.item SET current_version = current_version + 1, type = ?, stage = ?,
                            subject = ?, grade = ?, difficulty = ?, source = ?, sharing = ?, share_path = ?,
                            review_path = ?, status = ?, stem_text = ?, updated_at = ?
                        WHERE id = ? RETURNING current_version""")
                .params(draft.content().kind().name(), draft.stage().name(), draft.subject().name(), draft.grade(),
                        draft.difficulty(), draft.source(), draft.sharing().name(), sharePath, reviewPath,
                        status.name(), ItemMarkup.plain(draft.content().stem()), Timestamp.from(now), id)
                .query(Integer.class).single();
        insertVersion(id, version, draft.content(), account, now);
        jdbc.sql("DELETE FROM assessment.item_knowledge_point WHERE item_id = ?").param(id).update();
        tag(id, draft.knowledgePoints());
        return version;
    }

    private void insertVersion(long id, int version, ItemContent content, long account, Instant now) {
        jdbc.sql("INSERT INTO assessment.item_version (item_id, version, content, created_by, created_at) "
                        + "VALUES (?, ?, CAST(? AS jsonb), ?, ?)")
                .params(id, version, json.writeValueAsString(content), account, Timestamp.from(now)).update();
    }

    private void tag(long id, Collection<Long> knowledgePoints) {
        for (long kp : knowledgePoints.stream().distinct().toList()) {
            jdbc.sql("INSERT INTO assessment.item_knowledge_point (item_id, knowledge_point_id) VALUES (?, ?)")
                    .params(id, kp).update();
        }
    }

    public Optional<ItemView> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE i.id = ?").param(id).query(this::row).optional();
    }

    /** Several items by id, in one query (a quiz's items when it is marked). */
    public Map<Long, ItemView> findAll(Collection<Long> ids) {
        Map<Long, ItemView> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE i.id = ANY (?)").param(ids.toArray(Long[]::new))
                    .query(this::row).list().forEach(item -> found.put(item.id(), item));
        }
        return found;
    }

    /** The content of the given versions, for an attempt that shows the versions its quiz pinned. */
    public Map<Long, ItemContent> versions(Collection<ItemVersionRef> refs) {
        Map<Long, ItemContent> contents = new HashMap<>();
        if (refs.isEmpty()) {
            return contents;
        }
        // one query for a whole quiz: the pairs travel as two arrays, unnested side by side
        jdbc.sql("SELECT v.item_id, v.content::text FROM assessment.item_version v "
                        + "JOIN unnest(CAST(? AS bigint[]), CAST(? AS int[])) AS r(item_id, version) "
                        + "ON v.item_id = r.item_id AND v.version = r.version")
                .params(refs.stream().map(ItemVersionRef::itemId).toArray(Long[]::new),
                        refs.stream().map(ItemVersionRef::version).toArray(Integer[]::new))
                .query(rs -> {
                    contents.put(rs.getLong(1), json.readValue(rs.getString(2), ItemContent.class));
                });
        return contents;
    }

    /** An item and the version an attempt or quiz refers to. */
    public record ItemVersionRef(long itemId, int version) {
    }

    public void moveStatus(long id, ReviewStatus from, ReviewStatus to, long actor, String actorName, String note,
                           Instant now) {
        int changed = jdbc.sql("UPDATE assessment.item SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
                .params(to.name(), Timestamp.from(now), id, from.name()).update();
        if (changed != 1) {
            throw new org.educloud.shared.ConflictException("status", "assessment.error.reviewRaced");
        }
        jdbc.sql("INSERT INTO assessment.item_review (item_id, from_status, to_status, actor_account, actor_name, "
                        + "note, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, from.name(), to.name(), actor, actorName, note, Timestamp.from(now)).update();
    }

    public List<ReviewStep> history(long id) {
        return jdbc.sql("SELECT from_status, to_status, actor_name, note, at FROM assessment.item_review "
                        + "WHERE item_id = ? ORDER BY at, id")
                .param(id).query((rs, n) -> new ReviewStep(ReviewStatus.valueOf(rs.getString(1)),
                        ReviewStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    /** One step of an item's review history. */
    public record ReviewStep(ReviewStatus from, ReviewStatus to, String actorName, String note, Instant at) {
    }

    /**
     * Items the caller may use, filtered, newest first: their own, those under the nodes they administer, and
     * published items shared at or above one of their nodes.
     */
    public List<ItemView> search(ItemReach reach, ItemFilter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = reach.sql(params) + filter.sql(params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE " + where + " ORDER BY i.updated_at DESC, i.id DESC "
                        + "LIMIT ? OFFSET ?")
                .params(params).query(this::row).list();
    }

    public long count(ItemReach reach, ItemFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = reach.sql(params) + filter.sql(params);
        return jdbc.sql("SELECT count(*)" + FROM + " WHERE " + where).params(params).query(Long.class).single();
    }

    /** Items awaiting the review of one of these nodes (status and review path). */
    public List<ItemView> awaiting(ReviewStatus status, Collection<String> reviewPathPatterns, int limit) {
        if (reviewPathPatterns.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE i.status = ? AND i.review_path LIKE ANY (?) "
                        + "ORDER BY i.updated_at LIMIT ?")
                .params(status.name(), reviewPathPatterns.toArray(String[]::new), limit).query(this::row).list();
    }

    /**
     * Published objective items on a knowledge point shared at one of these paths (a school's banks), nearest to a
     * difficulty first, leaving out items just answered; for practice, which students do without a teacher.
     */
    public List<ItemView> forPractice(long knowledgePoint, Collection<String> sharedAt, int difficulty,
                                      Collection<Long> leaveOut, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE i.status = 'PUBLISHED' AND i.sharing <> 'PRIVATE' "
                        + "AND i.share_path = ANY (?) AND NOT " + IN_OPEN_QUIZ + " AND i.type NOT IN ('SHORT_ANSWER', 'ESSAY') AND NOT (i.id = ANY (?)) AND EXISTS (SELECT 1 "
                        + "FROM assessment.item_knowledge_point k WHERE k.item_id = i.id AND k.knowledge_point_id = ?) "
                        + "ORDER BY abs(i.difficulty - ?), random() LIMIT ?")
                .params(sharedAt.toArray(String[]::new), leaveOut.toArray(Long[]::new), knowledgePoint, difficulty,
                        limit)
                .query(this::row).list();
    }

    /**
     * The item is in a published quiz still open for some class: practice, which shows keys at once, must not hand
     * out the answers of a quiz being taken.
     */
    private static final String IN_OPEN_QUIZ = "EXISTS (SELECT 1 FROM assessment.quiz_item qi "
            + "JOIN assessment.quiz q ON q.id = qi.quiz_id AND q.status = 'PUBLISHED' "
            + "JOIN assessment.quiz_class c ON c.quiz_id = q.id AND c.closes_at > now() WHERE qi.item_id = i.id)";

    /** Whether the item is in a published quiz still open for some class. */
    public boolean inOpenQuiz(long itemId) {
        return jdbc.sql("SELECT " + IN_OPEN_QUIZ + " FROM assessment.item i WHERE i.id = ?").param(itemId)
                .query(Boolean.class).optional().orElse(false);
    }

    private ItemView row(ResultSet rs, int n) throws SQLException {
        Long[] kps = (Long[]) rs.getArray("kps").getArray();
        return new ItemView(rs.getLong("id"), rs.getInt("current_version"), ItemType.valueOf(rs.getString("type")),
                Stage.valueOf(rs.getString("stage")), Subject.valueOf(rs.getString("subject")),
                (Integer) rs.getObject("grade"), rs.getInt("difficulty"), rs.getString("source"),
                Sharing.valueOf(rs.getString("sharing")), ReviewStatus.valueOf(rs.getString("status")),
                rs.getLong("owner_id"), rs.getString("owner_path"), rs.getString("share_path"),
                rs.getLong("author_account"),
                rs.getString("author_name"), List.of(kps), json.readValue(rs.getString("content"), ItemContent.class),
                rs.getTimestamp("updated_at").toInstant());
    }
}
