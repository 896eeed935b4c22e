package org.educloud.integration.lti.links;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements of tools in classes; callers have checked the class against the caller's scope. */
@Repository
public class LinkStore {

    private static final String COLUMNS = "id, tool_id, school_id, school_path, class_id, kind, course_id, lesson_id, "
            + "title, target_link_uri, created_by, created_at";

    private final JdbcClient jdbc;

    LinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(LtiLink link) {
        return jdbc.sql("""
                        INSERT INTO integration.lti_link (tool_id, school_id, school_path, class_id, kind, course_id,
                            lesson_id, title, target_link_uri, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(link.toolId(), link.schoolId(), link.schoolPath(), link.classId(), link.kind().name(),
                        link.courseId(), link.lessonId(), link.title(), link.targetLinkUri(), link.createdBy(),
                        Timestamp.from(link.createdAt()))
                .query(Long.class).single();
    }

    public Optional<LtiLink> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_link WHERE id = ?").param(id)
                .query(LinkStore::link).optional();
    }

    List<LtiLink> ofClass(long classId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_link WHERE class_id = ? "
                        + "ORDER BY kind, course_id NULLS LAST, lesson_id NULLS LAST, id LIMIT 500")
                .param(classId).query(LinkStore::link).list();
    }

    private static LtiLink link(ResultSet rs, int n) throws SQLException {
        return new LtiLink(rs.getLong("id"), rs.getLong("tool_id"), rs.getLong("school_id"),
                rs.getString("school_path"), rs.getLong("class_id"), LtiLink.Kind.valueOf(rs.getString("kind")),
                rs.getObject("course_id", Long.class), rs.getObject("lesson_id", Long.class), rs.getString("title"),
                rs.getString("target_link_uri"), rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
