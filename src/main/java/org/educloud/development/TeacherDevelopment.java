package org.educloud.development;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import org.educloud.development.assessments.SelfAssessments;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.CourseForm;
import org.educloud.development.programmes.ProgrammeTasks;
import org.educloud.development.programmes.TaskForm;
import org.educloud.learning.CourseId;
import org.educloud.development.programmes.JoiningProgrammes;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.development.programmes.SessionForm;
import org.educloud.development.programmes.SessionMode;
import org.educloud.shared.OrgId;
import org.educloud.shared.UserId;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Service;

/**
 * What other modules (the demo installation, and later equity) may ask of teacher development: the frameworks'
 * indicators by code, a teacher's self-assessment given in codes rather than the module's internal ids, and running a
 * programme (sessions, courses, tasks, attendance, hand-ins) through the same use cases as its pages.
 */
@Service
public class TeacherDevelopment {

    private final Frameworks frameworks;
    private final SelfAssessments assessments;
    private final RunningProgrammes running;
    private final JoiningProgrammes joining;
    private final ProgrammeTasks tasks;

    TeacherDevelopment(Frameworks frameworks, SelfAssessments assessments, RunningProgrammes running,
                       JoiningProgrammes joining, ProgrammeTasks tasks) {
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.running = running;
        this.joining = joining;
        this.tasks = tasks;
    }

    /** The national framework JY/T 0646—2022's id. */
    public long nationalFramework() {
        return frameworks.national();
    }

    /** A framework's indicator codes in order ("1.1.1" … "5.2.2"), as the caller may see it. */
    public List<String> indicatorCodes(Scope scope, long framework) {
        return frameworks.tree(scope, framework).indicators().map(FrameworkTree.Node::code).toList();
    }

    /** Saves the caller's (a teacher's) ratings of this school year by indicator code, with notes by code. */
    public void selfAssess(Scope teacher, long framework, Map<String, Integer> levelsByCode,
                           Map<String, String> notesByCode) {
        Map<Long, Integer> levels = new HashMap<>();
        Map<Long, String> notes = new HashMap<>();
        frameworks.tree(teacher, framework).indicators().forEach(indicator -> {
            Integer level = levelsByCode.get(indicator.code());
            if (level != null) {
                levels.put(indicator.id(), level);
            }
            String note = notesByCode.get(indicator.code());
            if (note != null) {
                notes.put(indicator.id(), note);
            }
        });
        assessments.rate(teacher, framework, levels, notes);
    }

    /**
     * Runs a programme for every teacher under the node, completed by attending at least {@code minHours} and
     * crediting {@code creditHours}; answers its id.
     */
    public long runProgramme(Scope admin, OrgId node, String name, String description, BigDecimal creditHours,
                             BigDecimal minHours) {
        return running.create(admin, node, new ProgrammeForm(name, description, creditHours, CompletionRule.HOURS,
                minHours, null, null, null, null, null, null));
    }

    /** Adds a session (live or in person) starting at a China-time moment; answers its id. */
    public long addSession(Scope admin, long programme, String title, boolean live, LocalDateTime startsAt,
                           BigDecimal hours, String place) {
        return running.addSession(admin, programme, new SessionForm(title, live ? SessionMode.LIVE
                : SessionMode.IN_PERSON, startsAt, hours, place));
    }

    /** The teacher (the caller) joins a programme open to them. */
    public void joinProgramme(Scope teacher, long programme) {
        joining.join(teacher, programme);
    }

    /** Records who attended a session; answers how many teachers completed the programme with it. */
    public int recordAttendance(Scope admin, long programme, long session, Collection<UserId> present) {
        return running.recordAttendance(admin, programme, session, present.stream().map(UserId::value).toList());
    }

    /** Adds a published course of the learning space reaching the programme's node, counting {@code hours}. */
    public void addCourse(Scope admin, long programme, CourseId course, BigDecimal hours) {
        running.addCourse(admin, programme, new CourseForm(course.value(), hours));
    }

    /** Sets a task in a programme, counting {@code hours} once accepted; answers its id. */
    public long setTask(Scope admin, long programme, String title, String instructions, BigDecimal hours) {
        return tasks.add(admin, programme, new TaskForm(title, instructions, hours));
    }

    /** The caller, a participant, hands in a task's text. */
    public void handIn(Scope teacher, long programme, long task, String text) {
        tasks.submit(teacher, programme, task, text);
    }

    /** The organiser accepts a hand-in (which may complete the teacher) or returns it with feedback. */
    public void reviewHandIn(Scope admin, long programme, long task, UserId teacher, boolean accept, String feedback) {
        tasks.review(admin, programme, task, teacher.value(), accept, feedback);
    }
}
