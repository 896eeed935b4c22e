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
                byId(GET, "/development/reports.xlsx", b -> "/development/reports.xlsx?org=" + b.district().id()));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of("POST /development/assessment",
                "writes only the caller's own self-assessment, found from their own teacher grant (SelfAssessmentTest)",
                "GET /development/frameworks/{id}",
                "a framework is the same for every reader it is visible to and holds no person's data; a bureau's "
                        + "own is 404 outside its tree (FrameworkTest)");
    }
}
