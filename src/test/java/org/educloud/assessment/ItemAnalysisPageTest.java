package org.educloud.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.educloud.assessment.attempts.Attempts;
import org.educloud.assessment.attempts.StudentQuiz;
import org.educloud.assessment.statistics.QuizAnalysis;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** After the demo class took the unit quiz, its teacher reads the item analysis on the page and in Excel. */
@EduCloudTest
class ItemAnalysisPageTest {

    @Autowired
    IdentityManagement identity;
    @Autowired
    Attempts attempts;
    @Autowired
    QuizAnalysis analysis;
    @Autowired
    TenantFixture fixture;
    @Autowired
    MockMvc mvc;

    private Scope demo(String username) {
        return identity.scopeOf(identity.accountNamed(username).orElseThrow());
    }

    private long unitQuiz() {
        return attempts.myQuizzes(demo("student.zhang")).stream().filter(q -> q.title().contains("单元小测"))
                .findFirst().map(StudentQuiz::quizId).orElseThrow();
    }

    @Test
    void theUnitQuizHasFiguresForEveryItemAndAReliability() {
        QuizAnalysis.Report report = analysis.of(demo("teacher.wang"), unitQuiz());
        assertThat(report.students()).isGreaterThan(20);
        assertThat(report.analysis().items()).hasSize(10)
                .allSatisfy(item -> assertThat(item.difficulty().defined()).isTrue());
        assertThat(report.analysis().test().alpha().defined()).isTrue();
        assertThat(report.table().knowledgePoints()).hasSize(4);
        assertThat(report.analysis().items()).filteredOn(i -> !i.options().isEmpty()).isNotEmpty();
    }

    @Test
    void thePageAndTheWorkbookShowItAndNobodyElseReadsIt() throws Exception {
        long quiz = unitQuiz();
        var wang = fixture.as(identity.accountNamed("teacher.wang").orElseThrow());
        String page = mvc.perform(get("/assessment/quizzes/" + quiz + "/analysis").with(authentication(wang)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Cronbach", "几分之一");
        byte[] xlsx = mvc.perform(get("/assessment/quizzes/" + quiz + "/analysis.xlsx").with(authentication(wang)))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheets().map(s -> s.getName()).toList()).hasSize(4);
            List<?> rows = workbook.getSheets().toList().get(1).read();
            assertThat(rows).hasSize(11);
        }
        assertThat(mvc.perform(get("/assessment/quizzes/" + quiz + "/analysis")
                        .with(authentication(fixture.as(identity.accountNamed("teacher.li").orElseThrow()))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analysis.of(demo("student.zhang"), quiz))
                .isInstanceOf(NotFoundException.class);
    }
}
