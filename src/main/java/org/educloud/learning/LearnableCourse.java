package org.educloud.learning;

/** A published course a training programme may enrol teachers in: its title, who built it and its lessons. */
public record LearnableCourse(CourseId id, String title, String ownerName, int lessons) {
}
