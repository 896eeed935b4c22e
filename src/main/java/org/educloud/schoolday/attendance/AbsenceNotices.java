package org.educloud.schoolday.attendance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells parents the same day that their child was marked absent without leave, as the roll is saved (so a morning
 * roll reaches them in the morning), once per child and day however many rolls mark the absence.
 */
@Component
class AbsenceNotices {

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final Notifications notifications;
    private final Clock clock;

    AbsenceNotices(JdbcClient jdbc, RosterDirectory roster, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Answers how many parents were told; absences they were told of earlier that day are not told again. */
    int tell(Collection<Long> unexplained, Map<Long, String> names, String className, LocalDate date) {
        List<StudentId> first = new ArrayList<>();
        for (long student : unexplained) {
            boolean fresh = jdbc.sql("INSERT INTO schoolday.absence_notice (student_id, on_date, notified_at) "
                            + "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(student, Date.valueOf(date), Timestamp.from(clock.instant())).update() > 0;
            if (fresh) {
                first.add(StudentId.of(student));
            }
        }
        int told = 0;
        for (Follower follower : first.isEmpty() ? List.<Follower>of() : roster.followersOf(first)) {
            if (follower.guardian()) {
                String subject = names.getOrDefault(follower.studentId().value(), "") + " · " + className + " · " + date;
                told += notifications.send(List.of(follower.account()), NotificationKind.ABSENCE, subject,
                        "/schoolday/attendance");
            }
        }
        return told;
    }

}
