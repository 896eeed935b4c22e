package org.educloud.homeschool;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;
import org.educloud.support.TenantFixture;

/** The home–school endpoints, asked about the other district's notice (sent by its teacher to its class). */
class HomeschoolIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/homeschool/notices"),
                list("/homeschool/notices/new"),
                list("/homeschool/delivery"),
                list("/homeschool/messages"),
                byId(GET, "/homeschool/messages/{id}", b -> "/homeschool/messages/" + HomeschoolFixture.get().threadOf(b)),
                byId(POST, "/homeschool/messages/{id}", b -> "/homeschool/messages/" + HomeschoolFixture.get().threadOf(b))
                        .param("body", "越界私信"),
                // writing to the other district's teacher: nobody there is a contact
                byId(POST, "/homeschool/messages", b -> "/homeschool/messages")
                        .param("to", b -> String.valueOf(b.person(org.educloud.shared.Role.TEACHER).value()))
                        .param("body", "越界私信"),
                byId(GET, "/homeschool/notices/{id}", b -> notice(b)),
                byId(POST, "/homeschool/notices/{id}/reply", b -> notice(b) + "/reply").param("answer", "越界签字"),
                byId(POST, "/homeschool/notices/{id}/remind", b -> notice(b) + "/remind"),
                byId(GET, "/homeschool/notices/{id}/files/{fileId}",
                        b -> notice(b) + "/files/" + HomeschoolFixture.get().noticeOf(b)[1]),
                // sending to the other district's class is refused like any class one does not teach
                byId(POST, "/homeschool/notices", b -> "/homeschool/notices")
                        .param("title", "越界通知").param("body", "越界").param("audience", "CLASSES")
                        .param("classIds", b -> String.valueOf(b.classId())).param("replyKind", "NONE")
                        .param("deadline", "2099-01-01T08:00"),
                list("/api/v1/homeschool/notices"),
                byId(GET, "/api/v1/homeschool/notices/{id}", b -> "/api" + notice(b)),
                byId(POST, "/api/v1/homeschool/notices/{id}/confirm", b -> "/api" + notice(b) + "/confirm"),
                byId(POST, "/api/v1/homeschool/notices/{id}/reply", b -> "/api" + notice(b) + "/reply")
                        .json("{\"answer\":\"越界签字\"}"),
                byId(GET, "/api/v1/homeschool/notices/{id}/receipts", b -> "/api" + notice(b) + "/receipts"));
    }

    @Override
    public Map<String, String> exempt() {
        // one's own receiving switch: it names nobody else's data, so there is nothing of district B to ask about
        return Map.of("POST /homeschool/messages/settings", "changes only the caller's own setting");
    }

    private static String notice(TenantFixture.Side b) {
        return "/homeschool/notices/" + HomeschoolFixture.get().noticeOf(b)[0];
    }
}
