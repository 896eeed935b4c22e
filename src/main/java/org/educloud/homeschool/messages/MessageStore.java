package org.educloud.homeschool.messages;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.OrgPath;
import org.educloud.shared.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Threads, messages, read marks and teachers' settings in SQL. Every read is by the viewer's own account: a thread
 * is found only by one of its two people.
 */
@Repository
class MessageStore {

    private static final String THREAD_COLUMNS = """
            t.id, t.school_id, t.teacher, t.teacher_name, t.parent, t.parent_name, t.student_name, t.last_message_at,
            t.teacher = :viewer AS viewer_is_teacher,
            (SELECT count(*) FROM homeschool.message m WHERE m.thread_id = t.id AND m.author <> :viewer
               AND m.id > CASE WHEN t.teacher = :viewer THEN t.teacher_read_upto ELSE t.parent_read_upto END) AS unread
            """;

    private final JdbcClient jdbc;

    MessageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MessageThread> threadsOf(UserId viewer) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM homeschool.message_thread t "
                        + "WHERE t.teacher = :viewer OR t.parent = :viewer ORDER BY t.last_message_at DESC, t.id DESC")
                .param("viewer", viewer.value()).query(MessageStore::thread).list();
    }

    Optional<MessageThread> thread(UserId viewer, long id) {
        return jdbc.sql("SELECT " + THREAD_COLUMNS + " FROM homeschool.message_thread t "
                        + "WHERE t.id = :id AND (t.teacher = :viewer OR t.parent = :viewer)")
                .param("viewer", viewer.value()).param("id", id).query(MessageStore::thread).optional();
    }

    Optional<Long> threadBetween(UserId teacher, UserId parent) {
        return jdbc.sql("SELECT id FROM homeschool.message_thread WHERE teacher = ? AND parent = ?")
                .params(teacher.value(), parent.value()).query(Long.class).optional();
    }

    /** The pair's thread, made on first use; two first messages at once meet in the unique key and share it. */
    long openThread(long schoolId, OrgPath schoolPath, UserId teacher, String teacherName, UserId parent,
                    String parentName, String studentName, Instant now) {
        jdbc.sql("""
                        INSERT INTO homeschool.message_thread (school_id, school_path, teacher, teacher_name, parent,
                          parent_name, student_name, last_message_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (teacher, parent) DO NOTHING""")
                .params(schoolId, schoolPath.value(), teacher.value(), cut(teacherName), parent.value(),
                        cut(parentName), cut(studentName), Timestamp.from(now)).update();
        return threadBetween(teacher, parent).orElseThrow();
    }

    long add(long threadId, UserId author, String body, Instant now) {
        long id = jdbc.sql("INSERT INTO homeschool.message (thread_id, author, body, sent_at) VALUES (?, ?, ?, ?) RETURNING id")
                .params(threadId, author.value(), body, Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("UPDATE homeschool.message_thread SET last_message_at = ? WHERE id = ?")
                .params(Timestamp.from(now), threadId).update();
        markRead(threadId, author, id);
        return id;
    }

    List<Message> messages(long threadId, UserId viewer) {
        return jdbc.sql("SELECT id, body, sent_at, author FROM homeschool.message WHERE thread_id = ? ORDER BY id")
                .params(threadId).query((rs, n) -> new Message(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4) == viewer.value())).list();
    }

    /** Marks the viewer's side read up to this message (never backwards). */
    void markRead(long threadId, UserId viewer, long upto) {
        jdbc.sql("""
                        UPDATE homeschool.message_thread SET
                          teacher_read_upto = CASE WHEN teacher = :viewer THEN greatest(teacher_read_upto, :upto) ELSE teacher_read_upto END,
                          parent_read_upto = CASE WHEN parent = :viewer THEN greatest(parent_read_upto, :upto) ELSE parent_read_upto END
                        WHERE id = :id""")
                .param("viewer", viewer.value()).param("upto", upto).param("id", threadId).update();
    }

    long unread(UserId viewer) {
        return jdbc.sql("""
                        SELECT count(*) FROM homeschool.message m JOIN homeschool.message_thread t ON t.id = m.thread_id
                        WHERE (t.teacher = :viewer OR t.parent = :viewer) AND m.author <> :viewer
                          AND m.id > CASE WHEN t.teacher = :viewer THEN t.teacher_read_upto ELSE t.parent_read_upto END""")
                .param("viewer", viewer.value()).query(Long.class).single();
    }

    long sentSince(UserId author, Instant since) {
        return jdbc.sql("SELECT count(*) FROM homeschool.message WHERE author = ? AND sent_at > ?")
                .params(author.value(), Timestamp.from(since)).query(Long.class).single();
    }

    MessageSetting setting(UserId teacher) {
        return jdbc.sql("SELECT receiving, away_text FROM homeschool.message_setting WHERE account = ?")
                .params(teacher.value()).query((rs, n) -> new MessageSetting(rs.getBoolean(1), rs.getString(2))).optional()
                .orElse(new MessageSetting(true, null));
    }

    void saveSetting(UserId teacher, MessageSetting setting) {
        jdbc.sql("""
                        INSERT INTO homeschool.message_setting (account, receiving, away_text) VALUES (?, ?, ?)
                        ON CONFLICT (account) DO UPDATE SET receiving = excluded.receiving, away_text = excluded.away_text""")
                .params(teacher.value(), setting.receiving(), setting.awayText()).update();
    }

    private static MessageThread thread(ResultSet rs, int row) throws SQLException {
        return new MessageThread(rs.getLong("id"), new UserId(rs.getLong("teacher")), rs.getString("teacher_name"),
                new UserId(rs.getLong("parent")), rs.getString("parent_name"), rs.getString("student_name"),
                rs.getTimestamp("last_message_at").toInstant(), rs.getBoolean("viewer_is_teacher"),
                rs.getLong("unread"), rs.getLong("school_id"));
    }

    private static String cut(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
