package org.educloud.support;

import java.util.List;
import java.util.Map;

/**
 * What a module registers in the tenant-isolation test: its endpoints that read or change owned data, and the
 * ones that do not (public pages, the caller's own account), each with the reason. The test fails on any
 * endpoint of the application that is in neither list. Implementations need a no-argument constructor.
 */
public interface IsolatedEndpoints {

    List<IsolatedEndpoint> endpoints();

    /** "METHOD pattern" → why the endpoint cannot leak another tenant's data. */
    Map<String, String> exempt();
}
