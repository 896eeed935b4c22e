package org.educloud.shared;

/** What a grant lets its holder do at the org node it is attached to, and below. */
public enum Role {
    PLATFORM_OPERATOR(true),
    REGION_ADMIN(true),
    DISTRICT_ADMIN(true),
    SCHOOL_ADMIN(true),
    TEACHER(false),
    STUDENT(false),
    PARENT(false);

    private final boolean administrative;

    Role(boolean administrative) {
        this.administrative = administrative;
    }

    /** Administrative roles manage the org subtree they are granted on. */
    public boolean administrative() {
        return administrative;
    }

    /** Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
