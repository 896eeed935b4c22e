package org.educloud.development.frameworks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Frameworks in the development schema: written once, whole, and read as a tree. */
@Repository
class FrameworkStore {

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String code, String version) {
        return jdbc.sql("SELECT count(*) FROM development.framework WHERE code = ? AND version = ?")
                .params(code, version).query(Long.class).single() > 0;
    }

    /** Saves a framework with its levels, elements and evidence mapping; returns its id. */
    long save(String code, String version, String name, String nameEn, @Nullable Long ownerId, OrgPath ownerPath,
              long by, Instant at, FrameworkContent content) {
        long id = jdbc.sql("""
                        INSERT INTO development.framework (code, version, name, name_en, owner_id, owner_path, created_by,
                            created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(code, version, name, nameEn, ownerId, ownerPath.value(), by, Timestamp.from(at))
                .query(Long.class).single();
        for (FrameworkContent.Level level : content.levels()) {
            jdbc.sql("INSERT INTO development.framework_level (framework_id, rank, name, name_en, description) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id, level.rank(), level.name(), level.nameEn(), level.description()).update();
        }
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        for (FrameworkContent.Element element : content.elements()) {
            Long parent = ids.get(element.parentCode());
            long elementId = jdbc.sql("""
                            INSERT INTO development.framework_element (framework_id, parent_id, depth, code, position, name,
                                name_en, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(id, parent, element.kind().depth(), element.code(), position++, element.name(),
                            element.nameEn(), element.description())
                    .query(Long.class).single();
            ids.put(element.code(), elementId);
            for (EvidenceKind kind : element.evidence()) {
                jdbc.sql("INSERT INTO development.indicator_evidence (element_id, evidence) VALUES (?, ?)")
                        .params(elementId, kind.name()).update();
            }
        }
        return id;
    }

    List<Framework> all() {
        return jdbc.sql("""
                        SELECT id, code, version, name, name_en, owner_id, owner_path, created_at
                        FROM development.framework ORDER BY owner_id NULLS FIRST, code, version DESC""")
                .query((rs, n) -> new Framework(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), new OrgPath(rs.getString(7)),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    Optional<Framework> find(long id) {
        return all().stream().filter(f -> f.id() == id).findFirst();
    }

    Optional<Framework> find(String code, String version) {
        return all().stream().filter(f -> f.code().equals(code) && f.version().equals(version)).findFirst();
    }

    FrameworkTree tree(Framework framework) {
        List<FrameworkTree.Level> levels = jdbc.sql("""
                        SELECT rank, name, name_en, description FROM development.framework_level
                        WHERE framework_id = ? ORDER BY rank""")
                .param(framework.id())
                .query((rs, n) -> new FrameworkTree.Level(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
        Map<Long, Set<EvidenceKind>> evidence = new HashMap<>();
        record Mapping(long element, String evidence) {
        }
        jdbc.sql("""
                        SELECT e.element_id, e.evidence FROM development.indicator_evidence e
                        JOIN development.framework_element f ON f.id = e.element_id WHERE f.framework_id = ?""")
                .param(framework.id())
                .query((rs, n) -> new Mapping(rs.getLong(1), rs.getString(2)))
                .list()
                .forEach(m -> EvidenceKind.named(m.evidence()).ifPresent(kind -> evidence
                        .computeIfAbsent(m.element(), k -> EnumSet.noneOf(EvidenceKind.class)).add(kind)));
        record Row(long id, @Nullable Long parent, int depth, String code, String name, String nameEn,
                   String description) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT id, parent_id, depth, code, name, name_en, description FROM development.framework_element
                        WHERE framework_id = ? ORDER BY position""")
                .param(framework.id())
                .query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        Map<Long, List<FrameworkTree.Node>> children = new LinkedHashMap<>();
        // deepest first, so each node is built once its children are
        for (int depth = 3; depth >= 1; depth--) {
            for (Row row : rows) {
                if (row.depth() != depth) {
                    continue;
                }
                FrameworkTree.Node node = new FrameworkTree.Node(row.id(), ElementKind.ofDepth(depth).orElseThrow(),
                        row.code(), row.name(), row.nameEn(), row.description(),
                        List.copyOf(children.getOrDefault(row.id(), List.of())),
                        evidence.getOrDefault(row.id(), Set.of()));
                children.computeIfAbsent(row.parent() == null ? 0L : row.parent(), k -> new ArrayList<>()).add(node);
            }
        }
        return new FrameworkTree(framework, levels, List.copyOf(children.getOrDefault(0L, List.of())));
    }
}
