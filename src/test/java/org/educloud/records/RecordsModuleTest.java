package org.educloud.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.educloud.records.LearningActivity.LearningObject;
import org.educloud.records.LearningActivity.Outcome;
import org.educloud.records.LearningRecords.SchoolDay;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.ModuleTestContext;
import org.educloud.support.OrgTree;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

/**
 * The learning record store as the platform's modules feed it: a {@link LearningActivity} event becomes one xAPI
 * statement after the publisher's commit, and counts once in its school's day, which {@link LearningRecords} answers
 * for bureaus. The statement rows are read with SQL: the xAPI API is the records module's own (see the Xapi*Tests).
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ModuleTestContext
class RecordsModuleTest {

    /** Monday 12 October 2026, 10:00 in Shanghai. */
    private static final Instant MONDAY_MORNING = Instant.parse("2026-10-12T02:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 12);

    @Autowired
    LearningRecords records;
    @Autowired
    TenancyManagement tenancy;
    @Autowired
    JdbcClient jdbc;

    OrgTree city;
    OrgNodeView school;

    @BeforeEach
    void aSchool() {
        city = OrgTree.cityWithDistrict(tenancy, "蓉州市");
        school = city.school("蓉州市城区第" + UUID.randomUUID().toString().substring(0, 4) + "小学");
    }

    @Test
    void a_learning_activity_becomes_one_statement_and_counts_in_its_schools_day(Scenario scenario) {
        LearningActivity completed = activity(4_001, LearningVerb.COMPLETED, Duration.ofMinutes(12));

        scenario.publish(completed)
                .andWaitForStateChange(() -> day(school), day -> day != null)
                .andVerify(day -> {
                    assertThat(day.statements()).isEqualTo(1);
                    assertThat(day.activeStudents()).isEqualTo(1);
                    assertThat(day.minutes()).isEqualTo(12);
                    assertThat(statementVerb(completed.id())).isEqualTo(LearningVerb.COMPLETED.iri());
                });
    }

    @Test
    void an_activity_delivered_twice_is_stored_and_counted_once(Scenario scenario) {
        LearningActivity viewed = activity(4_002, LearningVerb.VIEWED, null);
        scenario.publish(viewed).andWaitForStateChange(() -> day(school), day -> day != null);

        scenario.publish(viewed)
                .andWaitForStateChange(this::undeliveredEvents, undelivered -> undelivered == 0)
                .andVerify(undelivered -> {
                    assertThat(statements(viewed.id())).isEqualTo(1);
                    assertThat(day(school).statements()).isEqualTo(1);
                });
    }

    @Test
    void a_period_sums_the_days_of_each_school(Scenario scenario) {
        scenario.publish(activity(4_003, LearningVerb.VIEWED, null))
                .andWaitForStateChange(() -> day(school), day -> day != null);
        LearningActivity nextMonth = new LearningActivity(UUID.randomUUID(), 4_003, school.id(), null,
                LearningVerb.VIEWED, resource(), null, null, Instant.parse("2026-11-03T02:00:00Z"));
        scenario.publish(nextMonth).andWaitForStateChange(() -> statements(nextMonth.id()), count -> count == 1);

        assertThat(records.schoolPeriods(Scope.installation(), city.district().path(), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 11, 30)))
                .singleElement()
                .satisfies(period -> {
                    assertThat(period.schoolId()).isEqualTo(school.id().value());
                    assertThat(period.statements()).isEqualTo(2);
                    assertThat(period.studentDays()).isEqualTo(2);
                });
    }

    @Test
    void only_callers_who_see_a_bureau_read_its_figures() {
        OrgNodeView elsewhere = OrgTree.cityWithDistrict(tenancy, "渝州市").school("渝州市城区小学");
        Scope otherSchool = new Scope(new UserId(5_000), List.of(new Scope.Grant(Role.SCHOOL_ADMIN, elsewhere.path())));

        assertThatThrownBy(() -> records.schoolDays(otherSchool, city.district().path(), MONDAY, MONDAY))
                .isInstanceOf(ForbiddenException.class);
    }

    private LearningActivity activity(long student, LearningVerb verb, Duration spent) {
        Outcome outcome = spent == null ? null : new Outcome(null, null, null, null, true, spent);
        return new LearningActivity(UUID.randomUUID(), student, school.id(), null, verb, resource(), outcome, null,
                MONDAY_MORNING);
    }

    private static LearningObject resource() {
        return new LearningObject(LearningObjectKind.RESOURCE, "88", "分数的初步认识", "Fractions", null);
    }

    private SchoolDay day(OrgNodeView of) {
        return records.schoolDays(Scope.installation(), of.path(), MONDAY, MONDAY).stream().findFirst().orElse(null);
    }

    private long statements(UUID id) {
        return jdbc.sql("select count(*) from records.statement where id = ?").param(id).query(Long.class).single();
    }

    /** Events of the publication registry whose listener has not finished: the redelivery has run when it is 0. */
    private long undeliveredEvents() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single();
    }

    private String statementVerb(UUID id) {
        return jdbc.sql("select verb_id from records.statement where id = ?").param(id).query(String.class).single();
    }
}
