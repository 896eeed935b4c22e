package org.educloud.development;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.educloud.development.assessments.AssessmentSheet;
import org.educloud.development.assessments.RatingsRefused;
import org.educloud.development.assessments.SelfAssessments;
import org.educloud.development.frameworks.EvidenceKind;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A teacher rates themself on the framework's scale beside the platform's evidence; only their school reads it. */
@EduCloudTest
class SelfAssessmentTest {

    @Autowired
    SelfAssessments assessments;
    @Autowired
    Frameworks frameworks;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    private long national;
    private List<FrameworkTree.Node> indicators;

    @BeforeEach
    void aFreshYear() {
        jdbc.sql("DELETE FROM development.self_assessment WHERE teacher_account = ?")
                .param(teacher().value()).update();
        national = frameworks.national();
        indicators = frameworks.tree(scope(Role.TEACHER), national).indicators().toList();
    }

    private UserId teacher() {
        return fixture.a().person(Role.TEACHER);
    }

    private Scope scope(Role role) {
        return identity.scopeOf(fixture.a().person(role));
    }

    private Map<Long, Integer> every(int level) {
        Map<Long, Integer> levels = new HashMap<>();
        indicators.forEach(i -> levels.put(i.id(), level));
        return levels;
    }

    @Test
    void aTeacherRatesEveryIndicatorAndSeesThePlatformsEvidenceBesideIt() {
        assessments.rate(scope(Role.TEACHER), national, every(2), Map.of(indicators.getFirst().id(), "常用希沃白板"));
        AssessmentSheet sheet = assessments.mine(scope(Role.TEACHER), null, null);
        assertThat(sheet.assessment()).isNotNull();
        assertThat(sheet.assessment().ratings()).hasSize(33).allSatisfy((id, r) -> assertThat(r.level()).isEqualTo(2));
        assertThat(sheet.rating(indicators.getFirst().id()).note()).isEqualTo("常用希沃白板");
        long resources = indicators.stream().filter(i -> i.code().equals("3.1.2")).findFirst().orElseThrow().id();
        assertThat(sheet.evidence().get(resources)).extracting(e -> e.kind())
                .containsExactly(EvidenceKind.RESOURCES_CONTRIBUTED, EvidenceKind.RESOURCES_REVIEWED);
        assertThat(sheet.editable()).isTrue();
    }

    @Test
    void aRatingOutsideTheScaleIsRefusedAndNothingIsSaved() {
        Map<Long, Integer> levels = every(3);
        levels.put(indicators.get(4).id(), 9);
        assertThatThrownBy(() -> assessments.rate(scope(Role.TEACHER), national, levels, Map.of()))
                .isInstanceOfSatisfying(RatingsRefused.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("level_" + indicators.get(4).id())
                        .extractingByKey("level_" + indicators.get(4).id())
                        .extracting(RatingsRefused.Problem::messageKey).isEqualTo("development.rating.offScale"));
        assertThat(assessments.mine(scope(Role.TEACHER), null, null).assessment()).isNull();
    }

    @Test
    void theFormAnswersARatingOffTheScaleWithTheScaleInTheReadersLanguage() throws Exception {
        MockHttpServletRequestBuilder form = post("/development/assessment").param("framework", String.valueOf(national))
                .with(csrf()).with(authentication(fixture.as(teacher())));
        for (FrameworkTree.Node i : indicators) {
            form.param("level_" + i.id(), i == indicators.get(1) ? "很好" : "2");
        }
        mvc.perform(form).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("等级应为整数")));
        MockHttpServletRequestBuilder zero = post("/development/assessment").param("framework", String.valueOf(national))
                .with(csrf()).with(authentication(fixture.as(teacher())));
        for (FrameworkTree.Node i : indicators) {
            zero.param("level_" + i.id(), i == indicators.getFirst() ? "0" : "2");
        }
        mvc.perform(zero).andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("等级应为 1 到 4")));
    }

    @Test
    void anIndicatorLeftUnratedIsNamed() {
        Map<Long, Integer> levels = every(3);
        levels.remove(indicators.getLast().id());
        assertThatThrownBy(() -> assessments.rate(scope(Role.TEACHER), national, levels, Map.of()))
                .isInstanceOfSatisfying(RatingsRefused.class, refused -> assertThat(refused.problems())
                        .containsOnlyKeys("level_" + indicators.getLast().id()));
    }

    @Test
    void anotherTeacherReadsNoTeachersAssessment() throws Exception {
        assessments.rate(scope(Role.TEACHER), national, every(2), Map.of());
        mvc.perform(get("/development/teachers/" + teacher().value() + "/assessment")
                        .with(authentication(fixture.as(fixture.b().person(Role.TEACHER)))))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> assessments.ofTeacher(identity.scopeOf(fixture.b().person(Role.TEACHER)), teacher(),
                national, null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theSchoolReviewsItsTeacherAndASchoolAdminOfAnotherSchoolFindsNothing() throws Exception {
        assessments.rate(scope(Role.TEACHER), national, every(2), Map.of());
        mvc.perform(get("/development/teachers/" + teacher().value() + "/assessment")
                        .with(authentication(fixture.as(fixture.b().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> assessments.review(identity.scopeOf(fixture.b().person(Role.SCHOOL_ADMIN)),
                teacher(), national, assessments.mine(scope(Role.TEACHER), null, null).period(), Map.of(), "越界"))
                .isInstanceOf(NotFoundException.class);

        String period = assessments.mine(scope(Role.TEACHER), null, null).period();
        assessments.review(scope(Role.SCHOOL_ADMIN), teacher(), national, period,
                Map.of(indicators.getFirst().id(), 3), "课堂应用扎实");
        AssessmentSheet read = assessments.ofTeacher(scope(Role.SCHOOL_ADMIN), teacher(), national, period);
        assertThat(read.assessment().reviewNote()).isEqualTo("课堂应用扎实");
        assertThat(read.rating(indicators.getFirst().id()).leaderLevel()).isEqualTo(3);
        // reviewed: the teacher's ratings for the year stand
        assertThatThrownBy(() -> assessments.rate(scope(Role.TEACHER), national, every(4), Map.of()))
                .isInstanceOf(RuleViolationException.class).hasMessage("development.rating.alreadyReviewed");
        mvc.perform(get("/development/teachers/" + teacher().value() + "/assessment")
                        .with(authentication(fixture.as(fixture.a().person(Role.SCHOOL_ADMIN)))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("课堂应用扎实")));
    }

    @Test
    void theOwnPageShowsTheFormWithEveryIndicator() throws Exception {
        mvc.perform(get("/development/assessment").with(authentication(fixture.as(teacher()))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"level_" + indicators.getLast().id())));
    }
}
