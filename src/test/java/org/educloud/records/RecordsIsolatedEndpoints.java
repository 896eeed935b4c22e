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
        return Map.of("GET /xapi/about", "the versions the LRS speaks, the same for everyone");
    }
}
