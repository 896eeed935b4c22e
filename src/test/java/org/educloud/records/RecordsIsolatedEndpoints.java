package org.educloud.records;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class RecordsIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of();
    }

    @Override
    public Map<String, String> exempt() {
        String clientsOnly = "LRS clients only (people are refused by the /xapi chain); "
                + "XapiStatementsTest walks it as district A's client against district B's statements";
        return Map.of("GET /xapi/about", "the versions the LRS speaks, the same for everyone",
                "GET /xapi/statements", clientsOnly,
                "POST /xapi/statements", clientsOnly,
                "PUT /xapi/statements", clientsOnly);
    }
}
