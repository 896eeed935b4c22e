package org.educloud.learning;

/**
 * How far a published course reaches. Beyond its owner's own classes, teachers of the school, the district or the
 * region may attach it to their classes (名师课堂: a master teacher's course used by rural classes).
 */
public enum CourseSharing {
    /** Only the classes its owner attaches it to. */
    OWN_CLASSES,
    SCHOOL,
    DISTRICT,
    REGION
}
