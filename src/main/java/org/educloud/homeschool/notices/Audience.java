package org.educloud.homeschool.notices;

/** Whom a notice is for: chosen classes (a teacher's own), whole grades, or every class of a school (its admins). */
public enum Audience {
    CLASSES, GRADES, SCHOOL
}
