package org.educloud.tenancy.orgs;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.educloud.shared.OrgPath;
import org.educloud.tenancy.OrgQuery;
import org.springframework.data.jpa.domain.Specification;

/** Criteria for org-node lists: always limited to the caller's paths, then the optional filters. */
public final class OrgSpecifications {

    private OrgSpecifications() {
    }

    public static Specification<OrgNode> within(Collection<OrgPath> paths) {
        return (root, query, cb) -> {
            if (paths.isEmpty()) {
                return cb.disjunction();
            }
            List<Predicate> any = new ArrayList<>();
            for (OrgPath path : paths) {
                any.add(cb.like(root.get("path"), path.likePattern()));
            }
            return cb.or(any.toArray(Predicate[]::new));
        };
    }

    public static Specification<OrgNode> matching(OrgQuery q) {
        return (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (q.text() != null && !q.text().isBlank()) {
                String text = q.text().strip();
                String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.equal(root.get("schoolCode"), text)));
            }
            if (q.kind() != null) {
                all.add(cb.equal(root.get("kind"), q.kind()));
            }
            if (q.locality() != null) {
                all.add(cb.equal(root.get("locality"), q.locality()));
            }
            if (q.stage() != null) {
                all.add(cb.like(root.get("stagesText"), "%" + q.stage().name() + "%"));
            }
            if (q.status() != null) {
                all.add(cb.equal(root.get("status"), q.status()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
