package org.educloud.learning;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.access.Caller;
import org.educloud.learning.access.Callers;
import org.educloud.learning.courses.CourseRow;
import org.educloud.learning.courses.CourseStatus;
import org.educloud.learning.courses.CourseStore;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.RichText;
import org.educloud.roster.ClassId;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building courses: a teacher creates one at the school where they teach, adds units and lessons, orders them,
 * publishes, and shares it as far as they choose; teachers attach their own or a shared course to the classes
 * they teach.
 */
@Service
@Transactional
public class Courses {

    private final CourseStore store;
    private final Callers callers;
    private final ResourceLibrary library;
    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final Clock clock;

    Courses(CourseStore store, Callers callers, ResourceLibrary library, TenancyManagement tenancy,
            IdentityManagement identity, Clock clock) {
        this.store = store;
        this.callers = callers;
        this.library = library;
        this.tenancy = tenancy;
        this.identity = identity;
        this.clock = clock;
    }

    /** A new draft course, owned at the school of the first class the caller teaches. */
    public CourseId create(Scope scope, CourseDraft draft) {
        Caller caller = callers.of(scope);
        SchoolClassView first = caller.taught().values().stream().findFirst()
                .orElseThrow(() -> new ForbiddenException("learning.error.notATeacher"));
        var school = tenancy.find(first.schoolId()).orElseThrow();
        return CourseId.of(store.insert(new CourseRow(0, school.id(), school.path(), caller.account(),
                identity.self(scope.userId()).displayName(), draft.title().strip(),
                RichText.sanitised(draft.description()), draft.subject(), draft.grade(), CourseStatus.DRAFT,
                draft.sharing(), sharePath(school.path(), draft.sharing()), Instant.EPOCH), clock.instant()));
    }

    public void revise(Scope scope, CourseId courseId, CourseDraft draft) {
        long id = courseId.value();
        CourseRow course = owned(scope, id);
        store.revise(id, draft.title().strip(), RichText.sanitised(draft.description()), draft.subject(),
                draft.grade(), draft.sharing(), sharePath(course.schoolPath(), draft.sharing()), clock.instant());
    }

    public void publish(Scope scope, CourseId courseId) {
        long id = courseId.value();
        owned(scope, id);
        if (store.lessons(id).isEmpty()) {
            throw new RuleViolationException("learning.error.courseEmpty");
        }
        store.publish(id, clock.instant());
    }

    public UnitId addUnit(Scope scope, CourseId courseId, String title) {
        owned(scope, courseId.value());
        return UnitId.of(store.addUnit(courseId.value(), checkedTitle(title)));
    }

    public LessonId addLesson(Scope scope, CourseId course, UnitId unit, LessonDraft draft) {
        long courseId = course.value();
        owned(scope, courseId);
        if (store.units(courseId).stream().noneMatch(u -> u.id() == unit.value())) {
            throw new NotFoundException("learning.error.unitNotFound");
        }
        List<Long> resources = checkedResources(scope, draft.resourceIds());
        return LessonId.of(store.addLesson(courseId, unit.value(), checkedTitle(draft.title()),
                RichText.sanitised(draft.body()), resources, checkedLink(draft.linkUrl())));
    }

    public void reviseLesson(Scope scope, CourseId courseId, LessonId lessonId, LessonDraft draft) {
        owned(scope, courseId.value());
        lessonOf(courseId.value(), lessonId);
        store.reviseLesson(lessonId.value(), checkedTitle(draft.title()), RichText.sanitised(draft.body()),
                checkedResources(scope, draft.resourceIds()), checkedLink(draft.linkUrl()));
    }

    /** The lesson as its form starts from. */
    @Transactional(readOnly = true)
    public LessonDraft lessonDraft(Scope scope, CourseId courseId, LessonId lessonId) {
        owned(scope, courseId.value());
        CourseStore.LessonRow lesson = lessonOf(courseId.value(), lessonId);
        return new LessonDraft(lesson.title(), lesson.body(), lesson.resourceIds().stream().map(ResourceId::of).toList(),
                lesson.linkUrl());
    }

    /** The course as its form starts from. */
    @Transactional(readOnly = true)
    public CourseDraft draft(Scope scope, CourseId courseId) {
        CourseRow c = owned(scope, courseId.value());
        return new CourseDraft(c.title(), c.description(), c.subject(), c.grade(), c.sharing());
    }

    public void moveUnit(Scope scope, CourseId courseId, UnitId unitId, boolean earlier) {
        owned(scope, courseId.value());
        store.move("course_unit", "course_id", courseId.value(), unitId.value(), earlier);
    }

    public void moveLesson(Scope scope, CourseId courseId, LessonId lessonId, boolean earlier) {
        owned(scope, courseId.value());
        CourseStore.LessonRow lesson = lessonOf(courseId.value(), lessonId);
        store.move("lesson", "unit_id", lesson.unitId(), lessonId.value(), earlier);
    }

    /**
     * Attaches the course to classes the caller teaches: their own course, or a published one shared with each
     * class's school. Answers how many classes were newly attached.
     */
    public int attach(Scope scope, CourseId course, List<ClassId> classIds) {
        long courseId = course.value();
        Caller caller = callers.of(scope);
        CourseRow row = store.find(courseId).orElseThrow(() -> new NotFoundException("learning.error.courseNotFound"));
        int attached = 0;
        for (ClassId id : classIds) {
            long classId = id.value();
            SchoolClassView schoolClass = caller.taught().get(classId);
            if (schoolClass == null) {
                throw new ForbiddenException("learning.error.notYourClass");
            }
            OrgPath school = tenancy.find(schoolClass.schoolId()).orElseThrow().path();
            boolean own = row.ownerAccount() == caller.account();
            if (!own && !row.sharedWith(school)) {
                throw new NotFoundException("learning.error.courseNotFound");
            }
            if (!row.published() && !own) {
                throw new NotFoundException("learning.error.courseNotFound");
            }
            if (store.attach(courseId, classId, schoolClass.name(), school, caller.account(), clock.instant())) {
                attached++;
            }
        }
        return attached;
    }

    CourseRow owned(Scope scope, long id) {
        CourseRow course = store.find(id).orElseThrow(() -> new NotFoundException("learning.error.courseNotFound"));
        if (course.ownerAccount() != scope.userId().value()) {
            if (scope.canSee(course.schoolPath())) {
                throw new ForbiddenException("learning.error.notYourCourse");
            }
            throw new NotFoundException("learning.error.courseNotFound");
        }
        return course;
    }

    private CourseStore.LessonRow lessonOf(long courseId, LessonId lessonId) {
        return store.lesson(lessonId.value()).filter(l -> l.courseId() == courseId)
                .orElseThrow(() -> new NotFoundException("learning.error.lessonNotFound"));
    }

    private List<Long> checkedResources(Scope scope, @Nullable List<ResourceId> ids) {
        List<ResourceId> wanted = ids == null ? List.of() : ids.stream().distinct().toList();
        if (library.visible(scope, wanted).size() != wanted.size()) {
            throw new RuleViolationException("learning.error.resourceNotVisible");
        }
        return wanted.stream().map(ResourceId::value).toList();
    }

    private static String checkedTitle(@Nullable String title) {
        if (title == null || title.isBlank() || title.strip().length() > 120) {
            throw new RuleViolationException("learning.error.titleRequired");
        }
        return title.strip();
    }

    private static @Nullable String checkedLink(@Nullable String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw new RuleViolationException("learning.error.linkInvalid");
    }

    /** The node a sharing reaches: the school itself, its district, or its region. */
    static OrgPath sharePath(OrgPath school, CourseSharing sharing) {
        List<OrgId> ids = school.ids();
        int keep = switch (sharing) {
            case OWN_CLASSES, SCHOOL -> ids.size();
            case DISTRICT -> ids.size() - 1;
            case REGION -> ids.size() - 2;
        };
        OrgPath path = OrgPath.ROOT;
        for (OrgId id : ids.subList(0, Math.max(1, keep))) {
            path = path.child(id);
        }
        return path;
    }
}
