package org.educloud.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.exams.ExamDraft;
import org.educloud.assessment.exams.ExamSubject;
import org.educloud.assessment.exams.Exams;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ClassId;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.LiveFixtures;
import org.educloud.support.TenantFixture;
import org.educloud.support.ModuleTestContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * An exam of each fixture side's school, for the grade of the side's class, defined once by the side's admin: what
 * the isolation matrix asks the other side about. Also finds the demo's 期中考试 for the every-page walk.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class ExamFixture {

    private static final LiveFixtures<ExamFixture> LIVE = new LiveFixtures<>();

    private final Exams exams;
    private final IdentityManagement identity;
    private final RosterDirectory roster;
    private final JdbcClient jdbc;
    private final Map<String, Long> defined = new HashMap<>();

    ExamFixture(Exams exams, IdentityManagement identity, RosterDirectory roster, JdbcClient jdbc) {
        this.exams = exams;
        this.identity = identity;
        this.roster = roster;
        this.jdbc = jdbc;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    public static ExamFixture get() {
        return LIVE.current();
    }

    public synchronized long examOf(TenantFixture.Side side) {
        return defined.computeIfAbsent(side.key(), key -> {
            var schoolClass = roster.roster(Scope.installation(), ClassId.of(side.classId())).schoolClass();
            return exams.define(identity.scopeOf(side.person(Role.SCHOOL_ADMIN)), side.school().id().value(),
                    new ExamDraft(side.school().name() + "月考", LocalDate.of(2026, 10, 20),
                            schoolClass.termId().value(), schoolClass.grade(),
                            List.of(new ExamSubject("语文", 100), new ExamSubject("数学", 100)), 60, 85));
        });
    }

    /** The demo's 期中考试 (of 实验小学's grade 3). */
    public long demoExam() {
        return jdbc.sql("SELECT min(id) FROM assessment.exam WHERE name = '期中考试'").query(Long.class).single();
    }
}
