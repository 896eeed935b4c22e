package org.educloud.library;

/** What kind of teaching material a resource is. */
public enum ResourceType {
    COURSEWARE, LESSON_PLAN, MICRO_LECTURE, AUDIO, DOCUMENT, IMAGE, EXERCISE_SET, LINK
}
