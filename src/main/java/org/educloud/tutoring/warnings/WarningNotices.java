package org.educloud.tutoring.warnings;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.educloud.learning.MissedWork;
import org.educloud.learning.MissingWork;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.roster.ClassId;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the class's teachers and the student's parents (never other families) when a student has missed work: one
 * notice per student, reason and ISO week. Each notice is recorded in the transaction that sends it, under a key
 * that refuses a second, so a rerun, a retry after a crash or the job on a second node sends nothing twice; with
 * several nodes only one runs it at a time anyway.
 */
@Component
public class WarningNotices {

    private static final Logger LOG = LoggerFactory.getLogger(WarningNotices.class);

    private final MissingWork missingWork;
    private final RosterDirectory roster;
    private final Notifications notifications;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WarningNotices(MissingWork missingWork, RosterDirectory roster, Notifications notifications,
                   MessageSource messages, JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.missingWork = missingWork;
        this.roster = roster;
        this.notifications = notifications;
        this.messages = messages;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One student's missed work of one reason: in which classes, what. */
    private record Missed(StudentId student, String name, WarningReason reason, Set<ClassId> classes,
                          List<String> titles) {
    }

    @Scheduled(fixedDelayString = "${educloud.tutoring.warning-delay:1h}",
            initialDelayString = "${educloud.tutoring.warning-initial-delay:10m}")
    @SchedulerLock(name = "tutoring.warning-notices", lockAtMostFor = "PT30M")
    public void sendDue() {
        Instant now = clock.instant();
        String week = isoWeek(now, clock.getZone());
        Map<String, Missed> missed = new LinkedHashMap<>();
        missingWork.dueSince(now.minus(MissingWork.LOOKBACK)).stream()
                .sorted(Comparator.comparing(MissedWork::dueAt))
                .forEach(m -> {
                    WarningReason reason = WarningReason.of(m.kind());
                    Missed entry = missed.computeIfAbsent(m.studentId().value() + ":" + reason,
                            k -> new Missed(m.studentId(), m.studentName(), reason, new LinkedHashSet<>(),
                                    new ArrayList<>()));
                    entry.classes().add(m.classId());
                    entry.titles().add(m.title());
                });
        if (missed.isEmpty()) {
            return;
        }
        Set<ClassId> classes = new LinkedHashSet<>();
        missed.values().forEach(m -> classes.addAll(m.classes()));
        Map<ClassId, List<UserId>> teachers = roster.teacherAccountsOf(classes);
        Map<StudentId, List<UserId>> parents = new LinkedHashMap<>();
        for (Follower f : roster.followersOf(missed.values().stream().map(Missed::student).distinct().toList())) {
            if (f.guardian()) {
                parents.computeIfAbsent(f.studentId(), k -> new ArrayList<>()).add(f.account());
            }
        }
        for (Missed m : missed.values()) {
            try {
                transactions.executeWithoutResult(tx -> tell(m, week, now, teachers, parents));
            } catch (RuntimeException failed) {
                // one student's notice that cannot be sent must not hold back the others'
                LOG.error("Could not send the early warning for student {} ({})", m.student().value(), m.reason(),
                        failed);
            }
        }
    }

    private void tell(Missed m, String week, Instant now, Map<ClassId, List<UserId>> teachers,
                      Map<StudentId, List<UserId>> parents) {
        boolean first = jdbc.sql("INSERT INTO tutoring.warning_notice (student_id, reason, iso_week, recipients, "
                        + "sent_at) VALUES (?, ?, ?, 0, ?) ON CONFLICT DO NOTHING")
                .params(m.student().value(), m.reason().name(), week, Timestamp.from(now)).update() == 1;
        if (!first) {
            return;
        }
        String subject = messages.getMessage("tutoring.notice." + m.reason().name(),
                new Object[] {m.name(), m.titles().size(), String.join("、", m.titles())}, Locale.SIMPLIFIED_CHINESE);
        Set<UserId> classTeachers = new LinkedHashSet<>();
        m.classes().forEach(c -> classTeachers.addAll(teachers.getOrDefault(c, List.of())));
        int told = notifications.send(classTeachers, NotificationKind.EARLY_WARNING, subject,
                "/tutoring/classes/" + m.classes().iterator().next().value() + "/warnings");
        told += notifications.send(parents.getOrDefault(m.student(), List.of()), NotificationKind.EARLY_WARNING,
                subject, m.reason() == WarningReason.MISSED_QUIZ ? "/assessment/my" : "/learning/assignments");
        jdbc.sql("UPDATE tutoring.warning_notice SET recipients = ? WHERE student_id = ? AND reason = ? "
                        + "AND iso_week = ?")
                .params(told, m.student().value(), m.reason().name(), week).update();
    }

    /** The ISO week of an instant in the installation's time zone, as 2026-W50 (weeks start on Monday). */
    static String isoWeek(Instant at, java.time.ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return String.format(Locale.ROOT, "%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR),
                local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
