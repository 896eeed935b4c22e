package org.educloud.library.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.educloud.library.CatalogueImport;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Subject;
import org.educloud.library.TextbookLevel;
import org.educloud.library.TextbookNodeView;
import org.educloud.library.resources.ResourceAccess;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.shared.tabular.TabularFile;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The curriculum catalogue: textbook trees and knowledge points per subject and stage, which resources (and
 * later quiz items) are tagged with. The installation's catalogue sits at the root and everyone sees it; a bureau
 * may import its own, seen within its area. Imports are all-or-nothing and add what is missing, so importing the
 * same file twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
class CurriculumCatalogue implements Curriculum {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ImportLimits limits;
    private final ApplicationEventPublisher events;

    CurriculumCatalogue(JdbcClient jdbc, ImportLimits limits, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.limits = limits;
        // A catalogue is read whole into a tree: its size, tokens, nesting and strings are bounded while parsing.
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(limits.jsonConstraints()).build())
                .build();
        this.events = events;
    }

    @Override
    public List<KnowledgePointView> knowledgePointsById(@org.jspecify.annotations.Nullable Scope scope,
                                                        java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // depth: how many parents lie above each point, walked up from the points asked for
        return jdbc.sql("""
                        WITH RECURSIVE up AS (
                            SELECT k.id AS start, k.parent_id, 0 AS depth FROM library.knowledge_point k
                            WHERE k.id = ANY(CAST(:ids AS bigint[]))
                            UNION ALL
                            SELECT up.start, p.parent_id, up.depth + 1 FROM up
                            JOIN library.knowledge_point p ON p.id = up.parent_id)
                        SELECT k.id, k.subject, k.stage, k.code, k.name, k.parent_id,
                               (SELECT max(depth) FROM up WHERE up.start = k.id) AS depth
                        FROM library.knowledge_point k
                        WHERE k.id = ANY(CAST(:ids AS bigint[]))
                          AND (k.org_path = ANY(CAST(:shareIn AS text[])) OR k.org_path LIKE ANY(CAST(:below AS text[])))
                        ORDER BY k.id""")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .param("shareIn", reach(scope)).param("below", below(scope))
                .query((rs, n) -> new KnowledgePointView(rs.getLong("id"), Subject.valueOf(rs.getString("subject")),
                        Stage.valueOf(rs.getString("stage")), rs.getString("code"), rs.getString("name"),
                        (Long) rs.getObject("parent_id"), rs.getInt("depth")))
                .list();
    }

    /**
     * Every textbook node of a subject and stage the caller may see, in tree order; without a scope (the public
     * portal), the installation's own catalogue.
     */
    public List<TextbookNodeView> textbooks(@org.jspecify.annotations.Nullable Scope scope, Subject subject, Stage stage) {
        var rows = jdbc.sql("""
                        WITH RECURSIVE tree AS (
                            SELECT n.*, 0 AS depth, ARRAY[n.position, n.id::int] AS sort_key, n.name::text AS trail
                            FROM library.textbook_node n
                            WHERE n.parent_id IS NULL AND n.subject = :subject AND n.stage = :stage
                              AND (n.org_path = ANY(CAST(:shareIn AS text[])) OR n.org_path LIKE ANY(CAST(:below AS text[])))
                            UNION ALL
                            SELECT c.*, t.depth + 1, t.sort_key || ARRAY[c.position, c.id::int], t.trail || ' › ' || c.name
                            FROM library.textbook_node c JOIN tree t ON c.parent_id = t.id
                            WHERE c.org_path = ANY(CAST(:shareIn AS text[])) OR c.org_path LIKE ANY(CAST(:below AS text[])))
                        SELECT id, parent_id, kind, subject, stage, grade, name, depth, trail FROM tree ORDER BY sort_key""")
                .param("subject", subject.name()).param("stage", stage.name())
                .param("shareIn", reach(scope)).param("below", below(scope))
                .query((rs, n) -> new TextbookNodeView(rs.getLong("id"), (Long) rs.getObject("parent_id"),
                        TextbookLevel.valueOf(rs.getString("kind")), Subject.valueOf(rs.getString("subject")),
                        Stage.valueOf(rs.getString("stage")), (Integer) rs.getObject("grade"), rs.getString("name"),
                        rs.getInt("depth"), rs.getString("trail")))
                .list();
        return rows;
    }

    /** Every knowledge point of a subject and stage the caller may see (without a scope, the installation's). */
    public List<KnowledgePointView> knowledgePoints(@org.jspecify.annotations.Nullable Scope scope, Subject subject,
                                                    Stage stage) {
        return jdbc.sql("""
                        WITH RECURSIVE tree AS (
                            SELECT k.*, 0 AS depth, k.code::text AS sort_key FROM library.knowledge_point k
                            WHERE k.parent_id IS NULL AND k.subject = :subject AND k.stage = :stage
                              AND (k.org_path = ANY(CAST(:shareIn AS text[])) OR k.org_path LIKE ANY(CAST(:below AS text[])))
                            UNION ALL
                            SELECT c.*, t.depth + 1, t.sort_key || '/' || c.code FROM library.knowledge_point c
                            JOIN tree t ON c.parent_id = t.id
                            WHERE c.org_path = ANY(CAST(:shareIn AS text[])) OR c.org_path LIKE ANY(CAST(:below AS text[])))
                        SELECT id, subject, stage, code, name, parent_id, depth FROM tree ORDER BY sort_key""")
                .param("subject", subject.name()).param("stage", stage.name())
                .param("shareIn", reach(scope)).param("below", below(scope))
                .query((rs, n) -> new KnowledgePointView(rs.getLong("id"), Subject.valueOf(rs.getString("subject")),
                        Stage.valueOf(rs.getString("stage")), rs.getString("code"), rs.getString("name"),
                        (Long) rs.getObject("parent_id"), rs.getInt("depth")))
                .list();
    }

    public Optional<TextbookNodeView> textbookNode(@org.jspecify.annotations.Nullable Scope scope, Subject subject, Stage stage, long id) {
        return textbooks(scope, subject, stage).stream().filter(n -> n.id() == id).findFirst();
    }

    /**
     * Adds a catalogue from JSON (see {@code docs/curriculum-catalogue.md}) at the caller's highest administered
     * node; only bureau admins and operators may.
     */
    @Transactional
    public CatalogueImport importCatalogue(Scope scope, InputStream file) {
        OrgPath at = importAt(scope).orElseThrow(() -> new ForbiddenException("library.error.catalogueForbidden"));
        JsonNode root;
        try {
            root = json.readTree(file);
        } catch (StreamConstraintsException e) {
            return CatalogueImport.refused(ImportProblem.ofFile("roster.import.limit.document",
                    limits.maxDocumentSize().toMegabytes() + " MB", number(limits.maxDocumentTokens())));
        } catch (JacksonException e) {
            return CatalogueImport.refused(ImportProblem.ofFile("library.catalogue.notJson",
                    number(e.getLocation() == null ? 0 : e.getLocation().getLineNr())));
        }
        return importParsed(scope, at, CatalogueFile.read(root));
    }

    /**
     * Adds a catalogue of one subject and stage from a spreadsheet (textbook rows or knowledge point rows), read
     * within the import limits like every import.
     */
    @Transactional
    public CatalogueImport importCsv(Scope scope, Subject subject, Stage stage, Path file) {
        OrgPath at = importAt(scope).orElseThrow(() -> new ForbiddenException("library.error.catalogueForbidden"));
        CatalogueFile parsed;
        try (TabularFile table = TabularFile.open(file, limits)) {
            parsed = CatalogueCsv.read(table.rows(), subject, stage);
        } catch (TabularFile.Unreadable e) {
            return CatalogueImport.refused(e.problem());
        } catch (TabularFile.Refused e) {
            return CatalogueImport.refused(e.problem());
        } catch (IOException e) {
            return CatalogueImport.refused(ImportProblem.ofFile("library.catalogue.csvUnreadable"));
        }
        return importParsed(scope, at, parsed);
    }

    /** A number as the messages showed it when it was passed as one (grouped by thousands, as zh and en both do). */
    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private CatalogueImport importParsed(Scope scope, OrgPath at, CatalogueFile parsed) {
        if (!parsed.problems().isEmpty()) {
            return new CatalogueImport(0, 0, parsed.problems());
        }
        int nodes = 0;
        for (CatalogueFile.Node edition : parsed.editions()) {
            nodes += addNode(edition, null, parsed.subject(), parsed.stage(), at, 0);
        }
        int points = 0;
        for (CatalogueFile.Point point : parsed.points()) {
            points += addPoint(point, null, parsed.subject(), parsed.stage(), at);
        }
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.catalogue.imported",
                parsed.subject() + " " + parsed.stage(), at, nodes + " nodes, " + points + " knowledge points"));
        return new CatalogueImport(nodes, points, List.of());
    }

    /**
     * Adds one textbook node under a node the caller sees (or a new edition), at the caller's bureau: seen by the
     * bureau's area only, even under the installation's tree. A volume names its grade; below it, nodes take the
     * volume's.
     */
    @Transactional
    public long addTextbookNode(Scope scope, Subject subject, Stage stage, @org.jspecify.annotations.Nullable Long parentId,
                                String name, @org.jspecify.annotations.Nullable Integer grade) {
        OrgPath at = importAt(scope).orElseThrow(() -> new ForbiddenException("library.error.catalogueForbidden"));
        String cleaned = name == null ? "" : name.strip();
        if (cleaned.isEmpty() || cleaned.length() > 200) {
            throw new org.educloud.shared.RuleViolationException("library.catalogue.nameInvalid");
        }
        TextbookLevel level = TextbookLevel.EDITION;
        Integer nodeGrade = null;
        if (parentId != null) {
            TextbookNodeView parent = textbookNode(scope, subject, stage, parentId)
                    .orElseThrow(() -> new org.educloud.shared.NotFoundException("library.error.textbookNode"));
            if (parent.level() == TextbookLevel.SECTION) {
                throw new org.educloud.shared.RuleViolationException("library.catalogue.sectionIsLeaf");
            }
            level = TextbookLevel.values()[parent.level().ordinal() + 1];
            nodeGrade = parent.grade();
        }
        if (level == TextbookLevel.VOLUME) {
            if (grade == null || !Grades.inStage(grade, stage)) {
                throw new org.educloud.shared.RuleViolationException("library.catalogue.gradeInvalid", String.valueOf(grade));
            }
            nodeGrade = grade;
        }
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM library.textbook_node WHERE parent_id IS NOT DISTINCT FROM ? "
                        + "AND subject = ? AND stage = ? AND name = ?)")
                .params(parentId, subject.name(), stage.name(), cleaned).query(Boolean.class).single();
        if (taken) {
            throw new org.educloud.shared.ConflictException("name", "library.catalogue.nameTaken", cleaned);
        }
        int position = jdbc.sql("SELECT count(*) FROM library.textbook_node WHERE parent_id IS NOT DISTINCT FROM ? "
                + "AND subject = ? AND stage = ?").params(parentId, subject.name(), stage.name()).query(Integer.class).single();
        long id = jdbc.sql("INSERT INTO library.textbook_node (parent_id, kind, subject, stage, grade, name, position, "
                        + "org_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .params(parentId, level.name(), subject.name(), stage.name(), nodeGrade, cleaned, position, at.value())
                .query(Long.class).single();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.catalogue.nodeAdded",
                subject + " " + stage + " " + cleaned, at, level.name()));
        return id;
    }

    /** Adds one knowledge point (under one the caller sees, or at the top), at the caller's bureau. */
    @Transactional
    public long addKnowledgePoint(Scope scope, Subject subject, Stage stage, String code, String name,
                                  @org.jspecify.annotations.Nullable Long parentId) {
        OrgPath at = importAt(scope).orElseThrow(() -> new ForbiddenException("library.error.catalogueForbidden"));
        String cleanedCode = code == null ? "" : code.strip();
        String cleanedName = name == null ? "" : name.strip();
        if (!cleanedCode.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new org.educloud.shared.RuleViolationException("library.catalogue.codeInvalid", cleanedCode);
        }
        if (cleanedName.isEmpty() || cleanedName.length() > 200) {
            throw new org.educloud.shared.RuleViolationException("library.catalogue.nameInvalid");
        }
        if (parentId != null && knowledgePoints(scope, subject, stage).stream().noneMatch(k -> k.id() == parentId)) {
            throw new org.educloud.shared.NotFoundException("library.error.knowledgePoint");
        }
        boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM library.knowledge_point WHERE subject = ? AND stage = ? "
                + "AND code = ?)").params(subject.name(), stage.name(), cleanedCode).query(Boolean.class).single();
        if (taken) {
            throw new org.educloud.shared.ConflictException("code", "library.catalogue.codeRepeated", cleanedCode);
        }
        long id = jdbc.sql("INSERT INTO library.knowledge_point (subject, stage, code, name, parent_id, org_path) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .params(subject.name(), stage.name(), cleanedCode, cleanedName, parentId, at.value())
                .query(Long.class).single();
        events.publishEvent(new AuditableActionOccurred(scope.userId(), "library.catalogue.pointAdded",
                subject + " " + stage + " " + cleanedCode, at, cleanedName));
        return id;
    }

    /** Bureau admins and operators maintain catalogues; schools use them. */
    public boolean mayImport(Scope scope) {
        return importAt(scope).isPresent();
    }

    /** The caller's highest bureau node: a catalogue imported there reaches every school below it. */
    private static Optional<OrgPath> importAt(Scope scope) {
        return scope.grants().stream()
                .filter(g -> g.role().administrative() && g.role() != org.educloud.shared.Role.SCHOOL_ADMIN)
                .map(Scope.Grant::path).min(java.util.Comparator.comparingInt(OrgPath::depth));
    }

    private int addNode(CatalogueFile.Node node, Long parentId, Subject subject, Stage stage, OrgPath at,
                        int position) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM library.textbook_node WHERE parent_id IS NOT DISTINCT FROM ? "
                        + "AND subject = ? AND stage = ? AND name = ?")
                .params(parentId, subject.name(), stage.name(), node.name()).query(Long.class).optional();
        int added = 0;
        long id;
        if (existing.isPresent()) {
            id = existing.get();
        } else {
            id = jdbc.sql("INSERT INTO library.textbook_node (parent_id, kind, subject, stage, grade, name, position, "
                            + "org_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                    .params(parentId, node.level().name(), subject.name(), stage.name(), node.grade(), node.name(),
                            position, at.value()).query(Long.class).single();
            added = 1;
        }
        for (int i = 0; i < node.children().size(); i++) {
            added += addNode(node.children().get(i), id, subject, stage, at, i);
        }
        return added;
    }

    private int addPoint(CatalogueFile.Point point, Long parentId, Subject subject, Stage stage, OrgPath at) {
        Optional<Long> existing = jdbc.sql("SELECT id FROM library.knowledge_point WHERE subject = ? AND stage = ? "
                + "AND code = ?").params(subject.name(), stage.name(), point.code()).query(Long.class).optional();
        int added = 0;
        long id;
        if (existing.isPresent()) {
            id = existing.get();
        } else {
            id = jdbc.sql("INSERT INTO library.knowledge_point (subject, stage, code, name, parent_id, org_path) "
                            + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                    .params(subject.name(), stage.name(), point.code(), point.name(), parentId, at.value())
                    .query(Long.class).single();
            added = 1;
        }
        for (CatalogueFile.Point child : point.children()) {
            added += addPoint(child, id, subject, stage, at);
        }
        return added;
    }

    /** The nodes whose catalogues reach the caller: theirs and those above; for the public, the installation's. */
    private static String[] reach(@org.jspecify.annotations.Nullable Scope scope) {
        return scope == null ? new String[] {OrgPath.ROOT.value()} : ResourceAccess.reach(scope);
    }

    private static String[] below(@org.jspecify.annotations.Nullable Scope scope) {
        if (scope == null) {
            return new String[0];
        }
        List<String> likes = new ArrayList<>();
        scope.visiblePaths().forEach(p -> likes.add(p.likePattern()));
        return likes.toArray(String[]::new);
    }

}
