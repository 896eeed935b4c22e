package org.educloud.platform;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class PlatformIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of();
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of("GET /ping", "a constant answer for load balancers");
    }
}
