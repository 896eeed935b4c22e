package org.educloud.learning.courses;

/** A draft is its owner's alone; a published course shows to its classes and, when shared, to other teachers. */
public enum CourseStatus {
    DRAFT, PUBLISHED
}
