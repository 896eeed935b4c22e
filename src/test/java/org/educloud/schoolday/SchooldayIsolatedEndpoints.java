package org.educloud.schoolday;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;
import org.educloud.support.TenantFixture;

/**
 * The school day's endpoints in the tenant-isolation walk: a class, school or student of district B answers 403/404
 * to every role of district A, and the caller's own week, today and attendance lists never show B.
 */
class SchooldayIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        List<IsolatedEndpoint> all = new ArrayList<>(List.of(
                list("/schoolday/timetable"),
                list("/schoolday/today"),
                byId(GET, "/schoolday/classes/{classId}/timetable", b -> klass(b) + "/timetable"),
                byId(POST, "/schoolday/classes/{classId}/lessons", b -> klass(b) + "/lessons")
                        .param("weekday", "1").param("position", "2").param("subject", "语文"),
                byId(POST, "/schoolday/classes/{classId}/changes", b -> klass(b) + "/changes")
                        .param("date", "2026-12-09").param("position", "2").param("kind", "CANCELLED"),
                byId(POST, "/schoolday/classes/{classId}/changes/{changeId}/delete", b -> klass(b) + "/changes/1/delete"),
                byId(GET, "/schoolday/classes/{classId}/timetable.xlsx", b -> klass(b) + "/timetable.xlsx"),
                byId(POST, "/schoolday/classes/{classId}/timetable/import", b -> klass(b) + "/timetable/import")
                        .file("file", "节次,周一\n第1节,语文\n"),
                byId(GET, "/schoolday/schools/{schoolId}/bells", b -> school(b) + "/bells"),
                byId(POST, "/schoolday/schools/{schoolId}/bells", b -> school(b) + "/bells")
                        .param("term", "1").param("position", "1").param("label", "第1节").param("kind", "LESSON")
                        .param("startsAt", "08:00").param("endsAt", "08:40"),
                byId(POST, "/schoolday/schools/{schoolId}/bells/delete", b -> school(b) + "/bells/delete")
                        .param("term", "1").param("position", "1"),
                list("/schoolday/attendance"),
                byId(GET, "/schoolday/classes/{classId}/roll", b -> klass(b) + "/roll"),
                byId(POST, "/schoolday/classes/{classId}/roll", b -> klass(b) + "/roll")
                        .param("date", "2026-12-01").param("mark_" + 1, "ABSENT"),
                byId(POST, "/schoolday/leave", b -> "/schoolday/leave")
                        .param("student", b -> String.valueOf(b.studentId())).param("firstDay", "2026-12-08")
                        .param("lastDay", "2026-12-08").param("reason", "事假"),
                // no leave request of district B exists in the fixture: SchooldayIsolationTest decides a real one
                byId(POST, "/schoolday/leave/{requestId}/decision", b -> "/schoolday/leave/9000000000/decision")
                        .param("approve", "true"),
                byId(GET, "/schoolday/schools/{schoolId}/attendance", b -> school(b) + "/attendance"),
                byId(POST, "/schoolday/classes/{classId}/period-work", b -> klass(b) + "/period-work")
                        .param("assignmentId", "1").param("position", "2"),
                byId(GET, "/api/v1/schoolday/classes/{classId}/timetable", b -> api(b) + "/timetable"),
                list("/api/v1/schoolday/my/timetable"),
                byId(GET, "/api/v1/schoolday/classes/{classId}/roll", b -> api(b) + "/roll"),
                byId(PUT, "/api/v1/schoolday/classes/{classId}/roll", b -> api(b) + "/roll")
                        .param("date", "2026-12-01").json(b -> "{\"marks\":[{\"studentId\":" + b.studentId()
                                + ",\"mark\":\"ABSENT\"}]}"),
                byId(GET, "/api/v1/schoolday/classes/{classId}/attendance", b -> api(b) + "/attendance"),
                byId(GET, "/api/v1/schoolday/students/{studentId}/attendance",
                        b -> "/api/v1/schoolday/students/" + b.studentId() + "/attendance")));
        return all;
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }

    static String klass(TenantFixture.Side side) {
        return "/schoolday/classes/" + side.classId();
    }

    static String api(TenantFixture.Side side) {
        return "/api/v1/schoolday/classes/" + side.classId();
    }

    static String school(TenantFixture.Side side) {
        return "/schoolday/schools/" + side.school().id().value();
    }
}
