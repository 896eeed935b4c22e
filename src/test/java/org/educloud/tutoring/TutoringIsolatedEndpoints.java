package org.educloud.tutoring;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class TutoringIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/tutoring/mastery"),
                list("/tutoring/classes"),
                byId(GET, "/tutoring/mastery", b -> "/tutoring/mastery?student=" + b.studentId()),
                byId(GET, "/tutoring/classes/{classId}", b -> "/tutoring/classes/" + b.classId()),
                byId(GET, "/tutoring/classes/{classId}/students/{studentId}", b -> "/tutoring/classes/" + b.classId()
                        + "/students/" + b.studentId()),
                byId(GET, "/tutoring/classes/{classId}/warnings", b -> "/tutoring/classes/" + b.classId()
                        + "/warnings"));
    }

    @Override
    public Map<String, String> exempt() {
        String own = "practice is the calling student's own, on a catalogue knowledge point (not tenant data); "
                + "items come only from the banks of the caller's school and the bureaus above it";
        return Map.of("GET /tutoring/practice/{knowledgePoint}", own,
                "POST /tutoring/practice/{knowledgePoint}", own);
    }
}
