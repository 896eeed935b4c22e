package org.educloud.assessment;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class AssessmentIsolatedEndpoints implements IsolatedEndpoints {

    private static final String ITEM_JSON = """
            {"stage":"PRIMARY","subject":"MATHEMATICS","grade":3,"difficulty":2,"source":"越界","sharing":"PRIVATE",
             "knowledgePoints":[1],"content":{"type":"TRUE_FALSE","stem":"越界","choices":[{"id":"A","html":"对"},
             {"id":"B","html":"错"}],"key":["A"]}}""";

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/api/v1/assessment/items"),
                list("/api/v1/assessment/quizzes"),
                list("/api/v1/assessment/my/quizzes"),
                byId(GET, "/api/v1/assessment/items/{id}", b -> "/api/v1/assessment/items/" + b.assessed().itemId()),
                byId(PUT, "/api/v1/assessment/items/{id}", b -> "/api/v1/assessment/items/" + b.assessed().itemId())
                        .json(ITEM_JSON),
                byId(POST, "/api/v1/assessment/items/{id}/submit", b -> "/api/v1/assessment/items/"
                        + b.assessed().itemId() + "/submit"),
                byId(POST, "/api/v1/assessment/items/{id}/review", b -> "/api/v1/assessment/items/"
                        + b.assessed().itemId() + "/review").json("{\"approve\":true}"),
                byId(GET, "/api/v1/assessment/items/{id}/history", b -> "/api/v1/assessment/items/"
                        + b.assessed().itemId() + "/history"),
                // a quiz assembled from the other side's item
                byId(POST, "/api/v1/assessment/quizzes", b -> "/api/v1/assessment/quizzes")
                        // every field given: a body the API would refuse as unreadable (400) never reaches the scope check
                        .json(b -> "{\"title\":\"越界\",\"instructions\":\"\",\"attemptsAllowed\":1,\"shuffleItems\":false,"
                                + "\"shuffleOptions\":false,\"answersVisible\":\"NEVER\",\"blueprint\":[],"
                                + "\"items\":[{\"itemId\":" + b.assessed().itemId() + ",\"points\":1}]}"),
                byId(GET, "/api/v1/assessment/quizzes/{id}", b -> "/api/v1/assessment/quizzes/" + b.assessed().quizId()),
                byId(PUT, "/api/v1/assessment/quizzes/{id}", b -> "/api/v1/assessment/quizzes/" + b.assessed().quizId())
                        .json("{\"title\":\"越界\",\"instructions\":\"\",\"attemptsAllowed\":1,\"shuffleItems\":false,"
                                + "\"shuffleOptions\":false,\"answersVisible\":\"NEVER\",\"items\":[],\"blueprint\":[]}"),
                byId(POST, "/api/v1/assessment/quizzes/{id}/classes", b -> "/api/v1/assessment/quizzes/"
                        + b.assessed().quizId() + "/classes")
                        .json(b -> "{\"classIds\":[" + b.classId() + "],\"opensAt\":\"2026-01-01T00:00:00Z\","
                                + "\"closesAt\":\"2099-01-01T00:00:00Z\"}"),
                byId(GET, "/api/v1/assessment/students/{studentId}/quizzes", b -> "/api/v1/assessment/students/"
                        + b.studentId() + "/quizzes"),
                byId(POST, "/api/v1/assessment/quizzes/{quizId}/attempts", b -> "/api/v1/assessment/quizzes/"
                        + b.assessed().quizId() + "/attempts"),
                byId(GET, "/api/v1/assessment/attempts/{attemptId}", b -> "/api/v1/assessment/attempts/"
                        + b.assessed().attemptId()),
                byId(PUT, "/api/v1/assessment/attempts/{attemptId}/answers/{position}", b -> "/api/v1/assessment/attempts/"
                        + b.assessed().attemptId() + "/answers/" + b.assessed().position())
                        .json("{\"revision\":99,\"response\":{\"chosen\":[\"B\"]}}"),
                byId(POST, "/api/v1/assessment/attempts/{attemptId}/submit", b -> "/api/v1/assessment/attempts/"
                        + b.assessed().attemptId() + "/submit"),
                byId(GET, "/api/v1/assessment/quizzes/{quizId}/results", b -> "/api/v1/assessment/quizzes/"
                        + b.assessed().quizId() + "/results"),
                byId(GET, "/api/v1/assessment/quizzes/{quizId}/attempts/{attemptId}", b -> "/api/v1/assessment/quizzes/"
                        + b.assessed().quizId() + "/attempts/" + b.assessed().attemptId()),
                byId(PUT, "/api/v1/assessment/quizzes/{quizId}/attempts/{attemptId}/grades/{position}",
                        b -> "/api/v1/assessment/quizzes/" + b.assessed().quizId() + "/attempts/"
                                + b.assessed().attemptId() + "/grades/" + b.assessed().position())
                        .json("{\"points\":1}"),
                // the pages
                list("/assessment/items"),
                list("/assessment/items/new"),
                list("/assessment/items/knowledge-points").param("stage", "PRIMARY").param("subject", "MATHEMATICS"),
                list("/assessment/reviews"),
                list("/assessment/quizzes"),
                list("/assessment/quizzes/new"),
                list("/assessment/my"),
                byId(GET, "/assessment/items/{id}", b -> "/assessment/items/" + b.assessed().itemId()),
                byId(GET, "/assessment/items/{id}/edit", b -> "/assessment/items/" + b.assessed().itemId() + "/edit"),
                byId(POST, "/assessment/items/{id}", b -> "/assessment/items/" + b.assessed().itemId())
                        .param("type", "TRUE_FALSE").param("stem", "越界").param("truth", "A").param("stage", "PRIMARY")
                        .param("subject", "MATHEMATICS").param("difficulty", "2").param("knowledgePoints", "1"),
                byId(POST, "/assessment/items/{id}/submit", b -> "/assessment/items/" + b.assessed().itemId() + "/submit"),
                byId(POST, "/assessment/items/{id}/review", b -> "/assessment/items/" + b.assessed().itemId() + "/review")
                        .param("approve", "true"),
                byId(POST, "/assessment/quizzes", b -> "/assessment/quizzes").param("title", "越界")
                        .param("attemptsAllowed", "1").param("pickIds[0]", b -> String.valueOf(b.assessed().itemId()))
                        .param("pickPoints[0]", "1"),
                byId(GET, "/assessment/quizzes/{id}", b -> "/assessment/quizzes/" + b.assessed().quizId()),
                byId(POST, "/assessment/quizzes/{id}/classes", b -> "/assessment/quizzes/" + b.assessed().quizId()
                        + "/classes").param("classIds", b -> String.valueOf(b.classId()))
                        .param("opensAt", "2026-01-01T08:00").param("closesAt", "2099-01-01T08:00"),
                byId(POST, "/assessment/my/quizzes/{quizId}/start", b -> "/assessment/my/quizzes/"
                        + b.assessed().quizId() + "/start"),
                byId(GET, "/assessment/attempts/{attemptId}", b -> "/assessment/attempts/" + b.assessed().attemptId()),
                byId(GET, "/assessment/children/attempts/{attemptId}", b -> "/assessment/children/attempts/"
                        + b.assessed().attemptId()),
                byId(PUT, "/assessment/attempts/{attemptId}/answers/{position}", b -> "/assessment/attempts/"
                        + b.assessed().attemptId() + "/answers/" + b.assessed().position())
                        .json("{\"revision\":99,\"response\":{\"chosen\":[\"B\"]}}"),
                byId(POST, "/assessment/attempts/{attemptId}/answers/{position}", b -> "/assessment/attempts/"
                        + b.assessed().attemptId() + "/answers/" + b.assessed().position())
                        .json("{\"revision\":99,\"response\":{\"chosen\":[\"B\"]}}"),
                byId(POST, "/assessment/attempts/{attemptId}/submit", b -> "/assessment/attempts/"
                        + b.assessed().attemptId() + "/submit"),
                byId(GET, "/assessment/quizzes/{quizId}/results", b -> "/assessment/quizzes/" + b.assessed().quizId()
                        + "/results"),
                byId(GET, "/assessment/quizzes/{quizId}/attempts/{attemptId}", b -> "/assessment/quizzes/"
                        + b.assessed().quizId() + "/attempts/" + b.assessed().attemptId()),
                byId(POST, "/assessment/quizzes/{quizId}/attempts/{attemptId}/grades/{position}",
                        b -> "/assessment/quizzes/" + b.assessed().quizId() + "/attempts/" + b.assessed().attemptId()
                                + "/grades/" + b.assessed().position()).param("points", "1"),
                byId(GET, "/assessment/quizzes/{quizId}/analysis", b -> "/assessment/quizzes/" + b.assessed().quizId()
                        + "/analysis"),
                byId(GET, "/assessment/quizzes/{quizId}/analysis.xlsx", b -> "/assessment/quizzes/"
                        + b.assessed().quizId() + "/analysis.xlsx"),
                // bulk exchange: another school's items and quizzes are not exported, its pictures not served
                byId(GET, "/api/v1/assessment/items/export", b -> "/api/v1/assessment/items/export?ids="
                        + b.assessed().itemId()),
                byId(GET, "/api/v1/assessment/quizzes/{id}/export", b -> "/api/v1/assessment/quizzes/"
                        + b.assessed().quizId() + "/export"),
                byId(GET, "/assessment/media/{id}", b -> "/assessment/media/" + b.assessed().mediaId()),
                list("/assessment/items/import"),
                list("/assessment/items/template.xlsx"),
                list("/assessment/items/template.csv"),
                // a draft's edit form and its saving
                byId(GET, "/assessment/quizzes/{id}/edit", b -> "/assessment/quizzes/" + b.assessed().quizId() + "/edit"),
                byId(POST, "/assessment/quizzes/{id}/edit", b -> "/assessment/quizzes/" + b.assessed().quizId()
                        + "/edit").param("title", "越界").param("attemptsAllowed", "1")
                        .param("pickIds[0]", b -> String.valueOf(b.assessed().itemId())).param("pickPoints[0]", "1"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of("POST /api/v1/assessment/items",
                "files a new item under the caller's own school; its knowledge points must be in the caller's reach",
                "POST /assessment/items", "the page form of POST /api/v1/assessment/items: files a new item under "
                        + "the caller's own school",
                "POST /api/v1/assessment/items/import",
                "files the imported items under the caller's own school, through the same bank as POST items",
                "POST /assessment/items/import",
                "the import page: files items under the caller's own school, through the same bank as POST items",
                "POST /assessment/items/preview",
                "the item editor's preview: renders the posted form back, sanitised; reads no stored data",
                "POST /assessment/media",
                "the item editor's picture upload: files the picture under the caller's own school, reads nothing");
    }
}
