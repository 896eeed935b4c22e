package org.educloud.learning.courses;

import java.util.List;
import org.educloud.learning.AssignmentView;
import org.educloud.library.ResourceView;
import org.educloud.roster.SchoolClassView;
import org.jspecify.annotations.Nullable;

/**
 * A course's page for one reader: its units and lessons, the resources of each lesson the reader may open, the
 * assignments of the reader's classes set in each lesson, and what the reader may do.
 *
 * @param attachable the caller's taught classes the course could still be attached to
 * @param maySetWork the caller teaches a class the course is attached to, so may set its work in a lesson
 * @param completed  for a student: every lesson marked learnt
 */
public record CourseDetail(CourseView course, String description, List<Unit> units, boolean mayEdit,
                           List<SchoolClassView> attachable, boolean maySetWork, boolean mayMarkDone,
                           boolean completed) {

    public record Unit(long id, String title, List<Lesson> lessons) {
    }

    public record Lesson(long id, String title, String body, List<ResourceView> resources, int hiddenResources,
                         @Nullable String linkUrl, List<AssignmentView> assignments, boolean done) {
    }
}
