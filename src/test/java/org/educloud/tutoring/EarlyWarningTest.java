package org.educloud.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.educloud.support.Drafts.anAssignment;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Collectors;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.LatePolicy;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tutoring.warnings.EarlyWarnings;
import org.educloud.tutoring.warnings.StudentWarning;
import org.educloud.tutoring.warnings.WarningNotices;
import org.educloud.tutoring.warnings.WarningReason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The early-warning list names missed work as a reason, and the weekly notice tells the class's teachers and the
 * student's parents once, however often the job runs, and nobody else.
 */
@EduCloudTest
class EarlyWarningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    Assignments assignments;
    @Autowired
    EarlyWarnings warnings;
    @Autowired
    WarningNotices notices;
    @Autowired
    JdbcClient jdbc;

    private Scope a(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    /** An assignment of side a's class that was due an hour ago; nobody handed it in. */
    private void overdue(String title) {
        LocalDateTime now = LocalDateTime.now();
        AssignmentId id = assignments.set(a(Role.TEACHER), anAssignment().forClass(fixture.a().classId()).titled(title)
                .instructions("写一篇读书笔记").open(now.minusHours(48), now.minusHours(1)).outOf("10")
                .late(LatePolicy.ACCEPT).build()).getFirst();
        assignments.publish(a(Role.TEACHER), id);
    }

    private StudentWarning studentOnTheList() {
        return warnings.ofClass(a(Role.TEACHER), fixture.a().classId()).stream()
                .filter(w -> w.studentId() == fixture.a().studentId()).findFirst().orElseThrow();
    }

    @Test
    void aStudentWithAMissedAssignmentIsOnTheListWithThatReason() throws Exception {
        overdue("逾期的读书笔记");
        assertThat(studentOnTheList().reasons()).anySatisfy(r -> {
            assertThat(r.reason()).isEqualTo(WarningReason.MISSING_ASSIGNMENT);
            assertThat(r.missed()).contains("逾期的读书笔记");
        });
        String page = mvc.perform(get("/tutoring/classes/" + fixture.a().classId() + "/warnings")
                        .with(authentication(fixture.as(fixture.a().person(Role.TEACHER))))
                        .cookie(new Cookie("educloud-lang", "zh_CN")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("逾期的读书笔记", "缺交作业");
        assertThatThrownBy(() -> warnings.ofClass(identity.scopeOf(fixture.b().person(Role.TEACHER)),
                fixture.a().classId())).isInstanceOf(NotFoundException.class);
        assertThat(mvc.perform(get("/tutoring/classes/" + fixture.a().classId() + "/warnings")
                        .with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theNoticeTellsTheClassTeacherAndTheParentOnceAWeekAndNoOtherFamily() {
        overdue("逾期的口算练习");
        String name = studentOnTheList().name();
        // this week's record of the student is cleared, so that it does not matter which test ran the job first
        jdbc.sql("DELETE FROM tutoring.warning_notice WHERE student_id = ? AND reason = 'MISSING_ASSIGNMENT'")
                .param(fixture.a().studentId()).update();
        Instant since = Instant.now().minus(1, ChronoUnit.SECONDS);

        notices.sendDue();
        notices.sendDue();

        Map<Long, Long> told = jdbc.sql("SELECT recipient, count(*) FROM learning.notification "
                        + "WHERE kind = 'EARLY_WARNING' AND created_at >= ? AND subject LIKE ? "
                        + "AND subject LIKE '%作业逾期未交%' GROUP BY recipient")
                .params(Timestamp.from(since), name + " %")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(told).as("the class's teacher and the student's parent, once each")
                .containsEntry(fixture.a().person(Role.TEACHER).value(), 1L)
                .containsEntry(fixture.a().person(Role.PARENT).value(), 1L)
                .doesNotContainKeys(fixture.b().person(Role.PARENT).value(), fixture.b().person(Role.TEACHER).value(),
                        fixture.a().person(Role.STUDENT).value());
        assertThat(jdbc.sql("SELECT count(*) FROM tutoring.warning_notice WHERE student_id = ? "
                        + "AND reason = 'MISSING_ASSIGNMENT'").param(fixture.a().studentId()).query(Long.class)
                .single()).as("one record for the week").isEqualTo(1L);
    }
}
