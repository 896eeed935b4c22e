package org.educloud.integration.lti.links;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.integration.lti.grades.LineItems;
import org.educloud.integration.lti.grades.ToolLineItem;
import org.educloud.integration.lti.tools.LtiTool;
import org.educloud.integration.lti.tools.ToolStore;
import org.educloud.learning.CourseId;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonId;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher places a tool registered for their school (or a bureau above) in a class they teach: as an item of a
 * lesson of their own course, or as an assignment with a line item in the class's gradebook. Everyone of the class
 * sees its placements; nobody else sees the class.
 */
@Service
@Transactional
public class Placements {

    private final LinkStore links;
    private final ToolStore tools;
    private final ClassAccess access;
    private final LineItems lineItems;
    private final Courses courses;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final Clock clock;

    Placements(LinkStore links, ToolStore tools, ClassAccess access, LineItems lineItems, Courses courses,
               RosterDirectory roster, TenancyManagement tenancy, Clock clock) {
        this.links = links;
        this.tools = tools;
        this.access = access;
        this.lineItems = lineItems;
        this.courses = courses;
        this.roster = roster;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    public LtiLink addAssignment(Scope scope, long classId, long toolId, String title, @Nullable BigDecimal maxScore) {
        ClassAccess.ClassContext context = taught(scope, classId);
        LtiTool tool = placeable(context, toolId);
        if (maxScore == null) {
            throw new RuleViolationException("integration.lti.error.scoreMaximum");
        }
        LtiLink link = insert(scope, context, tool, LtiLink.Kind.ASSIGNMENT, null, null, checkedTitle(title), null);
        lineItems.create(tool.id(), classId, link.id(), link.title(), maxScore, String.valueOf(link.id()), null,
                ToolLineItem.Origin.PLATFORM);
        return link;
    }

    /** A lesson item; the title defaults to the lesson's. The lesson must be one of the teacher's own courses. */
    public LtiLink addLessonItem(Scope scope, long classId, long toolId, long courseId, long lessonId,
                                 @Nullable String title, @Nullable String targetLinkUri) {
        ClassAccess.ClassContext context = taught(scope, classId);
        LtiTool tool = placeable(context, toolId);
        String lessonTitle = courses.lessonDraft(scope, CourseId.of(courseId), LessonId.of(lessonId)).title();
        return insert(scope, context, tool, LtiLink.Kind.LESSON, courseId, lessonId,
                title == null || title.isBlank() ? lessonTitle : checkedTitle(title), targetLinkUri);
    }

    /**
     * A plain link of a lesson, from a tool's deep-linking answer: opened at its address, not launched. The title
     * defaults to the lesson's.
     */
    public LtiLink addLessonLink(Scope scope, long classId, long toolId, long courseId, long lessonId,
                                 @Nullable String title, String url) {
        ClassAccess.ClassContext context = taught(scope, classId);
        LtiTool tool = placeable(context, toolId);
        String lessonTitle = courses.lessonDraft(scope, CourseId.of(courseId), LessonId.of(lessonId)).title();
        return insert(scope, context, tool, LtiLink.Kind.WEB, courseId, lessonId,
                title == null || title.isBlank() ? lessonTitle : checkedTitle(title), url);
    }

    /** The class, when the caller teaches it; checks the lesson is theirs too, when one is named. */
    public ClassAccess.ClassContext taught(Scope scope, long classId) {
        ClassAccess.ClassContext context = access.of(scope, classId);
        if (!context.instructs()) {
            throw new ForbiddenException("integration.lti.error.notYourClass");
        }
        return context;
    }

    public void checkLesson(Scope scope, long courseId, long lessonId) {
        courses.lessonDraft(scope, CourseId.of(courseId), LessonId.of(lessonId));
    }

    /** The tool, when a teacher of this class's school may place it. */
    public LtiTool placeable(ClassAccess.ClassContext context, long toolId) {
        return tools.find(toolId).filter(t -> t.reaches(context.schoolPath()))
                .orElseThrow(() -> new NotFoundException("integration.lti.error.toolNotFound"));
    }

    @Transactional(readOnly = true)
    public List<LtiLink> ofClass(Scope scope, long classId) {
        access.of(scope, classId);
        return links.ofClass(classId);
    }

    /** The tools the caller may place, over the schools of the classes they teach. */
    @Transactional(readOnly = true)
    public List<LtiTool> placeableBy(Scope scope) {
        Map<Long, LtiTool> found = new LinkedHashMap<>();
        roster.taughtClasses(scope).stream().map(SchoolClassView::schoolId).distinct()
                .forEach(school -> tenancy.find(school).ifPresent(node ->
                        tools.reaching(node.path()).forEach(t -> found.putIfAbsent(t.id(), t))));
        return List.copyOf(found.values());
    }

    private LtiLink insert(Scope scope, ClassAccess.ClassContext context, LtiTool tool, LtiLink.Kind kind,
                           @Nullable Long courseId, @Nullable Long lessonId, String title,
                           @Nullable String targetLinkUri) {
        long id = links.insert(new LtiLink(0, tool.id(), context.schoolClass().schoolId().value(),
                context.schoolPath().value(), context.classId(), kind, courseId, lessonId, title, targetLinkUri,
                scope.userId().value(), clock.instant()));
        return links.find(id).orElseThrow();
    }

    private static String checkedTitle(@Nullable String title) {
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new RuleViolationException("integration.lti.error.title");
        }
        return title.strip();
    }
}
