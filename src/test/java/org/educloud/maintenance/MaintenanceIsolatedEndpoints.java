package org.educloud.maintenance;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

/** The operation-and-maintenance module's endpoints in the tenant-isolation matrix. */
class MaintenanceIsolatedEndpoints implements IsolatedEndpoints {

    private static final String CSV = "学校标识码,房间,类型,型号,序列号,购置日期,购置金额（元）,保修截止,状态\n";

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                // the equipment inventory
                list("/maintenance/equipment"),
                byId(GET, "/maintenance/equipment/new", b -> "/maintenance/equipment/new?school=" + b.school().id().value()),
                byId(POST, "/maintenance/equipment", b -> "/maintenance/equipment")
                        .param("school", b -> String.valueOf(b.school().id().value()))
                        .param("kind", "COMPUTER").param("model", "越界").param("serial", "X-1"),
                byId(GET, "/maintenance/equipment/{id}", b -> "/maintenance/equipment/" + equipment(b)),
                byId(GET, "/maintenance/equipment/{id}/edit", b -> "/maintenance/equipment/" + equipment(b) + "/edit"),
                byId(POST, "/maintenance/equipment/{id}", b -> "/maintenance/equipment/" + equipment(b))
                        .param("version", "0").param("kind", "COMPUTER").param("model", "越界").param("serial", "X-2"),
                byId(POST, "/maintenance/equipment/{id}/status", b -> "/maintenance/equipment/" + equipment(b)
                        + "/status").param("version", "0").param("status", "RETIRED"),
                byId(GET, "/maintenance/equipment/import", b -> "/maintenance/equipment/import?org="
                        + b.district().id().value()),
                byId(GET, "/maintenance/equipment/import/template.csv", b -> "/maintenance/equipment/import/template.csv?org="
                        + b.district().id().value()),
                byId(GET, "/maintenance/equipment/import/template.xlsx", b -> "/maintenance/equipment/import/template.xlsx?org="
                        + b.district().id().value()),
                byId(POST, "/maintenance/equipment/import", b -> "/maintenance/equipment/import?org="
                        + b.district().id().value()).file("file", CSV),
                // the knowledge base
                list("/maintenance/knowledge"),
                list("/maintenance/knowledge/new"),
                byId(POST, "/maintenance/knowledge", b -> "/maintenance/knowledge")
                        .param("bureau", b -> String.valueOf(b.district().id().value()))
                        .param("kind", "NETWORK").param("title", "越界").param("symptom", "越界").param("fix", "越界"),
                byId(GET, "/maintenance/knowledge/{id}", b -> "/maintenance/knowledge/" + article(b)),
                byId(GET, "/maintenance/knowledge/{id}/edit", b -> "/maintenance/knowledge/" + article(b) + "/edit"),
                byId(POST, "/maintenance/knowledge/{id}", b -> "/maintenance/knowledge/" + article(b))
                        .param("version", "0").param("kind", "NETWORK").param("title", "越界").param("symptom", "越界")
                        .param("fix", "越界"),
                // the platform's own status: nothing of a district in it
                list("/maintenance/platform"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }

    private static long equipment(org.educloud.support.TenantFixture.Side side) {
        return MaintenanceFixture.sides(side).equipmentId();
    }

    private static long article(org.educloud.support.TenantFixture.Side side) {
        return MaintenanceFixture.sides(side).articleId();
    }
}
