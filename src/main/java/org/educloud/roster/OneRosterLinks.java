package org.educloud.roster;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.educloud.roster.OneRosterSet.PersonKind;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds the EduCloud row a sourcedId names when the file itself does not define it (a delta file names rows an
 * earlier file created): first the links recorded by earlier imports into the same root, then EduCloud's own
 * sourcedIds as its exports write them ({@code class-12}, {@code user-s-34}, ...), always within the root.
 */
final class OneRosterLinks {

    record Local(char kind, long id) {
    }

    private final JdbcClient jdbc;
    private final OrgNodeView root;
    private final Map<String, Local> links = new HashMap<>();

    OneRosterLinks(JdbcClient jdbc, OrgNodeView root) {
        this.jdbc = jdbc;
        this.root = root;
        jdbc.sql("SELECT sourced_id, kind, local_id FROM roster.oneroster_link WHERE root_org_id = ?")
                .param(root.id().value())
                .query((rs, n) -> links.put(rs.getString(1), new Local(rs.getString(2).charAt(0), rs.getLong(3))))
                .list();
    }

    Optional<Long> term(String sourcedId) {
        return linked(sourcedId, 'T').or(() -> own(sourcedId, "term-",
                "SELECT count(*) FROM roster.term WHERE id = ? AND (org_path LIKE ? OR ? LIKE org_path || '%')", true));
    }

    Optional<Long> schoolClass(String sourcedId) {
        return linked(sourcedId, 'C').or(() -> own(sourcedId, "class-",
                "SELECT count(*) FROM roster.school_class WHERE id = ? AND school_path LIKE ?", false));
    }

    Optional<Local> person(String sourcedId) {
        Local link = links.get(sourcedId);
        if (link != null && "SFG".indexOf(link.kind()) >= 0) {
            return Optional.of(link);
        }
        return own(sourcedId, "user-s-", "SELECT count(*) FROM roster.student WHERE id = ? AND school_path LIKE ?", false)
                .map(id -> new Local('S', id))
                .or(() -> own(sourcedId, "user-t-",
                        "SELECT count(*) FROM roster.staff WHERE id = ? AND school_path LIKE ?", false)
                        .map(id -> new Local('F', id)))
                .or(() -> own(sourcedId, "user-g-",
                        "SELECT count(*) FROM roster.guardian WHERE id = ? AND school_path LIKE ?", false)
                        .map(id -> new Local('G', id)));
    }

    static char code(PersonKind kind) {
        return switch (kind) {
            case STUDENT -> 'S';
            case STAFF -> 'F';
            case GUARDIAN -> 'G';
        };
    }

    private Optional<Long> linked(String sourcedId, char kind) {
        Local link = links.get(sourcedId);
        return link != null && link.kind() == kind ? Optional.of(link.id()) : Optional.empty();
    }

    private Optional<Long> own(String sourcedId, String prefix, String sql, boolean alsoAbove) {
        if (!sourcedId.startsWith(prefix)) {
            return Optional.empty();
        }
        long id;
        try {
            id = Long.parseLong(sourcedId.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        var query = jdbc.sql(sql).param(id).param(root.path().likePattern());
        if (alsoAbove) {
            query = query.param(root.path().value());
        }
        return query.query(Long.class).single() > 0 ? Optional.of(id) : Optional.empty();
    }
}
