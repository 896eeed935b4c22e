package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.educloud.assessment.AssessmentFixture;
import org.educloud.development.evidence.EvidenceLine;
import org.educloud.development.evidence.PlatformEvidence;
import org.educloud.development.frameworks.EvidenceKind;
import org.educloud.identity.IdentityManagement;
import org.educloud.schoolday.SchooldayFixture;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Assessment as evidence beside the self-assessment: quizzes a teacher set (assessment's facade) and the quizzes
 * whose item analysis they opened (assessment announces it); the mapping to indicators is the framework's data.
 */
@EduCloudTest
class QuizEvidenceTest {

    @Autowired
    PlatformEvidence evidence;
    @Autowired
    AssessmentFixture assessment;
    @Autowired
    SchooldayFixture schoolday;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void quizzesSetAndItemAnalysisOpenedByTheTeacherThemselfAreEvidence() throws Exception {
        SchooldayFixture.Teacher teacher = schoolday.newTeacherWithAccount(fixture.a(), "测验证据老师");
        long classId = schoolday.newClass(fixture.a(), "测验班", teacher.staffId());
        Scope scope = identity.scopeOf(teacher.account());
        Instant from = Instant.now().minus(Duration.ofDays(1));
        Instant to = Instant.now().plus(Duration.ofDays(1));
        assertThat(lines(scope, teacher.account(), from, to).get(EvidenceKind.QUIZZES_SET).any()).isFalse();

        long quiz = assessment.quizSetTo(scope, classId, "证据");
        // the school's administrator opening it is not the teacher's practice
        mvc.perform(get("/assessment/quizzes/" + quiz + "/analysis")
                .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN))))).andExpect(status().isOk());
        mvc.perform(get("/assessment/quizzes/" + quiz + "/analysis").with(authentication(fixture.as(teacher.account()))))
                .andExpect(status().isOk());
        mvc.perform(get("/assessment/quizzes/" + quiz + "/analysis").with(authentication(fixture.as(teacher.account()))))
                .andExpect(status().isOk());

        await().atMost(Duration.ofSeconds(20)).until(() -> lines(scope, teacher.account(), from, to)
                .get(EvidenceKind.ITEM_ANALYSIS_OPENED).any());
        Map<EvidenceKind, EvidenceLine> lines = lines(scope, teacher.account(), from, to);
        assertThat(lines.get(EvidenceKind.QUIZZES_SET).arguments()).containsExactly(1L, 1L);
        assertThat(lines.get(EvidenceKind.ITEM_ANALYSIS_OPENED).arguments()).containsExactly(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM development.analysis_opening WHERE quiz_id = ?").param(quiz)
                .query(Integer.class).single()).as("one row per quiz and day, and none for the admin").isOne();
    }

    @Test
    void theNationalFrameworkPutsQuizEvidenceBesideTheAssessmentIndicators() {
        List<String> mapped = jdbc.sql("""
                        SELECT e.code || ':' || x.evidence FROM development.indicator_evidence x
                        JOIN development.framework_element e ON e.id = x.element_id
                        JOIN development.framework f ON f.id = e.framework_id
                        WHERE f.code = 'JY/T 0646—2022' AND x.evidence IN ('QUIZZES_SET', 'ITEM_ANALYSIS_OPENED')
                        ORDER BY 1""").query(String.class).list();
        assertThat(mapped).containsExactly("3.3.1:QUIZZES_SET", "3.3.2:ITEM_ANALYSIS_OPENED",
                "3.3.3:ITEM_ANALYSIS_OPENED");
    }

    private Map<EvidenceKind, EvidenceLine> lines(Scope scope, UserId teacher, Instant from, Instant to) {
        return evidence.of(scope, teacher, fixture.a().school().path(), from, to);
    }
}
