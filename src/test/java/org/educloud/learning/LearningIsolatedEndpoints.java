package org.educloud.learning;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class LearningIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/learning/assignments"),
                list("/learning/notifications"),
                list("/api/v1/learning/assignments"),
                list("/api/v1/learning/tasks"),
                list("/learning/courses"),
                list("/learning/activity"),
                list("/api/v1/learning/courses"),
                byId(GET, "/learning/courses/{id}", b -> "/learning/courses/" + b.courseId()),
                byId(GET, "/api/v1/learning/courses/{id}", b -> "/api/v1/learning/courses/" + b.courseId()),
                byId(GET, "/learning/courses/{id}/edit", b -> "/learning/courses/" + b.courseId() + "/edit"),
                byId(POST, "/learning/courses/{id}/edit", b -> "/learning/courses/" + b.courseId() + "/edit")
                        .param("title", "越界").param("sharing", "REGION"),
                byId(POST, "/learning/courses/{id}/publish", b -> "/learning/courses/" + b.courseId() + "/publish"),
                byId(POST, "/learning/courses/{id}/units", b -> "/learning/courses/" + b.courseId() + "/units")
                        .param("title", "越界单元"),
                byId(POST, "/learning/courses/{id}/units/{unitId}/move", b -> "/learning/courses/" + b.courseId()
                        + "/units/1/move"),
                byId(GET, "/learning/courses/{id}/units/{unitId}/lessons/new", b -> "/learning/courses/"
                        + b.courseId() + "/units/1/lessons/new"),
                byId(POST, "/learning/courses/{id}/units/{unitId}/lessons", b -> "/learning/courses/" + b.courseId()
                        + "/units/1/lessons").param("title", "越界课时"),
                byId(GET, "/learning/courses/{id}/lessons/{lessonId}/edit", b -> "/learning/courses/" + b.courseId()
                        + "/lessons/" + b.lessonId() + "/edit"),
                byId(POST, "/learning/courses/{id}/lessons/{lessonId}/edit", b -> "/learning/courses/" + b.courseId()
                        + "/lessons/" + b.lessonId() + "/edit").param("title", "越界课时"),
                byId(POST, "/learning/courses/{id}/lessons/{lessonId}/move", b -> "/learning/courses/" + b.courseId()
                        + "/lessons/" + b.lessonId() + "/move"),
                byId(POST, "/learning/courses/{id}/classes", b -> "/learning/courses/" + b.courseId() + "/classes")
                        .param("classIds", b -> String.valueOf(b.classId())),
                byId(POST, "/learning/courses/{id}/lessons/{lessonId}/done", b -> "/learning/courses/" + b.courseId()
                        + "/lessons/" + b.lessonId() + "/done"),
                byId(GET, "/learning/courses/{id}/lessons/{lessonId}/resources/{resourceId}", b -> "/learning/courses/"
                        + b.courseId() + "/lessons/" + b.lessonId() + "/resources/" + b.resourceId()),
                byId(GET, "/learning/assignments/{id}", b -> "/learning/assignments/" + b.assignmentId()),
                byId(POST, "/learning/assignments/{id}/publish", b -> "/learning/assignments/" + b.assignmentId()
                        + "/publish"),
                byId(POST, "/learning/assignments/{id}/files", b -> "/learning/assignments/" + b.assignmentId()
                        + "/files").file("file", "%PDF-1.4\n%%EOF\n"),
                byId(GET, "/learning/assignments/{id}/files/{fileId}", b -> "/learning/assignments/"
                        + b.assignmentId() + "/files/1"),
                byId(POST, "/learning/assignments/{id}/submissions", b -> "/learning/assignments/" + b.assignmentId()
                        + "/submissions").param("token", "8d0b7e4e-0000-4000-8000-000000000001")
                        .param("answer", "越界作答"),
                byId(GET, "/learning/submissions/{id}/files/{fileId}", b -> "/learning/submissions/"
                        + b.submissionId() + "/files/" + b.submissionFileId()),
                byId(GET, "/learning/assignments/{id}/grading", b -> "/learning/assignments/" + b.assignmentId()
                        + "/grading"),
                // a handed-in photo or PDF shown inline for grading, and an annotated photo saved as feedback
                byId(GET, "/learning/submissions/{id}/files/{fileId}", b -> "/learning/submissions/"
                        + b.submissionId() + "/files/" + b.submissionFileId() + "?inline=true"),
                byId(POST, "/learning/assignments/{id}/grades/{studentId}", b -> "/learning/assignments/"
                        + b.assignmentId() + "/grades/" + b.studentId()).param("score", "1").param("release", "true")
                        .file("feedbackFile", "%PDF-1.4\n%%EOF\n"),
                byId(GET, "/learning/assignments/{id}/grades/{studentId}/feedback-file", b -> "/learning/assignments/"
                        + b.assignmentId() + "/grades/" + b.studentId() + "/feedback-file?inline=true"),
                byId(POST, "/learning/assignments/{id}/release", b -> "/learning/assignments/" + b.assignmentId()
                        + "/release?student=" + b.studentId()),
                byId(POST, "/learning/assignments/{id}/grades/{studentId}", b -> "/learning/assignments/"
                        + b.assignmentId() + "/grades/" + b.studentId()).param("score", "1"),
                byId(POST, "/learning/assignments/{id}/release", b -> "/learning/assignments/" + b.assignmentId()
                        + "/release"),
                byId(GET, "/learning/assignments/{id}/grades/{studentId}/feedback-file", b -> "/learning/assignments/"
                        + b.assignmentId() + "/grades/" + b.studentId() + "/feedback-file"),
                byId(GET, "/learning/classes/{classId}/gradebook", b -> "/learning/classes/" + b.classId()
                        + "/gradebook"),
                byId(GET, "/learning/classes/{classId}/gradebook.xlsx", b -> "/learning/classes/" + b.classId()
                        + "/gradebook.xlsx"),
                byId(GET, "/learning/classes/{classId}/gradebook.csv", b -> "/learning/classes/" + b.classId()
                        + "/gradebook.csv"),
                byId(POST, "/api/v1/learning/assignments/{id}/publish", b -> "/api/v1/learning/assignments/"
                        + b.assignmentId() + "/publish"),
                byId(GET, "/api/v1/learning/assignments/{id}", b -> "/api/v1/learning/assignments/" + b.assignmentId()),
                byId(POST, "/api/v1/learning/assignments/{id}/submissions", b -> "/api/v1/learning/assignments/"
                        + b.assignmentId() + "/submissions")
                        .json("{\"token\":\"8d0b7e4e-0000-4000-8000-000000000002\",\"answer\":\"越界\"}"),
                byId(GET, "/api/v1/learning/assignments/{id}/work", b -> "/api/v1/learning/assignments/"
                        + b.assignmentId() + "/work"),
                byId(GET, "/api/v1/learning/assignments/{id}/sheet", b -> "/api/v1/learning/assignments/"
                        + b.assignmentId() + "/sheet"),
                byId(PUT, "/api/v1/learning/assignments/{id}/grades/{studentId}", b -> "/api/v1/learning/assignments/"
                        + b.assignmentId() + "/grades/" + b.studentId()).json("{\"score\":1}"),
                byId(POST, "/api/v1/learning/assignments/{id}/release", b -> "/api/v1/learning/assignments/"
                        + b.assignmentId() + "/release"),
                byId(GET, "/api/v1/learning/classes/{classId}/gradebook", b -> "/api/v1/learning/classes/"
                        + b.classId() + "/gradebook"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.ofEntries(
                Map.entry("GET /learning/assignments/new", "an empty form; the classes offered are the caller's own"),
                Map.entry("GET /learning/courses/new", "an empty form"),
                Map.entry("POST /learning/courses", "creates a course at the caller's own school (CourseTest)"),
                Map.entry("POST /learning/assignments", "sets work only for classes the caller teaches "
                        + "(another class is refused: LearningTest)"),
                Map.entry("POST /api/v1/learning/assignments", "sets work only for classes the caller teaches "
                        + "(LearningTest)"),
                Map.entry("POST /learning/notifications/{id}/open", "the caller's own notifications only; another "
                        + "person's id answers 404 (LearningTest)"),
                Map.entry("POST /learning/notifications/read", "marks the caller's own notifications only"),
                Map.entry("POST /learning/notifications/preferences", "the caller's own settings"));
    }
}
