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
                byId(GET, "/roster/schools/{id}", b -> "/roster/schools/" + b.school().id()));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }
}
