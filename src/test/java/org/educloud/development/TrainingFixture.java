package org.educloud.development;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.educloud.development.credits.ClaimForm;
import org.educloud.development.credits.CreditClaims;
import org.educloud.development.programmes.CompletionRule;
import org.educloud.development.programmes.ProgrammeForm;
import org.educloud.development.programmes.ProgrammeTasks;
import org.educloud.development.programmes.RunningProgrammes;
import org.educloud.development.programmes.TaskForm;
import org.educloud.development.programmes.SessionForm;
import org.educloud.development.programmes.SessionMode;
import org.educloud.identity.IdentityManagement;
import org.educloud.library.ReceivedFile;
import org.educloud.library.StoredFiles;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.LiveFixtures;
import org.educloud.support.TenantFixture;
import org.educloud.support.ModuleTestContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Per fixture side, made once: a programme of its district with one session, and a claim for hours by its teacher
 * (nobody else's counts change: the claim and programme live only in the development schema). What the isolation
 * matrix asks the other side about; reached statically, as the endpoint tables are plain objects.
 */
@Component
// needs the whole application's TenantFixture: not in a module's context
@Profile("!" + ModuleTestContext.MODULE_TEST)
public class TrainingFixture {

    private static final LiveFixtures<TrainingFixture> LIVE = new LiveFixtures<>();

    /** The side's programme, its session and task, and its teacher's claim. */
    public record Made(long programme, long session, long task, long claim) {
    }

    private final RunningProgrammes running;
    private final ProgrammeTasks tasks;
    private final CreditClaims claims;
    private final StoredFiles files;
    private final IdentityManagement identity;
    private final JdbcClient jdbc;
    private final Map<String, Made> made = new HashMap<>();

    TrainingFixture(RunningProgrammes running, ProgrammeTasks tasks, CreditClaims claims, StoredFiles files,
                    IdentityManagement identity, JdbcClient jdbc) {
        this.tasks = tasks;
        this.files = files;
        this.running = running;
        this.claims = claims;
        this.identity = identity;
        this.jdbc = jdbc;
        LIVE.made(this);
    }

    @jakarta.annotation.PreDestroy
    void contextClosed() {
        LIVE.closed(this);
    }

    public synchronized Made of(TenantFixture.Side side) {
        return made.computeIfAbsent(side.key(), key -> {
            var district = identity.scopeOf(side.person(Role.DISTRICT_ADMIN));
            long programme = running.create(district, side.district().id(), new ProgrammeForm(
                    side.district().name() + "的培训", "", new BigDecimal("6"), CompletionRule.ALL_SESSIONS, null, null,
                    null, null, null, null, null));
            long session = running.addSession(district, programme, new SessionForm("面授", SessionMode.IN_PERSON,
                    LocalDateTime.of(2026, 11, 1, 9, 0), new BigDecimal("3"), null));
            long task = tasks.add(district, programme, new TaskForm("研修作业", "", new BigDecimal("1")));
            long claim = claim(claims, files, identity.scopeOf(side.person(Role.TEACHER)), new ClaimForm("进修学校",
                            side.school().name() + "的申报", LocalDate.of(2026, 6, 1), new BigDecimal("2")), "证明.pdf",
                    "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8));
            return new Made(programme, session, task, claim);
        });
    }

    /** The demo district's programme (信息技术应用能力提升工程 2.0), for pages that open it. */
    public long demoProgramme() {
        return jdbc.sql("SELECT min(id) FROM development.programme WHERE name LIKE '信息技术应用能力提升工程 2.0（临江区%'")
                .query(Long.class).single();
    }

    public static TrainingFixture get() {
        return LIVE.current();
    }

    /** A teacher's claim with its evidence file, received as the claim page receives an upload. */
    static long claim(CreditClaims claims, StoredFiles files, Scope teacher, ClaimForm form, String fileName,
                      byte[] evidence) {
        try (ReceivedFile received = files.receive(new ByteArrayInputStream(evidence), fileName)) {
            return claims.submit(teacher, form, received);
        }
    }
}
