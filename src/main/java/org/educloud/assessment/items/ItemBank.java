package org.educloud.assessment.items;

import org.educloud.assessment.ItemContent;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.ReviewStatus;
import org.educloud.shared.AuditableActionOccurred;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The item bank's use cases: authoring (a new version per change), finding items in reach, and the review that
 * shares an item beyond its author. Teachers author at the school they teach at; bureau staff at their bureau.
 */
@org.springframework.modulith.NamedInterface("items")
@Service
public class ItemBank {

    private static final Set<Role> AUTHORING_ROLES = Set.of(Role.TEACHER, Role.SCHOOL_ADMIN, Role.DISTRICT_ADMIN,
            Role.REGION_ADMIN);

    private final ItemStore items;
    private final Curriculum curriculum;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ItemBank(ItemStore items, Curriculum curriculum, TenancyManagement tenancy, IdentityManagement identity,
             ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.curriculum = curriculum;
        this.tenancy = tenancy;
        this.identity = identity;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public long create(Scope scope, ItemDraft raw) {
        OrgNodeView owner = owner(scope);
        ItemDraft draft = checked(scope, raw);
        ItemWorkflow.Placement placement = ItemWorkflow.placement(owner.path(), owner.isSchool(), draft.sharing());
        String author = identity.self(scope.userId()).displayName();
        long id = items.insert(new ItemStore.Filing(owner.id().value(), owner.path().value(), scope.userId().value(),
                        author, placement.sharePath().value(), placement.reviewPath().value()), draft,
                ItemWorkflow.afterSaving(draft.sharing()), clock.instant());
        audit(scope, "assessment.item.created", id, owner.path());
        return id;
    }

    /**
     * A new version of an item its author (or an administrator of its owner) may edit. A shared item goes back to
     * draft and is reviewed again; quizzes keep the version they were built with.
     */
    @Transactional
    public int revise(Scope scope, long id, ItemDraft raw) {
        ItemView item = editable(scope, id);
        ItemDraft draft = checked(scope, raw);
        OrgPath ownerPath = new OrgPath(item.ownerPath());
        boolean ownerIsSchool = tenancy.find(org.educloud.shared.OrgId.of(item.ownerId()))
                .map(OrgNodeView::isSchool).orElse(false);
        ItemWorkflow.Placement placement = ItemWorkflow.placement(ownerPath, ownerIsSchool, draft.sharing());
        int version = items.revise(id, draft, placement.sharePath().value(), placement.reviewPath().value(),
                ItemWorkflow.afterSaving(draft.sharing()), scope.userId().value(), clock.instant());
        audit(scope, "assessment.item.revised", id, ownerPath);
        return version;
    }

    /** An item the caller may use (404 for one out of reach, so ids of other schools' items reveal nothing). */
    public ItemView find(Scope scope, long id) {
        ItemReach reach = ItemReach.of(scope);
        return items.find(id).filter(reach::reaches)
                .orElseThrow(() -> new NotFoundException("assessment.error.itemNotFound"));
    }

    public List<ItemStore.ReviewStep> history(Scope scope, long id) {
        find(scope, id);
        return items.history(id);
    }

    public PageSlice<ItemView> search(Scope scope, ItemFilter filter, int page, int size) {
        ItemReach reach = ItemReach.of(scope);
        if (!reach.reachesAny()) {
            throw new ForbiddenException("assessment.error.noBank");
        }
        int safeSize = Math.clamp(size, 1, 100);
        int safePage = Math.max(0, page);
        long total = items.count(reach, filter);
        return new PageSlice<>(items.search(reach, filter, safePage * safeSize, safeSize), safePage, safeSize, total);
    }

    @Transactional
    public void submit(Scope scope, long id) {
        ItemView item = editable(scope, id);
        boolean ownedBySchool = new OrgPath(item.ownerPath()).depth() == 3;
        move(scope, item, ItemWorkflow.submit(item.status(), item.sharing(), ownedBySchool), "");
    }

    /** The school's or the bureau's decision, by an administrator of the node where the review happens. */
    @Transactional
    public void review(Scope scope, long id, boolean approve, String note) {
        ItemView item = items.find(id).orElseThrow(() -> new NotFoundException("assessment.error.itemNotFound"));
        OrgPath reviewer = item.status() == ReviewStatus.SUBMITTED ? new OrgPath(item.ownerPath())
                : new OrgPath(reviewPathOf(item));
        if (!scope.canAdminister(reviewer)) {
            if (!ItemReach.of(scope).reaches(item)) {
                throw new NotFoundException("assessment.error.itemNotFound");
            }
            throw new ForbiddenException("assessment.error.notReviewer");
        }
        ReviewStatus next = !approve ? ItemWorkflow.reject(item.status())
                : item.status() == ReviewStatus.SUBMITTED ? ItemWorkflow.approveForSchool(item.status(), item.sharing())
                : ItemWorkflow.approveForBureau(item.status());
        move(scope, item, next, note.length() > 500 ? note.substring(0, 500) : note);
    }

    /** Items awaiting a review the caller can give, oldest first. */
    public List<ItemView> awaitingReview(Scope scope) {
        Set<String> patterns = new HashSet<>();
        scope.adminPaths().forEach(p -> patterns.add(p.likePattern()));
        List<ItemView> school = items.awaiting(ReviewStatus.SUBMITTED, patterns, 100);
        List<ItemView> bureau = items.awaiting(ReviewStatus.SCHOOL_APPROVED, patterns, 100);
        return java.util.stream.Stream.concat(school.stream(), bureau.stream()).toList();
    }

    private String reviewPathOf(ItemView item) {
        return ItemWorkflow.placement(new OrgPath(item.ownerPath()), new OrgPath(item.ownerPath()).depth() == 3,
                item.sharing()).reviewPath().value();
    }

    private void move(Scope scope, ItemView item, ReviewStatus next, String note) {
        Instant now = clock.instant();
        items.moveStatus(item.id(), item.status(), next, scope.userId().value(),
                identity.self(scope.userId()).displayName(), note, now);
        audit(scope, "assessment.item." + next.name().toLowerCase(java.util.Locale.ROOT), item.id(),
                new OrgPath(item.ownerPath()));
    }

    private ItemView editable(Scope scope, long id) {
        ItemView item = find(scope, id);
        boolean author = item.authorAccount() == scope.userId().value();
        if (!author && !scope.canAdminister(new OrgPath(item.ownerPath()))) {
            throw new ForbiddenException("assessment.error.notAuthor");
        }
        return item;
    }

    /** The draft with its markup sanitised, its content markable and its knowledge points real and in reach. */
    private ItemDraft checked(Scope scope, ItemDraft draft) {
        ItemContent content = ItemSanitising.sanitised(draft.content());
        List<ItemRules.Broken> broken = ItemRules.check(content);
        if (!broken.isEmpty()) {
            ItemRules.Broken first = broken.getFirst();
            throw new FieldRuleViolationException(first.field(), first.messageKey(), first.arguments().toArray());
        }
        Set<Long> known = new HashSet<>();
        for (KnowledgePointView kp : curriculum.knowledgePoints(scope, draft.subject(), draft.stage())) {
            known.add(kp.id());
        }
        for (long kp : draft.knowledgePoints()) {
            if (!known.contains(kp)) {
                throw new FieldRuleViolationException("knowledgePoints", "assessment.error.knowledgePointUnknown", kp);
            }
        }
        return new ItemDraft(draft.stage(), draft.subject(), draft.grade(), draft.difficulty(), draft.source(),
                draft.sharing(), draft.knowledgePoints(), content);
    }

    /** The node a new item is filed under: the school the caller teaches at or runs, else their bureau. */
    private OrgNodeView owner(Scope scope) {
        return scope.grants().stream()
                .filter(g -> AUTHORING_ROLES.contains(g.role()) && g.path().depth() > 0)
                .sorted(java.util.Comparator.comparingInt((Scope.Grant g) -> -g.path().depth()))
                .map(g -> g.path().ids().getLast()).distinct()
                .flatMap(id -> tenancy.find(id).stream()).findFirst()
                .orElseThrow(() -> new ForbiddenException("assessment.error.mayNotAuthor"));
    }

    private void audit(Scope scope, String action, long id, OrgPath where) {
        events.publishEvent(new AuditableActionOccurred(scope.userId(), action, "#" + id, where, null));
    }

    /** Rejects a request that is not the caller's to make, before any work. */
    static void requireAuthor(Scope scope) {
        if (scope.grants().stream().noneMatch(g -> AUTHORING_ROLES.contains(g.role()))) {
            throw new RuleViolationException("assessment.error.mayNotAuthor");
        }
    }
}
