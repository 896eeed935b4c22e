package org.educloud.tenancy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.orgs.OrgNode;
import org.educloud.tenancy.orgs.OrgNodeRepository;
import org.educloud.tenancy.orgs.OrgSpecifications;
import org.educloud.tenancy.orgs.RegisteringOrgNode;
import org.educloud.tenancy.orgs.StageSetConverter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The questions other modules ask about the org tree, and the commands bureau admins give it. Every call that
 * takes a {@link Scope} answers only within it: nodes outside it do not exist for the caller.
 */
@Service
@Transactional(readOnly = true)
public class TenancyManagement {

    private final OrgNodeRepository nodes;
    private final RegisteringOrgNode registering;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenancyManagement(OrgNodeRepository nodes, RegisteringOrgNode registering, ApplicationEventPublisher events,
                      Clock clock) {
        this.nodes = nodes;
        this.registering = registering;
        this.events = events;
        this.clock = clock;
    }

    /** Any node by id, unscoped: for modules resolving references they already hold. */
    public Optional<OrgNodeView> find(OrgId id) {
        return nodes.findById(id.value()).map(OrgNode::view);
    }

    /** Names of nodes by id, unscoped, in one query: for lists that show where each row belongs. */
    public Map<OrgId, String> names(java.util.Collection<OrgId> ids) {
        Map<OrgId, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        nodes.namesOf(ids.stream().map(OrgId::value).distinct().toList())
                .forEach(row -> names.put(OrgId.of((Long) row[0]), (String) row[1]));
        return names;
    }

    /** A node the caller may see: one inside their grants, or a bureau above them. */
    public OrgNodeView visible(Scope scope, OrgId id) {
        return nodes.findById(id.value()).filter(n -> isVisible(scope, n.path()))
                .map(OrgNode::view)
                .orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
    }

    /** The nodes from the top bureau down to this node, the node itself last. */
    public List<OrgNodeView> lineage(OrgId id) {
        OrgNode node = nodes.findById(id.value()).orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
        List<Long> ids = node.path().ids().stream().map(OrgId::value).toList();
        Map<Long, OrgNodeView> byId = new TreeMap<>();
        nodes.findAllById(ids).forEach(n -> byId.put(n.id().value(), n.view()));
        List<OrgNodeView> lineage = new ArrayList<>();
        ids.forEach(i -> Optional.ofNullable(byId.get(i)).ifPresent(lineage::add));
        return lineage;
    }

    public List<OrgNodeView> children(Scope scope, OrgId parent) {
        OrgNodeView visibleParent = visible(scope, parent);
        return nodes.findByParentIdOrderByKindAscNameAsc(visibleParent.id().value()).stream()
                .filter(n -> scope.canSeeOrgTree(n.path()))
                .map(OrgNode::view)
                .toList();
    }

    /** The top of the caller's world: the nodes their grants sit on. */
    public List<OrgNodeView> roots(Scope scope) {
        if (scope.isOperator()) {
            return nodes.findByParentIdIsNullOrderByNameAsc().stream().map(OrgNode::view).toList();
        }
        List<Long> ids = scope.orgTreePaths().stream().map(p -> p.ids().getLast().value()).toList();
        return nodes.findAllById(ids).stream().map(OrgNode::view).toList();
    }

    public PageSlice<OrgNodeView> search(Scope scope, OrgQuery query, int page, int size) {
        PageRequest request = PageRequest.of(PageSlice.safePage(page), Math.clamp(size, 1, 200),
                Sort.by("kind", "path").ascending());
        Page<OrgNode> found = nodes.findAll(
                OrgSpecifications.within(scope.orgTreePaths()).and(OrgSpecifications.matching(query)), request);
        return new PageSlice<>(found.map(OrgNode::view).getContent(), request.getPageNumber(), request.getPageSize(),
                found.getTotalElements());
    }

    /** Schools below a node, in any status, unscoped: for reports over a bureau the caller already resolved. */
    public List<OrgNodeView> schoolsUnder(OrgPath path) {
        return nodes.findAll(OrgSpecifications.within(List.of(path)).and(OrgSpecifications.matching(OrgQuery.schools())),
                Sort.by("path")).stream().map(OrgNode::view).toList();
    }

    /**
     * When each school below a node was registered, unscoped: reports over past years must not call a school
     * missing for a year before it existed.
     */
    public Map<OrgId, java.time.Instant> schoolsRegisteredAt(OrgPath path) {
        Map<OrgId, java.time.Instant> registered = new java.util.HashMap<>();
        nodes.schoolsRegisteredUnder(path.likePattern())
                .forEach(row -> registered.put(OrgId.of((Long) row[0]), (java.time.Instant) row[1]));
        return registered;
    }

    /** What the public portal may say about the whole installation. */
    public OrgFigures publicFigures() {
        return figuresUnder(OrgPath.ROOT);
    }

    /** Active districts and schools below a node the caller may see. */
    public OrgFigures figures(Scope scope, OrgId id) {
        return figuresUnder(visible(scope, id).path());
    }

    private OrgFigures figuresUnder(OrgPath path) {
        Map<Locality, Long> byLocality = new EnumMap<>(Locality.class);
        Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
        long districts = 0;
        long schools = 0;
        long teachingPoints = 0;
        StageSetConverter stages = new StageSetConverter();
        for (Object[] group : nodes.countActiveGroups(path.likePattern())) {
            OrgKind kind = OrgKind.valueOf((String) group[0]);
            long count = ((Number) group[4]).longValue();
            if (kind == OrgKind.DISTRICT) {
                districts += count;
            } else if (kind == OrgKind.SCHOOL) {
                schools += count;
                teachingPoints += Boolean.TRUE.equals(group[3]) ? count : 0;
                byLocality.merge(Locality.valueOf((String) group[1]), count, Long::sum);
                stages.convertToEntityAttribute((String) group[2]).forEach(stage -> byStage.merge(stage, count, Long::sum));
            }
        }
        return new OrgFigures(districts, schools, teachingPoints, byLocality, byStage);
    }

    @Transactional
    public OrgNodeView registerBureau(Scope scope, @Nullable OrgId parentId, BureauDraft draft) {
        return registering.bureau(scope, parentId, draft);
    }

    @Transactional
    public OrgNodeView registerSchool(Scope scope, OrgId districtId, SchoolDraft draft) {
        return registering.school(scope, districtId, draft);
    }

    @Transactional
    public OrgNodeView updateBureau(Scope scope, OrgId id, BureauDraft draft) {
        OrgNode node = manageable(scope, id);
        if (node.kind() == OrgKind.SCHOOL) {
            throw new NotFoundException("tenancy.error.notFound");
        }
        node.apply(draft, clock.instant());
        audit(scope, "org.bureau.updated", node);
        return node.view();
    }

    @Transactional
    public OrgNodeView updateSchool(Scope scope, OrgId id, SchoolDraft draft) {
        OrgNode node = manageable(scope, id);
        if (node.kind() != OrgKind.SCHOOL) {
            throw new NotFoundException("tenancy.error.notFound");
        }
        registering.requireUniqueCode(draft.schoolCode(), node);
        node.apply(draft, clock.instant());
        audit(scope, "org.school.updated", node);
        return node.view();
    }

    /** Closing keeps every row that refers to the node; a bureau closes only once its members have. */
    @Transactional
    public OrgNodeView close(Scope scope, OrgId id) {
        OrgNode node = manageable(scope, id);
        if (node.status() == OrgStatus.CLOSED) {
            return node.view();
        }
        if (nodes.countActiveChildren(node.id().value()) > 0) {
            throw new RuleViolationException("tenancy.error.closeWithActiveChildren");
        }
        node.close(clock.instant());
        audit(scope, "org.closed", node);
        events.publishEvent(new OrgNodeClosed(node.id(), node.kind(), node.path()));
        return node.view();
    }

    @Transactional
    public OrgNodeView reopen(Scope scope, OrgId id) {
        OrgNode node = manageable(scope, id);
        OrgNodeView view = node.view();
        if (view.parentId() != null && nodes.findById(view.parentId().value())
                .map(p -> p.status() == OrgStatus.CLOSED).orElse(false)) {
            throw new RuleViolationException("tenancy.error.parentClosed");
        }
        node.reopen(clock.instant());
        audit(scope, "org.reopened", node);
        return node.view();
    }

    /** Whether the caller may edit or close this node: they administer the level above it. */
    public boolean canManage(Scope scope, OrgNodeView node) {
        return scope.isOperator() || (node.parentId() != null && scope.canAdminister(parentPath(node.path())));
    }

    private OrgNode manageable(Scope scope, OrgId id) {
        OrgNode node = nodes.findById(id.value()).filter(n -> isVisible(scope, n.path()))
                .orElseThrow(() -> new NotFoundException("tenancy.error.notFound"));
        if (!canManage(scope, node.view())) {
            throw new ForbiddenException("tenancy.error.forbidden");
        }
        return node;
    }

    private void audit(Scope scope, String action, OrgNode node) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, node.name(), node.path(), null));
    }

    /** Org nodes are not personal data: operations staff see the tree they serve, as members and admins do. */
    public static boolean isVisible(Scope scope, OrgPath path) {
        return scope.canSeeOrgTree(path) || scope.orgTreePaths().stream().anyMatch(path::contains);
    }

    static OrgPath parentPath(OrgPath path) {
        String value = path.value();
        int cut = value.lastIndexOf('/', value.length() - 2);
        return new OrgPath(value.substring(0, cut + 1));
    }
}
