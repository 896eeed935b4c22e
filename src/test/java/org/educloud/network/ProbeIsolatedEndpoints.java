package org.educloud.network;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

/** The school probe's pages (enrolment codes, status wall, drill-down, availability) and its API. */
class ProbeIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                byId(GET, "/network/schools/{school}/probe", b -> "/network/schools/" + b.school().id() + "/probe"),
                byId(POST, "/network/schools/{school}/probe/codes", b -> "/network/schools/" + b.school().id()
                        + "/probe/codes"),
                byId(POST, "/network/schools/{school}/probe/{probe}/revoke", b -> "/network/schools/"
                        + b.school().id() + "/probe/1/revoke"),
                byId(GET, "/network/status", b -> "/network/status?org=" + b.district().id()),
                list("/network/status"),
                byId(GET, "/network/status/schools/{school}", b -> "/network/status/schools/" + b.school().id()),
                byId(GET, "/network/availability", b -> "/network/availability?org=" + b.district().id()),
                list("/network/availability"));
    }

    @Override
    public Map<String, String> exempt() {
        String probesOnly = "probe credentials only (the /api/v1/probe chain refuses people's sessions and tokens); "
                + "a probe acts for its own school only, see ProbeApiTest";
        return Map.of(
                "POST /api/v1/probe/enrolment", "a one-time code in the body is the credential; it names its school",
                "POST /api/v1/probe/samples", probesOnly,
                "GET /api/v1/probe/ping", probesOnly,
                "GET /api/v1/probe/throughput", probesOnly,
                "POST /api/v1/probe/throughput", probesOnly);
    }
}
