package org.educloud.assessment.exams;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.assessment.ExamFixture;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;
import org.educloud.support.TenantFixture;

/**
 * Exams and score analysis in the tenant-isolation walk: an exam, school, class or assignment of district B answers
 * 403/404 to every role of district A, and A's list of exams never shows B's.
 */
class ExamIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/assessment/exams"),
                list("/api/v1/assessment/exams"),
                byId(GET, "/api/v1/assessment/exams/{examId}/analysis", b -> "/api/v1/assessment/exams/"
                        + ExamFixture.get().examOf(b) + "/analysis"),
                byId(POST, "/assessment/exams", b -> "/assessment/exams")
                        .param("schoolId", b -> String.valueOf(b.school().id().value())).param("termId", "1")
                        .param("name", "越界考试").param("heldOn", "2026-11-10").param("grade", "5")
                        .param("subjects", "语文 100"),
                byId(POST, "/assessment/schools/{schoolId}/score-privacy", b -> "/assessment/schools/"
                        + b.school().id().value() + "/score-privacy").param("ranks", "true"),
                byId(GET, "/assessment/exams/{examId}", ExamIsolatedEndpoints::exam),
                byId(GET, "/assessment/exams/{examId}/analysis.xlsx", b -> exam(b) + "/analysis.xlsx"),
                byId(GET, "/assessment/exams/{examId}/classes/{classId}/scores", ExamIsolatedEndpoints::scores),
                byId(POST, "/assessment/exams/{examId}/classes/{classId}/scores", ExamIsolatedEndpoints::scores)
                        .param("s_1_0", "50"),
                byId(GET, "/assessment/exams/{examId}/classes/{classId}/scores.xlsx", b -> scores(b) + ".xlsx"),
                byId(POST, "/assessment/exams/{examId}/classes/{classId}/import", b -> exam(b) + "/classes/"
                        + b.classId() + "/import").file("file", "姓名,语文\n越界,50\n"),
                byId(GET, "/assessment/assignments/{assignmentId}/scores", b -> "/assessment/assignments/"
                        + b.assignmentId() + "/scores"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }

    static String exam(TenantFixture.Side side) {
        return "/assessment/exams/" + ExamFixture.get().examOf(side);
    }

    static String scores(TenantFixture.Side side) {
        return exam(side) + "/classes/" + side.classId() + "/scores";
    }
}
