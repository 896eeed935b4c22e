package org.educloud.integration.webhooks;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;
import org.educloud.support.TenantFixture;

/** The webhook endpoints, asked about the other district's subscription (on its school) and its school. */
class IntegrationIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/admin/webhooks"),
                list("/api/v1/webhooks"),
                byId(GET, "/admin/webhooks/{id}", b -> page(b)),
                byId(POST, "/admin/webhooks/{id}/rotate", b -> page(b) + "/rotate"),
                byId(POST, "/admin/webhooks/{id}/disable", b -> page(b) + "/disable"),
                byId(POST, "/admin/webhooks/{id}/enable", b -> page(b) + "/enable"),
                byId(POST, "/admin/webhooks/{id}/test", b -> page(b) + "/test"),
                // subscribing on the other district's school is refused like any node one does not administer
                byId(POST, "/admin/webhooks", b -> "/admin/webhooks").param("name", "越界订阅")
                        .param("url", "https://93.184.216.34/hook").param("orgId", b -> b.school().id().value() + "")
                        .param("kinds", "GRADE_RELEASED"),
                byId(GET, "/api/v1/webhooks/{id}", b -> api(b)),
                byId(GET, "/api/v1/webhooks/{id}/deliveries", b -> api(b) + "/deliveries"),
                byId(POST, "/api/v1/webhooks/{id}/secret", b -> api(b) + "/secret"),
                byId(POST, "/api/v1/webhooks/{id}/disable", b -> api(b) + "/disable"),
                byId(POST, "/api/v1/webhooks/{id}/enable", b -> api(b) + "/enable"),
                byId(POST, "/api/v1/webhooks/{id}/test", b -> api(b) + "/test"),
                byId(POST, "/api/v1/webhooks", b -> "/api/v1/webhooks").json(b -> "{\"orgId\":" + b.school().id().value()
                        + ",\"name\":\"越界订阅\",\"url\":\"https://93.184.216.34/hook\",\"kinds\":[\"GRADE_RELEASED\"]}"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }

    private static String page(TenantFixture.Side b) {
        return "/admin/webhooks/" + WebhookFixture.get().subscriptionOf(b);
    }

    private static String api(TenantFixture.Side b) {
        return "/api/v1/webhooks/" + WebhookFixture.get().subscriptionOf(b);
    }
}
