package org.educloud.schoolday.timetables;

import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.TermId;
import org.educloud.roster.TermView;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's bell schedule per term: its admins add, change and remove periods; everyone else reads it through the
 * timetables. Periods may not overlap, so that "now" is always one period.
 */
@Service
@Transactional
@org.springframework.modulith.NamedInterface("timetables")
public class BellSchedules {

    private final JdbcClient jdbc;
    private final SchoolClasses classes;
    private final RosterDirectory roster;

    BellSchedules(JdbcClient jdbc, SchoolClasses classes, RosterDirectory roster) {
        this.jdbc = jdbc;
        this.classes = classes;
        this.roster = roster;
    }

    /** The terms a school's admin may define a schedule for, newest first. */
    @Transactional(readOnly = true)
    public List<TermView> terms(Scope scope, long schoolId) {
        OrgNodeView school = classes.managedSchool(scope, schoolId);
        return roster.terms(scope, school.id());
    }

    @Transactional(readOnly = true)
    public Optional<BellSchedule> of(long schoolId, long termId) {
        return jdbc.sql("SELECT id, school_id, school_path, term_id, starts_on, ends_on FROM schoolday.bell_schedule "
                        + "WHERE school_id = ? AND term_id = ?")
                .params(schoolId, termId).query(BellSchedules::schedule).optional();
    }

    @Transactional(readOnly = true)
    public Optional<BellSchedule> byId(long id) {
        return jdbc.sql("SELECT id, school_id, school_path, term_id, starts_on, ends_on FROM schoolday.bell_schedule "
                        + "WHERE id = ?").param(id).query(BellSchedules::schedule).optional();
    }

    @Transactional(readOnly = true)
    public List<BellPeriod> periods(long scheduleId) {
        return jdbc.sql("SELECT position, label, kind, starts_at, ends_at FROM schoolday.bell_period "
                        + "WHERE schedule_id = ? ORDER BY position")
                .param(scheduleId)
                .query((rs, n) -> new BellPeriod(rs.getInt(1), rs.getString(2), PeriodKind.valueOf(rs.getString(3)),
                        rs.getTime(4).toLocalTime(), rs.getTime(5).toLocalTime()))
                .list();
    }

    /** Adds a period or replaces the one at its position; refused when its times overlap another period. */
    public BellPeriod setPeriod(Scope scope, long schoolId, long termId, BellPeriod period) {
        OrgNodeView school = classes.managedSchool(scope, schoolId);
        TermView term = roster.terms(scope, school.id()).stream().filter(t -> t.id().equals(TermId.of(termId)))
                .findFirst().orElseThrow(() -> new NotFoundException("schoolday.error.termNotFound"));
        if (period.position() < 1 || period.position() > 20) {
            throw new FieldRuleViolationException("position", "schoolday.error.position");
        }
        if (period.label().isBlank() || period.label().length() > 20) {
            throw new FieldRuleViolationException("label", "schoolday.error.label");
        }
        if (!period.endsAt().isAfter(period.startsAt())) {
            throw new FieldRuleViolationException("endsAt", "schoolday.error.periodTimes");
        }
        BellSchedule schedule = ensure(school, term);
        for (BellPeriod other : periods(schedule.id())) {
            if (other.position() != period.position() && other.startsAt().isBefore(period.endsAt())
                    && period.startsAt().isBefore(other.endsAt())) {
                throw new ConflictException("startsAt", "schoolday.error.periodOverlap", other.label());
            }
        }
        jdbc.sql("""
                        INSERT INTO schoolday.bell_period (schedule_id, position, label, kind, starts_at, ends_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        ON CONFLICT (schedule_id, position) DO UPDATE SET label = excluded.label, kind = excluded.kind,
                          starts_at = excluded.starts_at, ends_at = excluded.ends_at""")
                .params(schedule.id(), period.position(), period.label().strip(), period.kind().name(),
                        Time.valueOf(period.startsAt()), Time.valueOf(period.endsAt()))
                .update();
        return period;
    }

    /** Removes a period; refused while lessons are set in it, so that no lesson loses its time unnoticed. */
    public void removePeriod(Scope scope, long schoolId, long termId, int position) {
        classes.managedSchool(scope, schoolId);
        BellSchedule schedule = of(schoolId, termId).orElseThrow(() -> new NotFoundException("schoolday.error.termNotFound"));
        long lessons = jdbc.sql("SELECT count(*) FROM schoolday.lesson WHERE schedule_id = ? AND position = ?")
                .params(schedule.id(), position).query(Long.class).single();
        if (lessons > 0) {
            throw new ConflictException("position", "schoolday.error.periodInUse", lessons);
        }
        jdbc.sql("DELETE FROM schoolday.bell_period WHERE schedule_id = ? AND position = ?")
                .params(schedule.id(), position).update();
    }

    BellSchedule ensure(OrgNodeView school, TermView term) {
        return of(school.id().value(), term.id().value()).orElseGet(() -> {
            jdbc.sql("""
                            INSERT INTO schoolday.bell_schedule (school_id, school_path, term_id, starts_on, ends_on)
                            VALUES (?, ?, ?, ?, ?) ON CONFLICT (school_id, term_id) DO NOTHING""")
                    .params(school.id().value(), school.path().value(), term.id().value(), Date.valueOf(term.startsOn()),
                            Date.valueOf(term.endsOn()))
                    .update();
            return of(school.id().value(), term.id().value()).orElseThrow();
        });
    }

    /** The schedules of these schools that cover a day (one per school, the term running then). */
    @Transactional(readOnly = true)
    public List<BellSchedule> covering(List<Long> scheduleIds, LocalDate day) {
        if (scheduleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, school_id, school_path, term_id, starts_on, ends_on FROM schoolday.bell_schedule "
                        + "WHERE id IN (:ids) AND :day BETWEEN starts_on AND ends_on ORDER BY id")
                .param("ids", scheduleIds).param("day", Date.valueOf(day))
                .query(BellSchedules::schedule).list();
    }

    private static BellSchedule schedule(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new BellSchedule(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate());
    }

}
