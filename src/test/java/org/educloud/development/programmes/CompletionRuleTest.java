package org.educloud.development.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.educloud.shared.OrgPath;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The rule that completes a participant ({@link CompletingProgrammes#meets}): by hours, sessions attended, courses
 * completed and tasks accepted together reach the minimum (the credited hours when no minimum is set); by
 * "everything", every session, course and task is done, and a programme with none of them completes nobody.
 */
class CompletionRuleTest {

    private static final ProgrammeSession MORNING = session(1, "3");
    private static final ProgrammeSession AFTERNOON = session(2, "2");
    private static final ProgrammeCourse COURSE = new ProgrammeCourse(70, "数字化教学设计", hours("2"));
    private static final ProgrammeTask TASK = new ProgrammeTask(90, "研修作业", "", hours("1"));

    @Test
    void by_hours_a_participant_completes_once_sessions_courses_and_tasks_reach_the_minimum() {
        Programme needingFive = programme(CompletionRule.HOURS, "5");

        assertThat(meets(needingFive, a().attended(MORNING).completed(COURSE))).isTrue();
        assertThat(meets(needingFive, a().attended(MORNING).accepted(TASK))).as("4 of 5 hours").isFalse();
    }

    @Test
    void by_hours_without_a_minimum_the_credited_hours_are_needed() {
        Programme creditingSix = programme(CompletionRule.HOURS, null);

        assertThat(meets(creditingSix, a().attended(MORNING).attended(AFTERNOON))).as("5 of 6 hours").isFalse();
        assertThat(meets(creditingSix, a().attended(MORNING).attended(AFTERNOON).accepted(TASK))).isTrue();
    }

    @Test
    void by_everything_every_session_course_and_task_must_be_done() {
        Programme everything = programme(CompletionRule.ALL_SESSIONS, null);

        assertThat(meets(everything, a().attended(MORNING).attended(AFTERNOON).completed(COURSE).accepted(TASK)))
                .isTrue();
        assertThat(meets(everything, a().attended(MORNING).completed(COURSE).accepted(TASK)))
                .as("one session missed").isFalse();
        assertThat(meets(everything, a().attended(MORNING).attended(AFTERNOON).completed(COURSE)))
                .as("the task not yet accepted").isFalse();
    }

    @Test
    void by_everything_a_programme_with_nothing_to_do_completes_nobody() {
        assertThat(CompletingProgrammes.meets(programme(CompletionRule.ALL_SESSIONS, null), List.of(), List.of(),
                List.of(), a().build())).isFalse();
    }

    private static boolean meets(Programme programme, ParticipantBuilder participant) {
        return CompletingProgrammes.meets(programme, List.of(MORNING, AFTERNOON), List.of(COURSE), List.of(TASK),
                participant.build());
    }

    private static Programme programme(CompletionRule rule, @Nullable String minHours) {
        return new Programme(1, 10, new OrgPath("/1/10/"), "数字素养提升培训", "", hours("6"), rule,
                minHours == null ? null : hours(minHours), new Targets(null, null, null, null, null, null), null);
    }

    private static ProgrammeSession session(long id, String hours) {
        return new ProgrammeSession(id, "面授" + id, SessionMode.IN_PERSON, Instant.parse("2026-11-03T01:00:00Z"),
                hours(hours), null);
    }

    private static BigDecimal hours(String hours) {
        return new BigDecimal(hours);
    }

    private static ParticipantBuilder a() {
        return new ParticipantBuilder();
    }

    /** A participant who has done nothing yet, and what they do. */
    private static final class ParticipantBuilder {

        private final java.util.Set<Long> sessions = new java.util.HashSet<>();
        private final java.util.Set<Long> courses = new java.util.HashSet<>();
        private final java.util.Set<Long> tasks = new java.util.HashSet<>();
        private BigDecimal sessionHours = BigDecimal.ZERO;
        private BigDecimal courseHours = BigDecimal.ZERO;
        private BigDecimal taskHours = BigDecimal.ZERO;

        ParticipantBuilder attended(ProgrammeSession session) {
            sessions.add(session.id());
            sessionHours = sessionHours.add(session.hours());
            return this;
        }

        ParticipantBuilder completed(ProgrammeCourse course) {
            courses.add(course.courseId());
            courseHours = courseHours.add(course.hours());
            return this;
        }

        ParticipantBuilder accepted(ProgrammeTask task) {
            tasks.add(task.id());
            taskHours = taskHours.add(task.hours());
            return this;
        }

        Participant build() {
            return new Participant(501, "王老师", 10, Set.copyOf(sessions), sessionHours, Set.copyOf(courses),
                    courseHours, Set.copyOf(tasks), taskHours, null);
        }
    }
}
