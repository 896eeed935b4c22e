package org.educloud.learning.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.educloud.learning.AssignmentView;
import org.educloud.learning.CourseCompleted;
import org.educloud.learning.CourseId;
import org.educloud.learning.TeacherCourseCompleted;
import org.educloud.learning.access.Caller;
import org.educloud.learning.access.Callers;
import org.educloud.learning.assignments.AssignmentStore;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceView;
import org.educloud.records.LearningActivity;
import org.educloud.records.LearningObjectKind;
import org.educloud.records.LearningVerb;
import org.educloud.roster.ClassId;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading courses: the caller's courses and those shared with their school, a course's page as the reader may
 * see it, a student marking lessons learnt (completing the course), and opening a lesson's resource, which the
 * learning record store hears of.
 */
@Service
@Transactional(readOnly = true)
public class CourseReading {

    private final CourseStore store;
    private final TeacherLearnerStore teacherLearners;
    private final AssignmentStore assignments;
    private final Callers callers;
    private final ResourceLibrary library;
    private final TenancyManagement tenancy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourseReading(CourseStore store, TeacherLearnerStore teacherLearners, AssignmentStore assignments,
                  Callers callers, ResourceLibrary library, TenancyManagement tenancy,
                  ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.teacherLearners = teacherLearners;
        this.assignments = assignments;
        this.callers = callers;
        this.library = library;
        this.tenancy = tenancy;
        this.events = events;
        this.clock = clock;
    }

    /** Courses the caller owns, or that are attached to classes they teach or follow; for admins, their reach. */
    public List<CourseView> mine(Scope scope) {
        Caller caller = callers.of(scope);
        Set<Long> classes = new HashSet<>(caller.taught().keySet());
        caller.followed().forEach(s -> s.classIds().forEach(c -> classes.add(c.value())));
        List<CourseRow> rows = new ArrayList<>(store.ownedOrAttached(caller.account(), classes));
        if (scope.isAdministrator()) {
            store.under(scope.adminPaths()).stream().filter(r -> rows.stream().noneMatch(o -> o.id() == r.id()))
                    .forEach(rows::add);
        }
        return views(rows);
    }

    /** Published courses of other teachers shared with the schools where the caller teaches (名师课堂). */
    public List<CourseView> shared(Scope scope) {
        Caller caller = callers.of(scope);
        return views(store.sharedWith(caller.account(), schools(caller)));
    }

    public CourseDetail detail(Scope scope, long courseId) {
        Caller caller = callers.of(scope);
        CourseRow course = readable(caller, courseId);
        Map<Long, String> attached = store.classes(List.of(courseId)).getOrDefault(courseId, Map.of());
        Set<Long> readerClasses = readerClasses(caller, attached.keySet());
        FollowedStudent learner = learner(caller, attached.keySet());
        boolean teacherLearner = learner == null && teacherLearner(caller, course);
        Set<Long> done = learner != null ? new HashSet<>(store.doneLessons(courseId, learner.studentId().value()))
                : teacherLearner ? new HashSet<>(teacherLearners.doneLessons(courseId, caller.account())) : Set.of();
        List<CourseStore.LessonRow> lessons = store.lessons(courseId);
        Map<Long, List<AssignmentView>> work = new java.util.HashMap<>();
        Instant now = clock.instant();
        // teachers see their classes' drafts too; students and parents what is open
        assignments.ofLessons(lessons.stream().map(CourseStore.LessonRow::id).toList(), readerClasses, true)
                .stream().filter(a -> caller.teaches(a.classId()) || a.open(now))
                .forEach(a -> work.computeIfAbsent(a.lessonId(), id -> new ArrayList<>())
                        .add(assignments.view(a, 0, null)));
        List<CourseDetail.Unit> units = new ArrayList<>();
        for (CourseStore.UnitRow unit : store.units(courseId)) {
            List<CourseDetail.Lesson> unitLessons = new ArrayList<>();
            for (CourseStore.LessonRow lesson : lessons.stream().filter(l -> l.unitId() == unit.id()).toList()) {
                List<ResourceView> visible = library.visible(scope,
                        lesson.resourceIds().stream().map(ResourceId::of).toList());
                unitLessons.add(new CourseDetail.Lesson(lesson.id(), lesson.title(), lesson.body(), visible,
                        lesson.resourceIds().size() - visible.size(), lesson.linkUrl(),
                        work.getOrDefault(lesson.id(), List.of()), done.contains(lesson.id())));
            }
            units.add(new CourseDetail.Unit(unit.id(), unit.title(), unitLessons));
        }
        List<SchoolClassView> attachable = caller.taught().values().stream()
                .filter(c -> !attached.containsKey(c.id().value()))
                .filter(c -> course.ownerAccount() == caller.account()
                        || course.sharedWith(tenancy.find(c.schoolId()).orElseThrow().path()))
                .toList();
        return new CourseDetail(views(List.of(course)).getFirst(), course.description(), units,
                course.ownerAccount() == caller.account(), attachable,
                attached.keySet().stream().anyMatch(caller::teaches),
                (learner != null || teacherLearner) && course.published(),
                (learner != null || teacherLearner) && !lessons.isEmpty() && done.size() == lessons.size());
    }

    /**
     * A student (or a teacher a training programme enrolled) marks a lesson learnt; the last one completes the
     * course.
     */
    @Transactional
    public void markDone(Scope scope, long courseId, long lessonId) {
        Caller caller = callers.of(scope);
        CourseRow course = readable(caller, courseId);
        Map<Long, String> attached = store.classes(List.of(courseId)).getOrDefault(courseId, Map.of());
        FollowedStudent learner = learner(caller, attached.keySet());
        boolean teacherLearner = learner == null && teacherLearner(caller, course);
        if ((learner == null && !teacherLearner) || !course.published()) {
            throw new ForbiddenException("learning.error.onlyStudentsLearn");
        }
        CourseStore.LessonRow lesson = store.lesson(lessonId).filter(l -> l.courseId() == courseId)
                .orElseThrow(() -> new NotFoundException("learning.error.lessonNotFound"));
        if (learner == null) {
            // a teacher learns for a programme: no class, no student statement for the LRS
            Instant now = clock.instant();
            if (teacherLearners.markDone(lessonId, courseId, caller.account(), now)) {
                events.publishEvent(new TeacherCourseCompleted(CourseId.of(courseId), course.title(),
                        scope.userId(), now));
            }
            return;
        }
        long classId = learner.classIds().stream().map(ClassId::value).filter(attached::containsKey).findFirst()
                .orElseThrow();
        Instant now = clock.instant();
        boolean completed = store.markDone(lessonId, courseId, learner.studentId().value(), now);
        events.publishEvent(activity(learner, classId, LearningVerb.EXPERIENCED, LearningObjectKind.LESSON,
                lessonId, lesson.title(), courseId, now));
        if (completed) {
            events.publishEvent(new CourseCompleted(CourseId.of(courseId), course.title(), learner.studentId(),
                    learner.schoolId(), ClassId.of(classId), now));
            events.publishEvent(activity(learner, classId, LearningVerb.COMPLETED, LearningObjectKind.COURSE,
                    courseId, course.title(), courseId, now));
        }
    }

    /** Checks the reader may open a lesson's resource and, for a student, records it; answers the resource id. */
    @Transactional
    public long openResource(Scope scope, long courseId, long lessonId, long resourceId) {
        Caller caller = callers.of(scope);
        readable(caller, courseId);
        store.lesson(lessonId).filter(l -> l.courseId() == courseId).filter(l -> l.resourceIds().contains(resourceId))
                .orElseThrow(() -> new NotFoundException("learning.error.lessonNotFound"));
        List<ResourceView> visible = library.visible(scope, List.of(ResourceId.of(resourceId)));
        if (visible.isEmpty()) {
            throw new NotFoundException("library.error.resourceNotFound");
        }
        Map<Long, String> attached = store.classes(List.of(courseId)).getOrDefault(courseId, Map.of());
        FollowedStudent learner = learner(caller, attached.keySet());
        if (learner != null) {
            long classId = learner.classIds().stream().map(ClassId::value).filter(attached::containsKey).findFirst()
                    .orElseThrow();
            events.publishEvent(activity(learner, classId, LearningVerb.LAUNCHED, LearningObjectKind.RESOURCE,
                    resourceId, visible.getFirst().title(), courseId, clock.instant()));
        }
        return resourceId;
    }

    /**
     * Who may read a course: its owner; teachers of its classes and teachers it is shared with; students and parents
     * of its classes once published; admins over its school or its classes' schools.
     */
    private CourseRow readable(Caller caller, long courseId) {
        CourseRow course = store.find(courseId).orElseThrow(() -> new NotFoundException("learning.error.courseNotFound"));
        if (course.ownerAccount() == caller.account()) {
            return course;
        }
        Set<Long> attached = store.classes(List.of(courseId)).getOrDefault(courseId, Map.of()).keySet();
        boolean teaches = attached.stream().anyMatch(caller::teaches);
        boolean follows = course.published() && caller.followed().stream()
                .anyMatch(s -> s.classIds().stream().map(ClassId::value).anyMatch(attached::contains));
        boolean administers = course.published() && (caller.scope().canAdminister(course.schoolPath())
                || store.classSchools(courseId).stream().anyMatch(p -> caller.scope().canAdminister(p)));
        boolean sharedWithMe = schools(caller).stream().anyMatch(course::sharedWith);
        if (teaches || follows || administers || sharedWithMe || teacherLearner(caller, course)) {
            return course;
        }
        throw new NotFoundException("learning.error.courseNotFound");
    }

    /** A teacher a training programme enrolled in the (published) course. */
    private boolean teacherLearner(Caller caller, CourseRow course) {
        return course.published() && caller.scope().has(Role.TEACHER)
                && teacherLearners.enrolled(course.id(), caller.account());
    }

    private static Set<Long> readerClasses(Caller caller, Set<Long> attached) {
        Set<Long> classes = new LinkedHashSet<>();
        for (long classId : attached) {
            if (caller.teaches(classId) || !caller.followingIn(classId).isEmpty()) {
                classes.add(classId);
            }
        }
        return classes;
    }

    /** The student the caller is, when they are one and attend a class the course is attached to. */
    private static @Nullable FollowedStudent learner(Caller caller, Set<Long> attached) {
        if (!caller.scope().has(Role.STUDENT)) {
            return null;
        }
        return caller.followed().stream()
                .filter(s -> s.classIds().stream().map(ClassId::value).anyMatch(attached::contains))
                .findFirst().orElse(null);
    }

    private List<OrgPath> schools(Caller caller) {
        return caller.taught().values().stream().map(SchoolClassView::schoolId).distinct()
                .map(id -> tenancy.find(id).orElseThrow().path()).toList();
    }

    private List<CourseView> views(List<CourseRow> rows) {
        Map<Long, Map<Long, String>> classes = store.classes(rows.stream().map(CourseRow::id).toList());
        return rows.stream().map(c -> new CourseView(c.id(), c.title(), c.ownerName(), c.subject(), c.grade(),
                c.status(), c.sharing(), List.copyOf(classes.getOrDefault(c.id(), Map.of()).values()),
                c.updatedAt())).toList();
    }

    private static LearningActivity activity(FollowedStudent learner, long classId, LearningVerb verb,
                                             LearningObjectKind kind, long objectId, String name, long courseId,
                                             Instant now) {
        return new LearningActivity(UUID.randomUUID(), learner.studentId().value(), learner.schoolId(),
                ClassId.of(classId), verb,
                new LearningActivity.LearningObject(kind, String.valueOf(objectId), name, null, courseId), null, null,
                now);
    }
}
