package org.educloud.tutoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.educloud.assessment.Response;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.educloud.tutoring.mastery.ParameterRefit;
import org.educloud.tutoring.practice.Practice;
import org.educloud.tutoring.practice.PracticeStep;
import org.educloud.tutoring.views.MasteryReading;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every scored answer moves mastery; practice follows it to mastery; teachers see their class, nobody else's. */
@EduCloudTest
class TutoringTest {

    @Autowired
    IdentityManagement identity;
    @Autowired
    MasteryReading reading;
    @Autowired
    Practice practice;
    @Autowired
    ParameterRefit refit;
    @Autowired
    RosterDirectory roster;
    @Autowired
    TenantFixture fixture;
    @Autowired
    JdbcClient jdbc;

    private Scope demo(String username) {
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    private static <T> T eventually(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        T last = value.get();
        for (int i = 0; i < 100 && !done.test(last); i++) {
            Thread.sleep(100);
            last = value.get();
        }
        return last;
    }

    @Test
    void theUnitQuizGaveZhangXiaomingAMasteryMapAndASuggestionForPractice() throws Exception {
        Scope zhang = demo("student.zhang");
        MasteryReading.StudentMap map = eventually(
                () -> reading.forFollowed(zhang, roster.learner(zhang.userId()).orElseThrow().studentId().value()),
                m -> m.points().size() >= 4);
        // other tests may have had him answer on further knowledge points: the unit's four come in teaching order
        assertThat(map.points()).extracting(p -> p.point().name())
                .containsSubsequence("几分之一", "几分之几", "同分母分数的简单加减", "求一个数的几分之几");
        assertThat(map.points()).allSatisfy(p -> assertThat(p.mastery().opportunities()).isPositive());
        assertThat(map.suggested()).isNotNull();
        var parent = reading.forFollowed(demo("parent.zhang"), map.studentId());
        assertThat(parent.points()).hasSameSizeAs(map.points());
    }

    @Test
    void practiceServesTheSameItemUntilAnsweredCountsAnAnswerOnceAndShowsTheKey() throws Exception {
        Scope zhang = demo("student.zhang");
        long studentId = roster.learner(zhang.userId()).orElseThrow().studentId().value();
        var map = eventually(() -> reading.forFollowed(zhang, studentId), m -> m.points().size() >= 4);
        long calc = map.points().stream().filter(p -> p.point().name().startsWith("同分母")).findFirst().orElseThrow()
                .point().id();
        PracticeStep first = practice.current(zhang, calc);
        assertThat(first.item()).as("the school bank has practice items").isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM assessment.quiz_item qi JOIN assessment.quiz_class c "
                        + "ON c.quiz_id = qi.quiz_id WHERE qi.item_id = ? AND c.closes_at > now()")
                .param(first.item().itemId()).query(Long.class).single())
                .as("practice shows keys at once: never an item of a quiz still open").isZero();
        assertThat(practice.current(zhang, calc).item().itemId()).as("a reload").isEqualTo(first.item().itemId());
        int before = answers(studentId, calc);
        PracticeStep marked = practice.answer(zhang, calc, first.item().itemId(),
                new Response(List.of(), List.of("0"), List.of(), Map.of(), ""));
        assertThat(marked.marking()).isNotNull();
        assertThat(marked.marking().correct()).isFalse();
        assertThat(marked.marking().acceptedBlanks()).isNotEmpty();
        assertThat(answers(studentId, calc)).isEqualTo(before + 1);
        practice.answer(zhang, calc, first.item().itemId(), new Response(List.of(), List.of("0"), List.of(), Map.of(), ""));
        assertThat(answers(studentId, calc)).as("answering twice counts once").isEqualTo(before + 1);
        assertThat(practice.current(zhang, calc).item().itemId()).as("a new item after an answer")
                .isNotEqualTo(first.item().itemId());
    }

    @Test
    void aTeacherSeesTheHeatmapOfTheirClassAndNotAnotherSchoolsClass() throws Exception {
        Scope wang = demo("teacher.wang");
        long classId = roster.taughtClasses(wang).getFirst().id().value();
        MasteryReading.ClassHeatmap heatmap = eventually(() -> reading.heatmap(wang, classId),
                h -> h.points().size() >= 4);
        assertThat(heatmap.rows()).isNotEmpty();
        assertThat(heatmap.mean(0)).isNotNull();
        assertThat(reading.warnings(wang, classId)).as("the demo left some of the class without the quiz")
                .extracting(MasteryReading.Warning::reason).contains("never");
        assertThatThrownBy(() -> reading.heatmap(demo("teacher.li"), classId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.heatmap(identity.scopeOf(fixture.b().person(Role.TEACHER)), classId))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.current(wang, 1)).isInstanceOf(org.educloud.shared.ForbiddenException.class);
    }

    @Test
    void theNightlyRefitStoresParametersForEveryKnowledgePointAnsweredOn() throws Exception {
        Scope wang = demo("teacher.wang");
        long classId = roster.taughtClasses(wang).getFirst().id().value();
        eventually(() -> reading.heatmap(wang, classId), h -> h.points().size() >= 4);
        assertThat(refit.refit()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM tutoring.parameters").query(Long.class).single())
                .isGreaterThanOrEqualTo(4);
    }

    private int answers(long studentId, long knowledgePoint) {
        return jdbc.sql("SELECT count(*) FROM tutoring.response WHERE student_id = ? AND knowledge_point_id = ?")
                .params(studentId, knowledgePoint).query(Integer.class).single();
    }
}
