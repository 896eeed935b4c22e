package org.educloud.equity;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.educloud.equity.surveys.ImportingSurveys;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class EquityIsolatedEndpoints implements IsolatedEndpoints {

    private static final String YEAR = "2026-2027";

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/equity"),
                byId(GET, "/equity/surveys", b -> "/equity/surveys?org=" + b.district().id()),
                byId(GET, "/equity/surveys/{school}", b -> "/equity/surveys/" + b.school().id()),
                byId(POST, "/equity/surveys/{school}", b -> "/equity/surveys/" + b.school().id() + "?year=" + YEAR)
                        .param("teachingArea", "100"),
                byId(POST, "/equity/surveys/{school}/submit", b -> "/equity/surveys/" + b.school().id()
                        + "/submit?year=" + YEAR + "&version=0"),
                byId(POST, "/equity/surveys/{school}/confirm", b -> "/equity/surveys/" + b.school().id()
                        + "/confirm?year=" + YEAR + "&version=0"),
                byId(POST, "/equity/surveys/{school}/return", b -> "/equity/surveys/" + b.school().id()
                        + "/return?year=" + YEAR + "&version=0").param("reason", "越界退回"),
                byId(GET, "/equity/surveys/import", b -> "/equity/surveys/import?org=" + b.district().id()),
                byId(GET, "/equity/surveys/import/template.csv", b -> "/equity/surveys/import/template.csv?org="
                        + b.district().id()),
                byId(GET, "/equity/surveys/import/template.xlsx", b -> "/equity/surveys/import/template.xlsx?org="
                        + b.district().id()),
                byId(POST, "/equity/surveys/import", b -> "/equity/surveys/import?org=" + b.district().id())
                        .param("year", YEAR).file("file", String.join(",", ImportingSurveys.HEADERS) + "\n"),
                byId(GET, "/equity/digital", b -> "/equity/digital?org=" + b.district().id()),
                byId(GET, "/equity/attendance", b -> "/equity/attendance?org=" + b.district().id()),
                byId(GET, "/api/v1/equity/orgs/{org}/digital", b -> "/api/v1/equity/orgs/" + b.district().id()
                        + "/digital"),
                byId(GET, "/equity/balance", b -> "/equity/balance?district=" + b.district().id()),
                byId(GET, "/equity/schools/{school}/balance", b -> "/equity/schools/" + b.school().id() + "/balance"),
                byId(GET, "/api/v1/equity/districts/{district}/balance", b -> "/api/v1/equity/districts/"
                        + b.district().id() + "/balance"),
                byId(GET, "/api/v1/equity/schools/{school}/balance", b -> "/api/v1/equity/schools/"
                        + b.school().id() + "/balance"),
                byId(GET, "/equity/schools/{school}/classes", b -> "/equity/schools/" + b.school().id() + "/classes"),
                byId(GET, "/api/v1/equity/schools/{school}/classes", b -> "/api/v1/equity/schools/" + b.school().id()
                        + "/classes"),
                byId(GET, "/equity/balance/trend", b -> "/equity/balance/trend?district=" + b.district().id()),
                byId(GET, "/api/v1/equity/districts/{district}/balance-trend", b -> "/api/v1/equity/districts/"
                        + b.district().id() + "/balance-trend"),
                byId(GET, "/api/v1/equity/orgs/{org}/digital-trend", b -> "/api/v1/equity/orgs/"
                        + b.district().id() + "/digital-trend"),
                byId(POST, "/equity/exports", b -> "/equity/exports?org=" + b.district().id() + "&format=XLSX"),
                byId(GET, "/equity/exports/{id}", b -> "/equity/exports/" + b.reportExportId()),
                byId(GET, "/equity/exports/{id}/file", b -> "/equity/exports/" + b.reportExportId() + "/file"),
                byId(POST, "/api/v1/equity/orgs/{org}/balance-exports", b -> "/api/v1/equity/orgs/"
                        + b.district().id() + "/balance-exports?format=PDF"),
                byId(GET, "/api/v1/equity/exports/{id}", b -> "/api/v1/equity/exports/" + b.reportExportId()),
                byId(GET, "/api/v1/equity/exports/{id}/file", b -> "/api/v1/equity/exports/" + b.reportExportId()
                        + "/file"),
                byId(GET, "/api/v1/equity/orgs/{org}/surveys", b -> "/api/v1/equity/orgs/" + b.district().id()
                        + "/surveys"),
                byId(GET, "/api/v1/equity/schools/{school}/surveys/{year}", b -> "/api/v1/equity/schools/"
                        + b.school().id() + "/surveys/" + YEAR),
                byId(PUT, "/api/v1/equity/schools/{school}/surveys/{year}", b -> "/api/v1/equity/schools/"
                        + b.school().id() + "/surveys/" + YEAR).json("{\"teachingArea\": 100}"),
                byId(POST, "/api/v1/equity/schools/{school}/surveys/{year}/submit", b -> "/api/v1/equity/schools/"
                        + b.school().id() + "/surveys/" + YEAR + "/submit?version=0"),
                byId(POST, "/api/v1/equity/schools/{school}/surveys/{year}/confirm", b -> "/api/v1/equity/schools/"
                        + b.school().id() + "/surveys/" + YEAR + "/confirm?version=0"),
                byId(POST, "/api/v1/equity/schools/{school}/surveys/{year}/return", b -> "/api/v1/equity/schools/"
                        + b.school().id() + "/surveys/" + YEAR + "/return?version=0&reason=x"),
                byId(GET, "/equity/surveys/bulk", b -> "/equity/surveys/bulk?org=" + b.district().id()
                        + "&action=CONFIRM"),
                byId(POST, "/equity/surveys/bulk", b -> "/equity/surveys/bulk?org=" + b.district().id()
                        + "&year=" + YEAR + "&action=CONFIRM").param("plan", b -> b.school().id() + ":0"),
                byId(GET, "/api/v1/equity/orgs/{org}/surveys/{year}/bulk", b -> "/api/v1/equity/orgs/"
                        + b.district().id() + "/surveys/" + YEAR + "/bulk?action=SUBMIT"),
                byId(POST, "/api/v1/equity/orgs/{org}/surveys/{year}/bulk", b -> "/api/v1/equity/orgs/"
                        + b.district().id() + "/surveys/" + YEAR + "/bulk?action=CONFIRM")
                        .json(b -> "[{\"school\": " + b.school().id() + ", \"version\": 0}]"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }
}
