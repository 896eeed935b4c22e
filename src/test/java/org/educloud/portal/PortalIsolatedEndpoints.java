package org.educloud.portal;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class PortalIsolatedEndpoints implements IsolatedEndpoints {

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(IsolatedEndpoint.list("/home"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of("GET /", "public portal: installation-wide counts only");
    }
}
