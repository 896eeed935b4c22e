package org.educloud.learning;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies one lesson of a course, as other modules receive it from learning's facades (an assignment set in a
 * lesson, a teacher-learner marking a lesson learnt, a tool placed in a lesson). Serialises as the bare number and
 * prints as it, so links, forms and JSON stay what they were when the id was a {@code long}.
 */
public record LessonId(@JsonValue long value) implements java.io.Serializable {

    public static LessonId of(long value) {
        return new LessonId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
