package org.educloud.roster;

/** A teacher's professional title (职称): 未定级, 三级 … 正高级. */
public enum ProfessionalTitle {
    UNRANKED, THIRD, SECOND, FIRST, SENIOR, PROFESSOR
}
