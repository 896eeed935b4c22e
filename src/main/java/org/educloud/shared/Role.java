package org.educloud.shared;

/** What a grant lets its holder do at the org node it is attached to, and below. */
public enum Role {
    PLATFORM_OPERATOR(Reach.ADMINISTRATIVE),
    REGION_ADMIN(Reach.ADMINISTRATIVE),
    DISTRICT_ADMIN(Reach.ADMINISTRATIVE),
    SCHOOL_ADMIN(Reach.ADMINISTRATIVE),
    TEACHER(Reach.MEMBER),
    STUDENT(Reach.MEMBER),
    PARENT(Reach.MEMBER),
    /** A bureau's operation-and-maintenance staff (运维人员): networks, equipment and tickets of their district. */
    OPERATIONS_STAFF(Reach.ORG_TREE),
    /** An outside service company's account (服务商): only the tickets assigned to its company. */
    VENDOR(Reach.ASSIGNED_ONLY);

    /**
     * How far a grant reaches into the data below its node. Operations staff and vendors work for the schools
     * without being part of them, so their grants must never open the schools' people (students, guardians, staff)
     * to them: only the modules that serve them look at those grants, by role.
     */
    public enum Reach {
        /** Sees and manages everything below the node. */
        ADMINISTRATIVE,
        /** Sees what their own place in the school shows them (their classes, their children). */
        MEMBER,
        /** Sees the org tree below the node (schools' names, networks, equipment), never its people. */
        ORG_TREE,
        /** Sees nothing by place, only what is assigned to them by name. */
        ASSIGNED_ONLY
    }

    private final Reach reach;

    Role(Reach reach) {
        this.reach = reach;
    }

    public Reach reach() {
        return reach;
    }

    /** Administrative roles manage the org subtree they are granted on. */
    public boolean administrative() {
        return reach == Reach.ADMINISTRATIVE;
    }

    /** Whether the grant opens the data of the people below its node at all (subject to each module's rules). */
    public boolean seesPeople() {
        return reach == Reach.ADMINISTRATIVE || reach == Reach.MEMBER;
    }

    /** Whether the grant shows the org nodes below it. */
    public boolean seesOrgTree() {
        return reach != Reach.ASSIGNED_ONLY;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
