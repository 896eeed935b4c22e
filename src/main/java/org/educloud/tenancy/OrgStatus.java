package org.educloud.tenancy;

/** A closed node keeps its history; it just takes no new members. */
public enum OrgStatus {
    ACTIVE, CLOSED
}
