package org.educloud.library;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class LibraryIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        String form = "title=越界资源&type=COURSEWARE&licence=CC_BY&stage=PRIMARY&subject=MATHEMATICS&language=zh-CN"
                + "&sharing=SCHOOL";
        return List.of(
                list("/library"),
                list("/library/review"),
                list("/library/curriculum"),
                list("/api/v1/resources"),
                list("/api/v1/resources/mine"),
                list("/library/pushes"),
                list("/library/favourites"),
                list("/api/v1/pushes"),
                byId(GET, "/api/v1/classes/{classId}/pushes", b -> "/api/v1/classes/" + b.classId() + "/pushes"),
                byId(POST, "/api/v1/pushes", b -> "/api/v1/pushes").json(b -> "{\"resourceIds\":[" + b.resourceId()
                        + "],\"classIds\":[" + b.classId() + "],\"lessonDate\":\"2030-01-07\"}"),
                byId(GET, "/library/resources/{id}/files/{fileId}/preview",
                        b -> "/library/resources/" + b.resourceId() + "/files/" + b.resourceFileId() + "/preview"),
                byId(POST, "/library/resources/{id}/rating", b -> "/library/resources/" + b.resourceId() + "/rating")
                        .param("stars", "5"),
                byId(POST, "/library/resources/{id}/favourite", b -> "/library/resources/" + b.resourceId()
                        + "/favourite"),
                byId(POST, "/library/resources/{id}/comments", b -> "/library/resources/" + b.resourceId()
                        + "/comments").param("body", "越界评论"),
                byId(POST, "/library/comments/{commentId}/moderation", b -> "/library/comments/" + b.commentId()
                        + "/moderation").param("resourceId", b -> String.valueOf(b.resourceId())),
                byId(GET, "/library/classes/{classId}/display", b -> "/library/classes/" + b.classId() + "/display"),
                byId(POST, "/library/resources/{id}/push", b -> "/library/resources/" + b.resourceId() + "/push")
                        .param("classIds", b -> String.valueOf(b.classId())).param("lessonDate", "2030-01-07"),
                byId(POST, "/library/pushes", b -> "/library/pushes")
                        .param("resourceIds", b -> String.valueOf(b.resourceId()))
                        .param("classIds", b -> String.valueOf(b.classId())).param("lessonDate", "2030-01-07"),
                byId(GET, "/library/resources/{id}", b -> "/library/resources/" + b.resourceId()),
                byId(GET, "/library/resources/{id}/files/{fileId}/content",
                        b -> "/library/resources/" + b.resourceId() + "/files/" + b.resourceFileId() + "/content"),
                byId(GET, "/library/resources/{id}/edit", b -> "/library/resources/" + b.resourceId() + "/edit"),
                byId(POST, "/library/resources/{id}/edit", b -> "/library/resources/" + b.resourceId() + "/edit?" + form),
                byId(POST, "/library/resources/{id}/files", b -> "/library/resources/" + b.resourceId() + "/files")
                        .file("file", "%PDF-1.4\n%%EOF\n"),
                byId(POST, "/library/resources/{id}/submit", b -> "/library/resources/" + b.resourceId() + "/submit"),
                byId(POST, "/library/resources/{id}/approve", b -> "/library/resources/" + b.resourceId() + "/approve"),
                byId(POST, "/library/resources/{id}/reject", b -> "/library/resources/" + b.resourceId() + "/reject")
                        .param("comment", "越界"),
                byId(POST, "/library/resources/{id}/withdraw", b -> "/library/resources/" + b.resourceId() + "/withdraw"),
                byId(POST, "/library/resources/{id}/feature", b -> "/library/resources/" + b.resourceId() + "/feature"),
                byId(GET, "/api/v1/resources/{id}", b -> "/api/v1/resources/" + b.resourceId()),
                byId(GET, "/api/v1/resources/{id}/files/{fileId}/content",
                        b -> "/api/v1/resources/" + b.resourceId() + "/files/" + b.resourceFileId() + "/content"),
                byId(POST, "/api/v1/resources/{id}/files", b -> "/api/v1/resources/" + b.resourceId()
                        + "/files?name=x.pdf"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.ofEntries(
                Map.entry("GET /library/resources/new", "an empty form; the owners offered are the caller's own nodes"),
                Map.entry("POST /library/resources/new", "creates a resource owned by one of the caller's own nodes "
                        + "(another owner is refused: LibraryTest)"),
                Map.entry("POST /library/curriculum/import", "adds to the catalogue at the caller's own bureau node"),
                Map.entry("POST /library/curriculum/nodes", "adds under a node the caller sees, at the caller's own "
                        + "bureau node (LibraryTest)"),
                Map.entry("POST /library/curriculum/knowledge-points", "adds under a point the caller sees, at the "
                        + "caller's own bureau node (LibraryTest)"),
                Map.entry("POST /library/reindex", "platform operators only; rebuilds the whole installation's index (SearchTest)"),
                Map.entry("POST /api/v1/resources", "creates a resource owned by one of the caller's own nodes"),
                Map.entry("GET /open/resources", "the public portal: public resources only, searched without a scope (LibraryTest)"),
                Map.entry("GET /open/curriculum", "the public portal: the installation's catalogue and public resources "
                        + "only, browsed without a scope; a bureau's own node answers 404 (CatalogueBrowsingTest)"),
                Map.entry("GET /open/resources/{id}", "the public portal: a school's resource answers 404 here (LibraryTest)"),
                Map.entry("GET /open/resources/{id}/files/{fileId}/preview", "the public portal: previews of public "
                        + "resources' files only (LibraryTest)"),
                Map.entry("GET /open/resources/{id}/files/{fileId}/content", "the public portal: public resources' files only "
                        + "(LibraryTest)"));
    }
}
