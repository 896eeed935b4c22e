package org.educloud.records;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class RecordsIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(IsolatedEndpoint.list("/admin/records"),
                // the day and verb of the fixture's statements: district B's would be on the first page if it leaked
                IsolatedEndpoint.list("/admin/records").param("from", "2026-01-05").param("to", "2026-01-05")
                        .param("verb", "http://adlnet.gov/expapi/verbs/experienced"));
    }

    @Override
    public Map<String, String> exempt() {
        String clientsOnly = "LRS clients only (people are refused by the /xapi chain); "
                + "XapiStatementsTest walks it as district A's client against district B's statements";
        Map<String, String> exempt = new java.util.HashMap<>();
        exempt.put("GET /xapi/about", "the versions the LRS speaks, the same for everyone");
        for (String method : List.of("GET", "POST", "PUT")) {
            exempt.put(method + " /xapi/statements", clientsOnly);
        }
        for (String path : List.of("/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile")) {
            for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
                exempt.put(method + " " + path, clientsOnly.replace("statements", "documents"));
            }
        }
        exempt.put("GET /xapi/agents", "a Person built from the agent in the query; no stored data");
        exempt.put("GET /xapi/activities", clientsOnly.replace("statements", "activity definitions"));
        return exempt;
    }
}
