package org.educloud.homeschool.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.library.StoredFile;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notices, their classes, files and receipts in SQL. The store answers by id and by the sets of ids or paths it is
 * given; deciding which ids and paths a caller may ask about is the use cases' job.
 */
@Repository
class NoticeStore {

    /** Choices are kept one per line; a choice cannot contain a line break, the form is one line per choice. */
    private static final String CHOICE_SEPARATOR = "\n";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long schoolId, OrgPath schoolPath, UserId sender, String senderName, NoticeDraft draft, String body,
                Instant sentAt) {
        return jdbc.sql("""
                        INSERT INTO homeschool.notice (school_id, school_path, sender, sender_name, audience, title, body,
                          reply_kind, choices, deadline, sent_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(schoolId, schoolPath.value(), sender.value(), senderName, draft.audience().name(),
                        draft.title().strip(), body, draft.replyKind().name(),
                        String.join(CHOICE_SEPARATOR, draft.choices()), Timestamp.from(draft.deadline()),
                        Timestamp.from(sentAt))
                .query(Long.class).single();
    }

    void addClass(long noticeId, long classId, String className, int grade) {
        jdbc.sql("INSERT INTO homeschool.notice_class (notice_id, class_id, class_name, grade) VALUES (?, ?, ?, ?)")
                .params(noticeId, classId, className, grade).update();
    }

    void addFile(long noticeId, StoredFile file) {
        jdbc.sql("INSERT INTO homeschool.notice_file (notice_id, sha256, name, size, media_type) VALUES (?, ?, ?, ?, ?)")
                .params(noticeId, file.sha256(), file.fileName(), file.size(), file.mediaType()).update();
    }

    Optional<Notice> find(long id) {
        return notices("WHERE n.id = ?", List.of(id)).stream().findFirst();
    }

    /** Notices sent by this account or to a school under one of these paths, newest first. */
    List<Notice> sentByOrUnder(UserId sender, Collection<OrgPath> paths, int most) {
        StringBuilder where = new StringBuilder("WHERE (n.sender = ?");
        List<Object> params = new java.util.ArrayList<>(List.of(sender.value()));
        for (OrgPath path : paths) {
            where.append(" OR n.school_path LIKE ?");
            params.add(path.value() + "%");
        }
        where.append(") ORDER BY n.sent_at DESC, n.id DESC LIMIT ").append(most);
        return notices(where.toString(), params);
    }

    /** Notices to any of these classes, newest first. */
    List<Notice> toClasses(Collection<Long> classIds, int most) {
        if (classIds.isEmpty()) {
            return List.of();
        }
        return notices("WHERE n.id IN (SELECT notice_id FROM homeschool.notice_class WHERE class_id = ANY(?)) "
                + "ORDER BY n.sent_at DESC, n.id DESC LIMIT " + most, List.<Object>of((Object) classIds.toArray(Long[]::new)));
    }

    Map<Long, Receipt> receiptsOf(long noticeId) {
        return jdbc.sql("SELECT account, account_name, read_at, answer, replied_at FROM homeschool.receipt "
                        + "WHERE notice_id = ?")
                .param(noticeId).query(NoticeStore::receipt).list().stream()
                .collect(Collectors.toMap(Receipt::account, Function.identity()));
    }

    /** The caller's receipts of these notices. */
    Map<Long, Receipt> receiptsBy(UserId account, Collection<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT notice_id, account, account_name, read_at, answer, replied_at FROM homeschool.receipt "
                        + "WHERE account = ? AND notice_id = ANY(?)")
                .params(account.value(), noticeIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new Receipt(rs.getLong(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5), instant(rs.getTimestamp(6)))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** How many guardians confirmed and how many replied, per notice. */
    Map<Long, long[]> counts(Collection<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT notice_id, count(*), count(answer) FROM homeschool.receipt WHERE notice_id = ANY(?) "
                        + "GROUP BY notice_id")
                .param(noticeIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Records that a guardian read the notice; a later reply replaces an earlier one, the first reading stays. */
    void receive(long noticeId, UserId account, String accountName, Instant at, @Nullable String answer) {
        jdbc.sql("""
                        INSERT INTO homeschool.receipt (notice_id, account, account_name, read_at, answer, replied_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (notice_id, account) DO UPDATE SET account_name = excluded.account_name,
                          answer = coalesce(excluded.answer, receipt.answer),
                          replied_at = coalesce(excluded.replied_at, receipt.replied_at)""")
                .params(noticeId, account.value(), accountName, Timestamp.from(at), answer,
                        answer == null ? null : Timestamp.from(at))
                .update();
    }

    /** Marks a reminder sent unless one was sent after {@code notBefore}; answers whether this one may go. */
    boolean claimReminder(long noticeId, Instant at, Instant notBefore) {
        return jdbc.sql("UPDATE homeschool.notice SET reminded_at = ? WHERE id = ? "
                        + "AND (reminded_at IS NULL OR reminded_at < ?)")
                .params(Timestamp.from(at), noticeId, Timestamp.from(notBefore)).update() == 1;
    }

    private List<Notice> notices(String where, List<Object> params) {
        List<Notice> bare = jdbc.sql("""
                        SELECT n.id, n.school_id, n.school_path, n.sender, n.sender_name, n.audience, n.title, n.body,
                          n.reply_kind, n.choices, n.deadline, n.sent_at, n.reminded_at
                        FROM homeschool.notice n\s""" + where)
                .params(params).query(NoticeStore::bare).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Long[] ids = bare.stream().map(Notice::id).toArray(Long[]::new);
        Map<Long, List<Notice.Target>> classes = jdbc.sql("SELECT notice_id, class_id, class_name, grade "
                        + "FROM homeschool.notice_class WHERE notice_id = ANY(?) ORDER BY grade, class_name")
                .param(ids).query((rs, n) -> Map.entry(rs.getLong(1),
                        new Notice.Target(rs.getLong(2), rs.getString(3), rs.getInt(4))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey, java.util.LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        Map<Long, List<Notice.File>> files = jdbc.sql("SELECT notice_id, id, sha256, name, size, media_type "
                        + "FROM homeschool.notice_file WHERE notice_id = ANY(?) ORDER BY id")
                .param(ids).query((rs, n) -> Map.entry(rs.getLong(1), new Notice.File(rs.getLong(2),
                        rs.getString(3).strip(), rs.getString(4), rs.getLong(5), rs.getString(6))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return bare.stream().map(n -> new Notice(n.id(), n.schoolId(), n.schoolPath(), n.sender(), n.senderName(),
                n.audience(), n.title(), n.body(), n.replyKind(), n.choices(), n.deadline(), n.sentAt(), n.remindedAt(),
                classes.getOrDefault(n.id(), List.of()), files.getOrDefault(n.id(), List.of()))).toList();
    }

    private static Notice bare(ResultSet rs, int row) throws SQLException {
        String choices = rs.getString(10);
        return new Notice(rs.getLong(1), rs.getLong(2), new OrgPath(rs.getString(3)), new UserId(rs.getLong(4)),
                rs.getString(5), Audience.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
                ReplyKind.valueOf(rs.getString(9)),
                choices.isEmpty() ? List.of() : Arrays.asList(choices.split(CHOICE_SEPARATOR)),
                rs.getTimestamp(11).toInstant(), rs.getTimestamp(12).toInstant(), instant(rs.getTimestamp(13)),
                List.of(), List.of());
    }

    private static Receipt receipt(ResultSet rs, int row) throws SQLException {
        return new Receipt(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                instant(rs.getTimestamp(5)));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
