package org.educloud.tenancy;

/** 学段: the stages a school teaches; a combined (九年一贯制) school offers several. */
public enum Stage {
    PRIMARY, JUNIOR, SENIOR
}
