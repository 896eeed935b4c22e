package org.educloud.learning;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.educloud.learning.courses.CourseReading;
import org.educloud.learning.courses.CourseRow;
import org.educloud.learning.courses.CourseStore;
import org.educloud.learning.courses.TeacherLearnerStore;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers as learners, for training programmes (teacher development): which published courses a node's programme
 * may use — those whose sharing reaches every school under the node, so each teacher the programme admits may find
 * them anyway — enrolling a teacher, and their progress. An enrolled teacher reads the course and marks its lessons
 * learnt on the course page; the last one publishes {@link TeacherCourseCompleted}.
 */
@Service
@Transactional
public class TeacherLearners {

    private final TeacherLearnerStore learners;
    private final CourseStore courses;
    private final CourseReading reading;
    private final Clock clock;

    TeacherLearners(TeacherLearnerStore learners, CourseStore courses, CourseReading reading, Clock clock) {
        this.learners = learners;
        this.courses = courses;
        this.reading = reading;
        this.clock = clock;
    }

    /** The courses a programme run by a node the caller administers may use. */
    @Transactional(readOnly = true)
    public List<LearnableCourse> reaching(Scope admin, OrgPath node) {
        if (!admin.canAdminister(node)) {
            return List.of();
        }
        return learners.reaching(node).stream().map(this::learnable).toList();
    }

    /** One course a programme of the node may use, else not found. */
    @Transactional(readOnly = true)
    public LearnableCourse reaching(Scope admin, OrgPath node, CourseId course) {
        return courses.find(course.value())
                .filter(c -> admin.canAdminister(node) && c.sharedWith(node))
                .map(this::learnable)
                .orElseThrow(() -> new NotFoundException("learning.error.courseNotFound"));
    }

    /**
     * Enrols a teacher in a published course as a learner; again is a no-op. The programme decides who: learning
     * only refuses a course that is gone or not published.
     */
    public void enrol(UserId teacher, CourseId course) {
        CourseRow row = courses.find(course.value()).filter(CourseRow::published)
                .orElseThrow(() -> new NotFoundException("learning.error.courseNotFound"));
        learners.enrol(row.id(), teacher.value(), clock.instant());
    }

    /**
     * The caller, a teacher enrolled as a learner, marks a lesson of the course learnt, as on the course page; the last
     * one publishes {@link TeacherCourseCompleted} once.
     */
    public void markLearnt(Scope teacher, CourseId course, LessonId lesson) {
        reading.markDone(teacher, course.value(), lesson.value());
    }

    /** The teacher's progress in those of the courses they are enrolled in. */
    @Transactional(readOnly = true)
    public Map<CourseId, LearnerProgress> progress(UserId teacher, Collection<CourseId> courseIds) {
        return learners.standings(teacher.value(), courseIds.stream().map(CourseId::value).toList()).stream()
                .map(s -> new LearnerProgress(CourseId.of(s.courseId()), s.lessons(), s.done(), s.completedAt()))
                .collect(Collectors.toMap(LearnerProgress::course, Function.identity()));
    }

    private LearnableCourse learnable(CourseRow row) {
        return new LearnableCourse(CourseId.of(row.id()), row.title(), row.ownerName(), courses.lessons(row.id()).size());
    }
}
