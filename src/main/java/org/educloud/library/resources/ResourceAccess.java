package org.educloud.library.resources;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;

/**
 * Who may see and do what with a resource. A published resource is seen inside the node it is shared with and by
 * the bureaus above it; its author always sees it; admins over its owner see it from submission on (they review
 * it). Private resources are their author's alone. Lists use {@link #sql} so they apply the same rule in the
 * database that {@link #canSee} applies to one resource.
 */
public final class ResourceAccess {

    private static final Set<Role> BUREAU_REVIEWERS = Set.of(Role.PLATFORM_OPERATOR, Role.REGION_ADMIN,
            Role.DISTRICT_ADMIN);

    private ResourceAccess() {
    }

    public static boolean canSee(@Nullable Scope scope, Resource r) {
        if (r.status() == ReviewStatus.PUBLISHED && r.sharing() == Sharing.PUBLIC) {
            return true;
        }
        if (scope == null) {
            return false;
        }
        if (isAuthor(scope, r)) {
            return true;
        }
        if (r.sharing() == Sharing.PRIVATE) {
            return false;
        }
        if (r.status() == ReviewStatus.PUBLISHED && scope.visiblePaths().stream()
                .anyMatch(p -> p.contains(r.sharePath()) || r.sharePath().contains(p))) {
            return true;
        }
        return r.status() != ReviewStatus.DRAFT && scope.canAdminister(r.ownerPath());
    }

    public static boolean isAuthor(Scope scope, Resource r) {
        return r.authorId().equals(scope.userId());
    }

    /** School review: an admin over the owner who is not the author. */
    public static boolean canSchoolReview(Scope scope, Resource r) {
        return r.status() == ReviewStatus.SUBMITTED && !isAuthor(scope, r) && scope.canAdminister(r.ownerPath());
    }

    /** Bureau review: a bureau admin over the node the resource is reviewed at, not the author. */
    public static boolean canBureauReview(Scope scope, Resource r) {
        return r.status() == ReviewStatus.SCHOOL_APPROVED && !isAuthor(scope, r) && bureauReviewer(scope, r);
    }

    public static boolean canFeature(Scope scope, Resource r) {
        return r.status() == ReviewStatus.PUBLISHED && r.sharing().needsBureauReview() && bureauReviewer(scope, r);
    }

    public static boolean canWithdraw(Scope scope, Resource r) {
        return (r.status().awaitingReview() || r.status() == ReviewStatus.PUBLISHED)
                && (isAuthor(scope, r) || scope.canAdminister(r.ownerPath()));
    }

    private static boolean bureauReviewer(Scope scope, Resource r) {
        return scope.grants().stream().anyMatch(g -> BUREAU_REVIEWERS.contains(g.role())
                && g.path().contains(r.reviewPath()));
    }

    /** Paths of the nodes where the caller's bureau-review grants sit, for the review queue. */
    static List<String> bureauReviewLikes(Scope scope) {
        return scope.grants().stream().filter(g -> BUREAU_REVIEWERS.contains(g.role()))
                .map(g -> g.path().likePattern()).distinct().toList();
    }

    /**
     * The visibility rule as a SQL condition on {@code r} (library.resource), with its parameters bound by name:
     * {@code me}, {@code shareIn} (the caller's nodes and their ancestors), {@code shareBelow} and
     * {@code ownerBelow} (LIKE patterns).
     */
    static Condition sql(@Nullable Scope scope) {
        if (scope == null) {
            return new Condition("(r.status = 'PUBLISHED' AND r.sharing = 'PUBLIC')", 0L, new String[0],
                    new String[0], new String[0]);
        }
        String[] shareIn = reach(scope);
        String[] shareBelow = scope.visiblePaths().stream().map(OrgPath::likePattern).toArray(String[]::new);
        String[] ownerBelow = scope.adminPaths().stream().map(OrgPath::likePattern).toArray(String[]::new);
        String condition = "(r.author_id = :me"
                + " OR (r.status = 'PUBLISHED' AND r.sharing <> 'PRIVATE' AND (r.share_path = ANY(CAST(:shareIn AS text[]))"
                + " OR r.share_path LIKE ANY(CAST(:shareBelow AS text[]))))"
                + " OR (r.status <> 'DRAFT' AND r.sharing <> 'PRIVATE' AND r.owner_path LIKE ANY(CAST(:ownerBelow AS text[]))))";
        return new Condition(condition, scope.userId().value(), shareIn, shareBelow, ownerBelow);
    }

    /** The caller's nodes and every node above them: what is shared or catalogued there reaches the caller. */
    public static String[] reach(Scope scope) {
        Set<String> paths = new LinkedHashSet<>();
        paths.add(OrgPath.ROOT.value());
        for (OrgPath path : scope.visiblePaths()) {
            StringBuilder prefix = new StringBuilder("/");
            for (var id : path.ids()) {
                prefix.append(id.value()).append('/');
                paths.add(prefix.toString());
            }
        }
        return paths.toArray(String[]::new);
    }

    record Condition(String sql, long me, String[] shareIn, String[] shareBelow, String[] ownerBelow) {

        org.springframework.jdbc.core.simple.JdbcClient.StatementSpec bind(
                org.springframework.jdbc.core.simple.JdbcClient.StatementSpec spec) {
            return spec.param("me", me).param("shareIn", shareIn).param("shareBelow", shareBelow)
                    .param("ownerBelow", ownerBelow);
        }
    }
}
