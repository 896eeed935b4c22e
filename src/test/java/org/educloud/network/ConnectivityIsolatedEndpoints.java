package org.educloud.network;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Map;
import org.educloud.network.connectivity.ImportingConnectivity;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

/** The connectivity registry's and the dashboard's endpoints, each called with the other district's ids. */
class ConnectivityIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                byId(GET, "/network/schools/{school}", b -> "/network/schools/" + b.school().id()),
                byId(POST, "/network/schools/{school}", b -> "/network/schools/" + b.school().id())
                        .param("accessType", "NONE").param("classrooms", "3"),
                byId(GET, "/network/dashboard", b -> "/network/dashboard?org=" + b.district().id()),
                byId(GET, "/network/connectivity/import", b -> "/network/connectivity/import?org="
                        + b.district().id()),
                byId(GET, "/network/connectivity/import/template.csv", b -> "/network/connectivity/import/template.csv?org="
                        + b.district().id()),
                byId(GET, "/network/connectivity/import/template.xlsx", b ->
                        "/network/connectivity/import/template.xlsx?org=" + b.district().id()),
                byId(POST, "/network/connectivity/import", b -> "/network/connectivity/import?org=" + b.district().id())
                        .file("file", String.join(",", ImportingConnectivity.HEADERS) + "\n"
                                + "2199999999,越界,未接入,,,,否,否,3,0,1\n"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }
}
