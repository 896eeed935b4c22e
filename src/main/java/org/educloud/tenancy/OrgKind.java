package org.educloud.tenancy;

/** The three levels of the org tree. */
public enum OrgKind {
    REGION, DISTRICT, SCHOOL;

    /** What kind of node may sit directly below one of this kind. */
    public boolean mayContain(OrgKind child) {
        return switch (this) {
            case REGION -> child == DISTRICT;
            case DISTRICT -> child == SCHOOL;
            case SCHOOL -> false;
        };
    }
}
