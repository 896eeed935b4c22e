package org.educloud.shared;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the caller may see and do: their role grants, each on an org node's path. Resolved once per request
 * and passed explicitly to every query of owned data, so no query can forget to filter.
 */
public record Scope(UserId userId, List<Grant> grants) {

    /** One role granted on one org node; a platform operator's grant sits on {@link OrgPath#ROOT}. */
    public record Grant(Role role, OrgPath path) {
    }

    public Scope {
        grants = List.copyOf(grants);
    }

    /** The installation itself, acting before or without any person: first-start seeding and bootstrap. */
    public static Scope installation() {
        return new Scope(new UserId(0), List.of(new Grant(Role.PLATFORM_OPERATOR, OrgPath.ROOT)));
    }

    /** Whether this is the installation acting by itself (seeding, scheduled work), which has no account. */
    public boolean isInstallation() {
        return userId.value() == 0;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isOperator() {
        return has(Role.PLATFORM_OPERATOR);
    }

    public boolean isAdministrator() {
        return grants.stream().anyMatch(g -> g.role().administrative());
    }

    /** Paths under which the caller administers everything. */
    public Set<OrgPath> adminPaths() {
        return paths(Role::administrative);
    }

    /**
     * Paths under which the caller sees at least something of the people there (their school, their bureau).
     * Operations staff and vendors are left out: their grants never open a school's people.
     */
    public Set<OrgPath> visiblePaths() {
        return paths(Role::seesPeople);
    }

    /** Paths under which the caller sees the org tree (schools' names and places), people or not. */
    public Set<OrgPath> orgTreePaths() {
        return paths(Role::seesOrgTree);
    }

    public boolean canSeeOrgTree(OrgPath target) {
        return orgTreePaths().stream().anyMatch(p -> p.contains(target));
    }

    public boolean canAdminister(OrgPath target) {
        return adminPaths().stream().anyMatch(p -> p.contains(target));
    }

    public boolean canSee(OrgPath target) {
        return visiblePaths().stream().anyMatch(p -> p.contains(target));
    }

    public boolean holds(Role role, OrgPath target) {
        return grants.stream().anyMatch(g -> g.role() == role && g.path().contains(target));
    }

    private Set<OrgPath> paths(Predicate<Role> counted) {
        Set<OrgPath> paths = new LinkedHashSet<>();
        for (Grant grant : grants) {
            if (counted.test(grant.role())) {
                paths.add(grant.path());
            }
        }
        return minimal(paths);
    }

    /** Drops paths already covered by another, so a query gets the fewest prefixes. */
    private static Set<OrgPath> minimal(Set<OrgPath> paths) {
        Set<OrgPath> result = new LinkedHashSet<>();
        for (OrgPath path : paths) {
            boolean covered = paths.stream().anyMatch(other -> !other.equals(path) && other.contains(path));
            if (!covered) {
                result.add(path);
            }
        }
        return result;
    }
}
