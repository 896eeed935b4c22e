package org.educloud.roster;

/** The specialism the balance indicators count: PE, music and fine-art teachers. */
public enum Specialist {
    NONE, PE, MUSIC, FINE_ART
}
