package org.educloud.roster;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class RosterIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        List<IsolatedEndpoint> all = new java.util.ArrayList<>(oneRoster());
        all.addAll(pages());
        return all;
    }

    private static List<IsolatedEndpoint> pages() {
        return List.of(
                list("/roster/classes"),
                byId(GET, "/roster/classes/{id}", b -> "/roster/classes/" + b.classId()),
                list("/roster/students"),
                byId(GET, "/roster/students/{id}", b -> "/roster/students/" + b.studentId()),
                byId(GET, "/roster/students/new", b -> "/roster/students/new?school=" + b.school().id()),
                byId(POST, "/roster/students/new", b -> "/roster/students/new?school=" + b.school().id())
                        .param("name", "越界学生").param("gender", "MALE").param("birthDate", "2018-01-01")
                        .param("studentNumber", "G360121201801010015"),
                list("/roster/staff"),
                byId(POST, "/roster/classes/{id}/slips", b -> "/roster/classes/" + b.classId() + "/slips"),
                list("/roster/students/export.{format:csv|xlsx}", "/roster/students/export.csv"),
                byId(GET, "/roster/classes/new", b -> "/roster/classes/new?school=" + b.school().id()),
                byId(POST, "/roster/classes/new", b -> "/roster/classes/new?school=" + b.school().id())
                        .param("termId", "1").param("grade", "5").param("name", "越界班"),
                byId(GET, "/roster/staff/new", b -> "/roster/staff/new?school=" + b.school().id()),
                byId(POST, "/roster/staff/new", b -> "/roster/staff/new?school=" + b.school().id())
                        .param("staffNumber", "X1").param("name", "越界").param("gender", "MALE")
                        .param("qualification", "BACHELOR").param("title", "FIRST"),
                byId(POST, "/roster/students/{id}/enrolments", b -> "/roster/students/" + b.studentId() + "/enrolments")
                        .param("classId", b -> String.valueOf(b.classId())),
                byId(GET, "/roster/schools/{id}", b -> "/roster/schools/" + b.school().id()),
                byId(GET, "/roster/imports/{kind:students|staff|classes|guardians|enrolments}", b -> "/roster/imports/staff?school=" + b.school().id()),
                byId(POST, "/roster/imports/{kind:students|staff|classes|guardians|enrolments}", b -> "/roster/imports/students?school=" + b.school().id())
                        .file("file", "姓名,性别\n越界,男\n"),
                byId(GET, "/api/v1/schools/{id}/terms", b -> "/api/v1/schools/" + b.school().id() + "/terms"),
                byId(GET, "/api/v1/schools/{id}/roster-summary", b -> "/api/v1/schools/" + b.school().id() + "/roster-summary"),
                list("/api/v1/classes"),
                byId(GET, "/api/v1/classes/{id}", b -> "/api/v1/classes/" + b.classId()),
                list("/api/v1/students"),
                byId(GET, "/api/v1/students/{id}", b -> "/api/v1/students/" + b.studentId()),
                byId(POST, "/api/v1/schools/{id}/students", b -> "/api/v1/schools/" + b.school().id() + "/students")
                        .json("{\"name\":\"越界\",\"gender\":\"MALE\",\"birthDate\":\"2018-01-01\","
                                + "\"studentNumber\":\"G360121201801010031\"}"),
                list("/api/v1/staff"),
                byId(GET, "/roster/imports/oneroster.zip", b -> "/roster/imports/oneroster.zip?org=" + b.district().id()),
                byId(POST, "/roster/students/{id}/guardians", b -> "/roster/students/" + b.studentId() + "/guardians")
                        .param("name", "越界家长"),
                byId(POST, "/roster/students/{id}/guardians/{guardianId}",
                        b -> "/roster/students/" + b.studentId() + "/guardians/" + b.guardianId())
                        .param("name", "越界改名"),
                byId(POST, "/roster/students/{id}/guardians/{guardianId}/unlink",
                        b -> "/roster/students/" + b.studentId() + "/guardians/" + b.guardianId() + "/unlink"),
                byId(GET, "/roster/staff/{id}", b -> "/roster/staff/" + b.staffId()),
                byId(GET, "/roster/staff/{id}/edit", b -> "/roster/staff/" + b.staffId() + "/edit"),
                byId(POST, "/roster/staff/{id}/edit", b -> "/roster/staff/" + b.staffId() + "/edit")
                        .param("staffNumber", "FX-T1").param("name", "改名").param("gender", "MALE")
                        .param("qualification", "BACHELOR").param("title", "FIRST"),
                byId(GET, "/roster/students/{id}/edit", b -> "/roster/students/" + b.studentId() + "/edit"),
                byId(POST, "/roster/students/{id}/password-reset",
                        b -> "/roster/students/" + b.studentId() + "/password-reset"),
                byId(POST, "/roster/students/{id}/edit", b -> "/roster/students/" + b.studentId() + "/edit")
                        .param("name", "改名").param("gender", "MALE").param("birthDate", "2018-03-01")
                        .param("studentNumber", "G360121201803010022"),
                byId(POST, "/roster/students/{id}/transfer", b -> "/roster/students/" + b.studentId() + "/transfer")
                        .param("toSchool", b -> b.school().id().toString()).param("on", "2026-11-01"),
                byId(GET, "/roster/schools/{id}/promotion", b -> "/roster/schools/" + b.school().id() + "/promotion"),
                byId(POST, "/roster/schools/{id}/promotion", b -> "/roster/schools/" + b.school().id() + "/promotion")
                        .param("from", "1").param("to", "2"),
                byId(GET, "/roster/imports/oneroster", b -> "/roster/imports/oneroster?org=" + b.district().id()),
                byId(POST, "/roster/imports/oneroster", b -> "/roster/imports/oneroster?org=" + b.district().id())
                        .file("file", "not a zip"),
                byId(GET, "/roster/imports/{id:\\d+}", b -> "/roster/imports/" + b.importRunId()),
                byId(GET, "/roster/imports/{id:\\d+}/problems.csv", b -> "/roster/imports/" + b.importRunId() + "/problems.csv"));
    }

    /** The OneRoster REST binding: people get 403 here; {@code OneRosterApiTest} walks them as district A's client. */
    static List<IsolatedEndpoint> oneRoster() {
        String base = "/ims/oneroster/rostering/v1p2";
        return List.of(
                list(base + "/orgs"),
                byId(GET, base + "/orgs/{id}", b -> base + "/orgs/org-" + b.school().id()),
                list(base + "/schools"),
                byId(GET, base + "/schools/{id}", b -> base + "/schools/org-" + b.school().id()),
                byId(GET, base + "/schools/{id}/classes", b -> base + "/schools/org-" + b.school().id() + "/classes"),
                byId(GET, base + "/schools/{id}/courses", b -> base + "/schools/org-" + b.school().id() + "/courses"),
                byId(GET, base + "/schools/{id}/enrollments", b -> base + "/schools/org-" + b.school().id() + "/enrollments"),
                byId(GET, base + "/schools/{id}/students", b -> base + "/schools/org-" + b.school().id() + "/students"),
                byId(GET, base + "/schools/{id}/teachers", b -> base + "/schools/org-" + b.school().id() + "/teachers"),
                byId(GET, base + "/schools/{id}/terms", b -> base + "/schools/org-" + b.school().id() + "/terms"),
                byId(GET, base + "/schools/{schoolId}/classes/{classId}/enrollments",
                        b -> base + "/schools/org-" + b.school().id() + "/classes/class-" + b.classId() + "/enrollments"),
                byId(GET, base + "/schools/{schoolId}/classes/{classId}/students",
                        b -> base + "/schools/org-" + b.school().id() + "/classes/class-" + b.classId() + "/students"),
                byId(GET, base + "/schools/{schoolId}/classes/{classId}/teachers",
                        b -> base + "/schools/org-" + b.school().id() + "/classes/class-" + b.classId() + "/teachers"),
                list(base + "/academicSessions"),
                byId(GET, base + "/academicSessions/{id}", b -> base + "/academicSessions/term-0"),
                list(base + "/terms"),
                byId(GET, base + "/terms/{id}", b -> base + "/terms/term-0"),
                byId(GET, base + "/terms/{id}/classes", b -> base + "/terms/term-0/classes"),
                byId(GET, base + "/terms/{id}/gradingPeriods", b -> base + "/terms/term-0/gradingPeriods"),
                list(base + "/gradingPeriods"),
                byId(GET, base + "/gradingPeriods/{id}", b -> base + "/gradingPeriods/gp-1"),
                list(base + "/courses"),
                byId(GET, base + "/courses/{id}", b -> base + "/courses/course-" + b.school().id() + "-2026-2027-g03"),
                byId(GET, base + "/courses/{id}/classes",
                        b -> base + "/courses/course-" + b.school().id() + "-2026-2027-g03/classes"),
                list(base + "/classes"),
                byId(GET, base + "/classes/{id}", b -> base + "/classes/class-" + b.classId()),
                byId(GET, base + "/classes/{id}/students", b -> base + "/classes/class-" + b.classId() + "/students"),
                byId(GET, base + "/classes/{id}/teachers", b -> base + "/classes/class-" + b.classId() + "/teachers"),
                list(base + "/users"),
                byId(GET, base + "/users/{id}", b -> base + "/users/user-s-" + b.studentId()),
                byId(GET, base + "/users/{id}/classes", b -> base + "/users/user-t-" + b.staffId() + "/classes"),
                list(base + "/students"),
                byId(GET, base + "/students/{id}", b -> base + "/students/user-s-" + b.studentId()),
                byId(GET, base + "/students/{id}/classes", b -> base + "/students/user-s-" + b.studentId() + "/classes"),
                list(base + "/teachers"),
                byId(GET, base + "/teachers/{id}", b -> base + "/teachers/user-t-" + b.staffId()),
                byId(GET, base + "/teachers/{id}/classes", b -> base + "/teachers/user-t-" + b.staffId() + "/classes"),
                list(base + "/enrollments"),
                byId(GET, base + "/enrollments/{id}", b -> base + "/enrollments/enr-h-" + b.classId()),
                list(base + "/demographics"),
                byId(GET, base + "/demographics/{id}", b -> base + "/demographics/user-s-" + b.studentId()));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of(
                "GET /roster/imports/templates/{kind:students|staff|classes|guardians|enrolments}.csv", "an empty template, the same for everyone",
                "GET /roster/imports/templates/{kind:students|staff|classes|guardians|enrolments}.xlsx", "an empty template, the same for everyone");
    }
}
