package org.educloud.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.educloud.learning.access.Callers;
import org.educloud.learning.missing.MissingWorkQueries;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work past its due time that students have not handed in: published assignments without any submission, and
 * gradebook columns from other sources (quizzes) without a score. Only work due in the last {@link #LOOKBACK}
 * counts: older gaps are the gradebook's business, not a warning's.
 */
@Service
@Transactional(readOnly = true)
public class MissingWork {

    public static final Duration LOOKBACK = Duration.ofDays(28);

    private final MissingWorkQueries queries;
    private final RosterDirectory roster;
    private final Callers callers;
    private final TenancyManagement tenancy;
    private final Clock clock;

    MissingWork(MissingWorkQueries queries, RosterDirectory roster, Callers callers, TenancyManagement tenancy,
                Clock clock) {
        this.queries = queries;
        this.roster = roster;
        this.callers = callers;
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** A class's missed work, for its teachers and its school's (and bureaus') admins, as the gradebook is. */
    public List<MissedWork> ofClass(Scope scope, ClassId classId) {
        ClassRoster members = roster.roster(scope, classId);
        var school = tenancy.find(members.schoolClass().schoolId()).orElseThrow();
        if (!callers.of(scope).teaches(classId.value()) && !scope.canAdminister(school.path())) {
            throw new ForbiddenException("learning.error.notYourClass");
        }
        Instant now = clock.instant();
        return queries.ofClass(members, now.minus(LOOKBACK), now);
    }

    /**
     * Every class's missed work due since {@code since}: asked by the platform itself (a scheduled warning), which
     * tells only the students' own teachers and parents.
     */
    public List<MissedWork> dueSince(Instant since) {
        return queries.dueSince(since, clock.instant());
    }
}
