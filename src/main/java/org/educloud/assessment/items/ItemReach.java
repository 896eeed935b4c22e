package org.educloud.assessment.items;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;

/**
 * The items a teacher or administrator may use: their own, everything filed under a node they administer (their
 * bank to manage and review), and items published and shared at one of their nodes or a node above it (the school,
 * district or region bank); a private item is its author's alone. Students and parents reach no items: an item
 * carries its answer.
 */
public record ItemReach(long account, Set<String> adminPatterns, Set<String> sharedAt) {

    public static ItemReach of(Scope scope) {
        Set<String> admin = new LinkedHashSet<>();
        scope.adminPaths().forEach(p -> admin.add(p.likePattern()));
        Set<String> shared = new LinkedHashSet<>();
        for (Scope.Grant grant : scope.grants()) {
            if (grant.role() == Role.TEACHER || grant.role().administrative()) {
                shared.addAll(lineage(grant.path()));
            }
        }
        return new ItemReach(scope.userId().value(), admin, shared);
    }

    /** A path and every path above it: the banks a member of that node draws from. */
    public static List<String> lineage(OrgPath path) {
        List<String> lineage = new java.util.ArrayList<>();
        lineage.add(OrgPath.ROOT.value());
        StringBuilder prefix = new StringBuilder("/");
        for (var id : path.ids()) {
            prefix.append(id.value()).append('/');
            lineage.add(prefix.toString());
        }
        return lineage;
    }

    public boolean reachesAny() {
        return !adminPatterns.isEmpty() || !sharedAt.isEmpty();
    }

    /** Whether the caller may use (read, add to a quiz) this item. */
    public boolean reaches(ItemView item) {
        return item.authorAccount() == account
                || item.sharing() != Sharing.PRIVATE
                && adminPatterns.stream().anyMatch(p -> item.ownerPath().startsWith(p.substring(0, p.length() - 1)))
                || item.status() == ReviewStatus.PUBLISHED && item.sharing() != Sharing.PRIVATE
                && sharedAt.contains(sharePathOf(item));
    }

    private static String sharePathOf(ItemView item) {
        return item.sharePath();
    }

    /** The reach as a condition on {@code assessment.item i}, its values appended to {@code params}. */
    public String sql(List<Object> params) {
        params.add(account);
        params.add(adminPatterns.toArray(String[]::new));
        params.add(sharedAt.toArray(String[]::new));
        return "(i.author_account = ? OR (i.sharing <> 'PRIVATE' AND i.owner_path LIKE ANY (?)) "
                + "OR (i.status = 'PUBLISHED' AND i.sharing <> 'PRIVATE' AND i.share_path = ANY (?)))";
    }
}
