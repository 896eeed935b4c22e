package org.educloud.development.programmes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A teacher in a programme: the sessions they attended and the hours those add up to, the programme's courses they
 * completed and its tasks accepted with the hours those count, and when they completed the programme.
 */
public record Participant(long account, String name, long schoolId, Set<Long> attended, BigDecimal attendedHours,
                          Set<Long> completedCourses, BigDecimal courseHours, Set<Long> acceptedTasks,
                          BigDecimal taskHours, @Nullable Instant completedAt) {

    public boolean attendedSession(long session) {
        return attended.contains(session);
    }

    public boolean completedCourse(long course) {
        return completedCourses.contains(course);
    }

    public boolean acceptedTask(long task) {
        return acceptedTasks.contains(task);
    }

    /** Hours toward a rule of hours: sessions attended, courses completed and tasks accepted. */
    public BigDecimal hours() {
        return attendedHours.add(courseHours).add(taskHours);
    }

    public boolean completed() {
        return completedAt != null;
    }
}
