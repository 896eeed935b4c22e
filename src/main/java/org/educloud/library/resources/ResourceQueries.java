package org.educloud.library.resources;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.library.CatalogueShelf;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.ResourceDetail;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceFilter;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceType;
import org.educloud.library.ResourceView;
import org.educloud.library.ReviewStatus;
import org.educloud.library.ReviewStepView;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.library.TextbookNodeView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Resource lists, the review queue and a resource's page, each limited to what the caller may see. */
@Component
public class ResourceQueries {

    /** A resource's thumbnail: its first file whose current version has a preview picture. */
    private static final String THUMBNAIL = "(SELECT f.id FROM library.resource_file f"
            + " JOIN LATERAL (SELECT v.sha256 FROM library.file_version v WHERE v.file_id = f.id"
            + " ORDER BY v.number DESC LIMIT 1) current ON true"
            + " JOIN library.preview p ON p.sha256 = current.sha256"
            + " WHERE f.resource_id = %s ORDER BY f.position, f.id LIMIT 1)";

    /** A listed resource's columns, with its thumbnail in the same query since every list shows it. */
    private static final String COLUMNS = "r.id, r.title, r.type, r.stage, r.subject, r.grade, r.owner_id, "
            + "r.author_name, r.sharing, r.status, r.featured, r.view_count, r.download_count, r.updated_at, "
            + "r.published_at, " + THUMBNAIL.formatted("r.id") + " AS thumbnail_file_id";

    private final JdbcClient jdbc;
    private final ResourceRepository resources;
    private final ResourceFiles files;
    private final Curriculum curriculum;
    private final TenancyManagement tenancy;

    ResourceQueries(JdbcClient jdbc, ResourceRepository resources, ResourceFiles files, Curriculum curriculum,
                    TenancyManagement tenancy) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.files = files;
        this.curriculum = curriculum;
        this.tenancy = tenancy;
    }

    /** Published resources the caller may see (or, with {@code mine}, their own in any status); null scope = public. */
    public PageSlice<ResourceView> list(@Nullable Scope scope, ResourceFilter filter, int page, int size) {
        ResourceAccess.Condition visible = ResourceAccess.sql(scope);
        StringBuilder where = new StringBuilder(visible.sql());
        if (filter.mine() && scope != null) {
            where.append(" AND r.author_id = :me");
        } else {
            where.append(" AND r.status = 'PUBLISHED'");
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (r.title ILIKE :text ESCAPE '\\' OR array_to_string(r.tags, ' ') ILIKE :text ESCAPE '\\')");
        }
        if (filter.stage() != null) {
            where.append(" AND r.stage = :stage");
        }
        if (filter.subject() != null) {
            where.append(" AND r.subject = :subject");
        }
        if (filter.grade() != null) {
            where.append(" AND r.grade = :grade");
        }
        if (filter.type() != null) {
            where.append(" AND r.type = :type");
        }
        if (filter.featured()) {
            where.append(" AND r.featured");
        }
        String order = filter.order() == ResourceFilter.Order.MOST_USED
                ? "r.view_count + r.download_count DESC, r.id DESC" : "coalesce(r.published_at, r.updated_at) DESC, r.id DESC";
        int safePage = PageSlice.safePage(page);
        long total = bind(jdbc.sql("SELECT count(*) FROM library.resource r WHERE " + where), visible, filter)
                .query(Long.class).single();
        List<Row> rows = bind(jdbc.sql("SELECT " + COLUMNS + " FROM library.resource r WHERE " + where + " ORDER BY "
                + order + " LIMIT :limit OFFSET :offset"), visible, filter)
                .param("limit", size).param("offset", (long) safePage * size)
                .query(ResourceQueries::row).list();
        return new PageSlice<>(views(rows), safePage, size, total);
    }

    /** The nodes of a subject and stage, each with itself and every node below it. */
    private static final String TEXTBOOK_CLOSURE = """
            WITH RECURSIVE closure AS (
                SELECT id AS ancestor, id FROM library.textbook_node WHERE subject = :subject AND stage = :stage
                UNION ALL
                SELECT c.ancestor, n.id FROM closure c JOIN library.textbook_node n ON n.parent_id = c.id)
            """;

    /** The knowledge points of a subject and stage, each with itself and every point below it. */
    private static final String POINT_CLOSURE = """
            WITH RECURSIVE closure AS (
                SELECT id AS ancestor, id FROM library.knowledge_point WHERE subject = :subject AND stage = :stage
                UNION ALL
                SELECT c.ancestor, k.id FROM closure c JOIN library.knowledge_point k ON k.parent_id = c.id)
            """;

    /**
     * Published resources the caller may see on a shelf of the catalogue: placed at a textbook node or anywhere
     * below it (a volume holds its chapters' and lessons' resources), or tagged with a knowledge point or one below
     * it. Newest first.
     */
    public PageSlice<ResourceView> onShelf(@Nullable Scope scope, CatalogueShelf shelf, int page, int size) {
        boolean seen = shelf.level() == CatalogueShelf.Level.TEXTBOOK
                ? curriculum.textbooks(scope, shelf.subject(), shelf.stage()).stream().anyMatch(n -> n.id() == shelf.id())
                : curriculum.knowledgePoints(scope, shelf.subject(), shelf.stage()).stream()
                .anyMatch(k -> k.id() == shelf.id());
        if (!seen) {
            throw new NotFoundException(shelf.level() == CatalogueShelf.Level.TEXTBOOK ? "library.error.textbookNode"
                    : "library.error.knowledgePoint");
        }
        ResourceAccess.Condition visible = ResourceAccess.sql(scope);
        String closure = shelf.level() == CatalogueShelf.Level.TEXTBOOK ? TEXTBOOK_CLOSURE : POINT_CLOSURE;
        String placed = shelf.level() == CatalogueShelf.Level.TEXTBOOK
                ? "r.textbook_node_id IN (SELECT id FROM closure WHERE ancestor = :shelf)"
                : "EXISTS (SELECT 1 FROM library.resource_knowledge_point rk WHERE rk.resource_id = r.id"
                + " AND rk.knowledge_point_id IN (SELECT id FROM closure WHERE ancestor = :shelf))";
        String where = " FROM library.resource r WHERE r.status = 'PUBLISHED' AND " + placed + " AND " + visible.sql();
        int safePage = PageSlice.safePage(page);
        long total = visible.bind(jdbc.sql(closure + "SELECT count(*)" + where)).param("subject", shelf.subject().name())
                .param("stage", shelf.stage().name()).param("shelf", shelf.id()).query(Long.class).single();
        List<Row> rows = visible.bind(jdbc.sql(closure + "SELECT " + COLUMNS + where
                        + " ORDER BY coalesce(r.published_at, r.updated_at) DESC, r.id DESC LIMIT :limit OFFSET :offset"))
                .param("subject", shelf.subject().name()).param("stage", shelf.stage().name())
                .param("shelf", shelf.id()).param("limit", size).param("offset", (long) safePage * size)
                .query(ResourceQueries::row).list();
        return new PageSlice<>(views(rows), safePage, size, total);
    }

    /**
     * How many published resources the caller may see on each shelf of a subject and stage (a node or point with
     * everything below it, each resource once); shelves with none are absent.
     */
    public Map<Long, Long> shelfCounts(@Nullable Scope scope, Subject subject, Stage stage, CatalogueShelf.Level level) {
        ResourceAccess.Condition visible = ResourceAccess.sql(scope);
        String join = level == CatalogueShelf.Level.TEXTBOOK
                ? " JOIN library.resource r ON r.textbook_node_id = c.id"
                : " JOIN library.resource_knowledge_point rk ON rk.knowledge_point_id = c.id"
                + " JOIN library.resource r ON r.id = rk.resource_id";
        Map<Long, Long> counts = new HashMap<>();
        visible.bind(jdbc.sql((level == CatalogueShelf.Level.TEXTBOOK ? TEXTBOOK_CLOSURE : POINT_CLOSURE)
                        + "SELECT c.ancestor, count(DISTINCT r.id) FROM closure c" + join
                        + " WHERE r.status = 'PUBLISHED' AND " + visible.sql() + " GROUP BY c.ancestor"))
                .param("subject", subject.name()).param("stage", stage.name())
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getLong(2));
                });
        return counts;
    }

    /** Resources by id, in the order given (search hits); ids the database no longer has are left out. */
    public List<ResourceView> byIds(List<Long> ids) {
        return byIds(ids, List.of()).resources();
    }

    /**
     * Resources by id as {@link #byIds(List)}, and the names of some organisations besides their owners (a search
     * page's school facet), looked up together with the owners' names.
     */
    public Named byIds(List<Long> ids, Collection<OrgId> alsoNamed) {
        List<Row> rows = ids.isEmpty() ? List.of() : jdbc.sql("SELECT " + COLUMNS
                        + " FROM library.resource r WHERE r.id = ANY(CAST(:ids AS bigint[]))")
                .param("ids", ids.toArray(Long[]::new)).query(ResourceQueries::row).list();
        Set<OrgId> named = new HashSet<>(alsoNamed);
        rows.forEach(row -> named.add(OrgId.of(row.ownerId())));
        Map<OrgId, String> names = tenancy.names(named);
        Map<Long, ResourceView> byId = new HashMap<>();
        views(rows, names).forEach(v -> byId.put(v.id().value(), v));
        return new Named(ids.stream().filter(byId::containsKey).map(byId::get).toList(), names);
    }

    /** Resources with the names of their owners and of any other organisation asked for. */
    public record Named(List<ResourceView> resources, Map<OrgId, String> names) {
    }

    public List<ResourceView> visibleAmong(@Nullable Scope scope, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> seen = new HashSet<>();
        resources.findAllById(ids).forEach(r -> {
            if (ResourceAccess.canSee(scope, r)) {
                seen.add(r.id());
            }
        });
        return byIds(ids.stream().filter(seen::contains).distinct().toList());
    }

    /** Resources waiting for a review the caller may give, oldest first. */
    public PageSlice<ResourceView> reviewQueue(Scope scope, int page, int size) {
        String[] schoolLikes = scope.adminPaths().stream().map(p -> p.likePattern()).toArray(String[]::new);
        String[] bureauLikes = ResourceAccess.bureauReviewLikes(scope).toArray(String[]::new);
        String where = "r.author_id <> :me AND ((r.status = 'SUBMITTED' AND r.owner_path LIKE ANY(CAST(:school AS text[])))"
                + " OR (r.status = 'SCHOOL_APPROVED' AND r.review_path LIKE ANY(CAST(:bureau AS text[]))))";
        int safePage = PageSlice.safePage(page);
        long total = jdbc.sql("SELECT count(*) FROM library.resource r WHERE " + where)
                .param("me", scope.userId().value()).param("school", schoolLikes).param("bureau", bureauLikes)
                .query(Long.class).single();
        List<Row> rows = jdbc.sql("SELECT " + COLUMNS + " FROM library.resource r WHERE " + where
                        + " ORDER BY r.updated_at, r.id LIMIT :limit OFFSET :offset")
                .param("me", scope.userId().value()).param("school", schoolLikes).param("bureau", bureauLikes)
                .param("limit", size).param("offset", (long) safePage * size)
                .query(ResourceQueries::row).list();
        return new PageSlice<>(views(rows), safePage, size, total);
    }

    public ResourceDetail detail(@Nullable Scope scope, long id) {
        Resource r = visible(scope, id);
        // the public sees where a resource sits in the installation's own catalogue, a bureau's nodes not
        String textbookPath = null;
        if (r.textbookNodeId() != null) {
            textbookPath = curriculum.textbookNode(scope, r.subject(), r.stage(), r.textbookNodeId())
                    .map(TextbookNodeView::path).orElse(null);
        }
        List<KnowledgePointView> points = r.knowledgePointIds().isEmpty() ? List.of()
                : curriculum.knowledgePoints(scope, r.subject(), r.stage()).stream()
                .filter(k -> r.knowledgePointIds().contains(k.id())).toList();
        ResourceDetail.Actions actions = scope == null
                ? new ResourceDetail.Actions(false, false, false, false, false, false)
                : new ResourceDetail.Actions(ResourceAccess.isAuthor(scope, r) && r.status().editable(),
                ResourceAccess.isAuthor(scope, r) && r.status().editable() && r.sharing() != Sharing.PRIVATE,
                ResourceAccess.canSchoolReview(scope, r), ResourceAccess.canBureauReview(scope, r),
                ResourceAccess.canWithdraw(scope, r), ResourceAccess.canFeature(scope, r));
        return new ResourceDetail(view(r), r.description(), r.licence(), textbookPath,
                textbookPath == null ? null : r.textbookNodeId(), points, r.tags(),
                r.language(), r.linkUrl(), files.of(r.id()), history(r.id()), actions);
    }

    /** The draft the edit form starts from; only the author may have it. */
    public ResourceDraft draft(Scope scope, long id) {
        Resource r = visible(scope, id);
        if (!ResourceAccess.isAuthor(scope, r)) {
            throw new NotFoundException("library.error.resourceNotFound");
        }
        return new ResourceDraft(r.title(), r.description(), r.type(), r.licence(), r.stage(), r.subject(), r.grade(),
                r.textbookNodeId(), List.copyOf(r.knowledgePointIds()), String.join(", ", r.tags()), r.language(),
                r.linkUrl(), r.sharing(), r.ownerId().value());
    }

    public Resource visible(@Nullable Scope scope, long id) {
        return resources.findById(id).filter(r -> ResourceAccess.canSee(scope, r))
                .orElseThrow(() -> new NotFoundException("library.error.resourceNotFound"));
    }

    private List<ReviewStepView> history(long id) {
        return jdbc.sql("SELECT from_status, to_status, actor_name, comment, at FROM library.review_step "
                        + "WHERE resource_id = ? ORDER BY at, id")
                .param(id)
                .query((rs, n) -> new ReviewStepView(rs.getString(1) == null ? null : ReviewStatus.valueOf(rs.getString(1)),
                        ReviewStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ResourceAccess.Condition visible,
                                          ResourceFilter filter) {
        spec = visible.bind(spec);
        if (filter.text() != null && !filter.text().isBlank()) {
            spec = spec.param("text", "%" + filter.text().strip().replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.stage() != null) {
            spec = spec.param("stage", filter.stage().name());
        }
        if (filter.subject() != null) {
            spec = spec.param("subject", filter.subject().name());
        }
        if (filter.grade() != null) {
            spec = spec.param("grade", filter.grade());
        }
        if (filter.type() != null) {
            spec = spec.param("type", filter.type().name());
        }
        return spec;
    }

    private ResourceView view(Resource r) {
        return views(List.of(new Row(r.id(), r.title(), r.type(), r.stage(), r.subject(), r.grade(),
                r.ownerId().value(), r.authorName(), r.sharing(), r.status(), r.featured(), r.viewCount(),
                r.downloadCount(), r.updatedAt(), r.publishedAt(),
                jdbc.sql("SELECT " + THUMBNAIL.formatted(":id")).param("id", r.id()).query(Long.class).list()
                        .getFirst()))).getFirst();
    }

    private List<ResourceView> views(List<Row> rows) {
        return views(rows, tenancy.names(rows.stream().map(row -> OrgId.of(row.ownerId())).distinct().toList()));
    }

    private static List<ResourceView> views(List<Row> rows, Map<OrgId, String> names) {
        List<ResourceView> views = new ArrayList<>();
        for (Row row : rows) {
            views.add(new ResourceView(ResourceId.of(row.id()), row.title(), row.type(), row.stage(), row.subject(),
                    row.grade(), names.getOrDefault(OrgId.of(row.ownerId()), "—"), row.authorName(),
                    row.sharing(), row.status(), row.featured(), row.viewCount(), row.downloadCount(),
                    row.updatedAt(), row.publishedAt(), row.thumbnailFileId()));
        }
        return views;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        var published = rs.getTimestamp("published_at");
        return new Row(rs.getLong("id"), rs.getString("title"), ResourceType.valueOf(rs.getString("type")),
                Stage.valueOf(rs.getString("stage")), Subject.valueOf(rs.getString("subject")),
                (Integer) rs.getObject("grade"), rs.getLong("owner_id"), rs.getString("author_name"),
                Sharing.valueOf(rs.getString("sharing")), ReviewStatus.valueOf(rs.getString("status")),
                rs.getBoolean("featured"), rs.getLong("view_count"), rs.getLong("download_count"),
                rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant(),
                (Long) rs.getObject("thumbnail_file_id"));
    }

    private record Row(long id, String title, ResourceType type, Stage stage, Subject subject,
                       @Nullable Integer grade, long ownerId, String authorName, Sharing sharing, ReviewStatus status,
                       boolean featured, long viewCount, long downloadCount, java.time.Instant updatedAt,
                       java.time.@Nullable Instant publishedAt, @Nullable Long thumbnailFileId) {
    }
}
