package org.educloud.tenancy;

/** The national statistical locality of a school: 城区 / 镇区 / 乡村. */
public enum Locality {
    URBAN, TOWN, RURAL
}
