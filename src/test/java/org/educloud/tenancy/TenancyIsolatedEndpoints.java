package org.educloud.tenancy;

import static org.educloud.support.IsolatedEndpoint.byId;
import static org.educloud.support.IsolatedEndpoint.list;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import org.educloud.support.IsolatedEndpoint;
import org.educloud.support.IsolatedEndpoints;

class TenancyIsolatedEndpoints implements IsolatedEndpoints {

    private static final String SCHOOL_JSON =
            "{\"name\":\"越界学校\",\"schoolCode\":\"3999999999\",\"stages\":[\"PRIMARY\"],\"locality\":\"RURAL\"}";
    private static final String BUREAU_JSON = "{\"name\":\"越界教育局\"}";

    @Override
    public List<IsolatedEndpoint> endpoints() {
        return List.of(
                list("/orgs"),
                byId(GET, "/orgs/{id}", b -> "/orgs/" + b.school().id()),
                byId(GET, "/orgs/new", b -> "/orgs/new?parent=" + b.district().id()),
                byId(POST, "/orgs/new", b -> "/orgs/new?parent=" + b.district().id()).param("kind", "SCHOOL")
                        .param("name", "越界学校").param("schoolCode", "3999999999").param("stages", "PRIMARY")
                        .param("locality", "RURAL"),
                byId(POST, "/orgs/new", b -> "/orgs/new?parent=" + b.district().id()).param("kind", "BUREAU")
                        .param("name", "越界教育局"),
                byId(GET, "/orgs/{id}/edit", b -> "/orgs/" + b.school().id() + "/edit"),
                byId(POST, "/orgs/{id}/edit", b -> "/orgs/" + b.school().id() + "/edit").param("kind", "SCHOOL")
                        .param("name", "改名").param("schoolCode", "3900000002").param("stages", "PRIMARY")
                        .param("locality", "RURAL"),
                byId(POST, "/orgs/{id}/edit", b -> "/orgs/" + b.district().id() + "/edit").param("kind", "BUREAU")
                        .param("name", "改名"),
                byId(POST, "/orgs/{id}/close", b -> "/orgs/" + b.school().id() + "/close"),
                byId(POST, "/orgs/{id}/reopen", b -> "/orgs/" + b.school().id() + "/reopen"),
                list("/api/v1/orgs"),
                byId(GET, "/api/v1/orgs/{id}", b -> "/api/v1/orgs/" + b.school().id()),
                byId(GET, "/api/v1/orgs/{id}/children", b -> "/api/v1/orgs/" + b.district().id() + "/children"),
                byId(POST, "/api/v1/regions", b -> "/api/v1/regions").json(BUREAU_JSON),
                byId(POST, "/api/v1/orgs/{regionId}/districts", b -> "/api/v1/orgs/" + b.district().parentId() + "/districts")
                        .json(BUREAU_JSON),
                byId(POST, "/api/v1/orgs/{districtId}/schools", b -> "/api/v1/orgs/" + b.district().id() + "/schools")
                        .json(SCHOOL_JSON),
                byId(PUT, "/api/v1/bureaus/{id}", b -> "/api/v1/bureaus/" + b.district().id()).json(BUREAU_JSON),
                byId(PUT, "/api/v1/schools/{id}", b -> "/api/v1/schools/" + b.school().id()).json(SCHOOL_JSON),
                byId(POST, "/api/v1/orgs/{id}/close", b -> "/api/v1/orgs/" + b.school().id() + "/close"),
                byId(POST, "/api/v1/orgs/{id}/reopen", b -> "/api/v1/orgs/" + b.school().id() + "/reopen"));
    }

    @Override
    public Map<String, String> exempt() {
        return Map.of();
    }
}
