package org.educloud.development;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.shared.Role;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class DevelopmentIsolatedEndpoints implements IsolatedEndpoints {

    private static final String PERIOD = "2026-2027";
    private static final String HEADER = "类型,编号,名称,英文名称,说明,平台证据";

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/development/frameworks"),
                byId(GET, "/development/frameworks/import", b -> "/development/frameworks/import?org="
                        + b.district().id()),
                byId(GET, "/development/frameworks/import/template.csv",
                        b -> "/development/frameworks/import/template.csv?org=" + b.district().id()),
                byId(POST, "/development/frameworks/import", b -> "/development/frameworks/import?org="
                        + b.district().id()).param("code", "越界").param("version", "1").param("name", "越界")
                        .file("file", HEADER + "\n"),
                list("/development/assessment"),
                byId(GET, "/development/teachers/{teacher}/assessment", b -> "/development/teachers/"
                        + b.person(Role.TEACHER).value() + "/assessment"),
                byId(POST, "/development/teachers/{teacher}/assessment/review", b -> "/development/teachers/"
                        + b.person(Role.TEACHER).value() + "/assessment/review?framework=1&period=" + PERIOD)
                        .param("reviewNote", "越界评价"),
                byId(GET, "/development/reports", b -> "/development/reports?org=" + b.district().id()),
                byId(GET, "/development/reports.xlsx", b -> "/development/reports.xlsx?org=" + b.district().id()),
                list("/development/programmes"),
                byId(GET, "/development/programmes/new", b -> "/development/programmes/new?org=" + b.district().id()),
                byId(POST, "/development/programmes", b -> "/development/programmes?org=" + b.district().id())
                        .param("name", "越界培训").param("creditHours", "2").param("rule", "ALL_SESSIONS"),
                byId(GET, "/development/programmes/{id}", b -> programme(b)),
                byId(POST, "/development/programmes/{id}/sessions", b -> programme(b) + "/sessions")
                        .param("title", "越界活动").param("mode", "LIVE").param("startsAt", "2026-11-02T09:00")
                        .param("hours", "2"),
                byId(POST, "/development/programmes/{id}/sessions/{session}/attendance",
                        b -> programme(b) + "/sessions/" + TrainingFixture.get().of(b).session() + "/attendance")
                        .param("present", b -> String.valueOf(b.person(Role.TEACHER).value())),
                byId(POST, "/development/programmes/{id}/join", b -> programme(b) + "/join"),
                byId(GET, "/development/programmes/{id}/edit", b -> programme(b) + "/edit"),
                byId(POST, "/development/programmes/{id}", b -> programme(b)).param("name", "越界修改")
                        .param("creditHours", "2").param("rule", "ALL_SESSIONS"),
                byId(POST, "/development/programmes/{id}/close", b -> programme(b) + "/close"),
                byId(POST, "/development/programmes/{id}/courses", b -> programme(b) + "/courses")
                        .param("course", "1").param("hours", "2"),
                byId(POST, "/development/programmes/{id}/tasks", b -> programme(b) + "/tasks")
                        .param("title", "越界作业").param("hours", "2"),
                byId(POST, "/development/programmes/{id}/tasks/{task}/submission",
                        b -> programme(b) + "/tasks/" + TrainingFixture.get().of(b).task() + "/submission")
                        .param("body", "越界提交"),
                byId(GET, "/development/programmes/{id}/tasks/{task}/submissions/{teacher}/evidence",
                        b -> programme(b) + "/tasks/" + TrainingFixture.get().of(b).task() + "/submissions/"
                                + b.person(Role.TEACHER).value() + "/evidence"),
                byId(POST, "/development/programmes/{id}/tasks/{task}/submissions/{teacher}/review",
                        b -> programme(b) + "/tasks/" + TrainingFixture.get().of(b).task() + "/submissions/"
                                + b.person(Role.TEACHER).value() + "/review").param("accept", "true"),
                list("/api/v1/development/programmes"),
                byId(GET, "/api/v1/development/programmes/{id}", b -> "/api/v1" + programme(b)),
                byId(POST, "/api/v1/development/programmes/{id}/join", b -> "/api/v1" + programme(b) + "/join"),
                byId(GET, "/api/v1/development/programmes/{id}/progress", b -> "/api/v1" + programme(b) + "/progress"),
                byId(GET, "/development/programmes/{id}/certificate.pdf", b -> programme(b) + "/certificate.pdf"),
                list("/development/credits"),
                list("/development/credits/review"),
                byId(GET, "/development/credits/claims/{id}/evidence", b -> claim(b) + "/evidence"),
                byId(POST, "/development/credits/claims/{id}/approve", b -> claim(b) + "/approve"),
                byId(POST, "/development/credits/claims/{id}/reject", b -> claim(b) + "/reject"),
                byId(GET, "/development/credits/behind", b -> "/development/credits/behind?org=" + b.school().id()),
                byId(GET, "/development/credits/requirement",
                        b -> "/development/credits/requirement?org=" + b.district().id()),
                byId(POST, "/development/credits/requirement",
                        b -> "/development/credits/requirement?org=" + b.district().id())
                        .param("hours", "1").param("years", "1").param("firstYear", "2026"),
                byId(GET, "/development/credits/import", b -> "/development/credits/import?org=" + b.district().id()),
                byId(POST, "/development/credits/import", b -> "/development/credits/import?org=" + b.district().id())
                        .file("file", "教师账号,培训机构,课程名称,培训日期,学时\n"));
    }

    private static String programme(org.educloud.support.TenantFixture.Side b) {
        return "/development/programmes/" + TrainingFixture.get().of(b).programme();
    }

    private static String claim(org.educloud.support.TenantFixture.Side b) {
        return "/development/credits/claims/" + TrainingFixture.get().of(b).claim();
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of("POST /development/credits/claims",
                "writes only the caller's own claim, at the school of their own teacher grant (CreditLedgerTest)",
                "GET /open/certificates",
                "public by design: answers a code with only what that certificate shows, else not found (CertificateTest)",
                "POST /development/assessment",
                "writes only the caller's own self-assessment, found from their own teacher grant (SelfAssessmentTest)",
                "GET /development/frameworks/{id}",
                "a framework is the same for every reader it is visible to and holds no person's data; a bureau's "
                        + "own is 404 outside its tree (FrameworkTest)");
    }
}
