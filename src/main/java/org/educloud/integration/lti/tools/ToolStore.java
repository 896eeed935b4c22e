package org.educloud.integration.lti.tools;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered tools, read by id, by client id, or by the org paths the caller reaches. */
@Repository
public class ToolStore {

    private static final String COLUMNS = "id, org_id, org_path, name, client_id, deployment_id, login_url, "
            + "launch_url, deep_linking_url, redirect_uris, jwks_url, created_at";

    private final JdbcClient jdbc;

    ToolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LtiTool tool, long createdBy) {
        return jdbc.sql("""
                        INSERT INTO integration.lti_tool (org_id, org_path, name, client_id, deployment_id, login_url,
                            launch_url, deep_linking_url, redirect_uris, jwks_url, created_by, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(tool.orgId().value(), tool.orgPath().value(), tool.name(), tool.clientId(),
                        tool.deploymentId(), tool.loginUrl(), tool.launchUrl(), tool.deepLinkingUrl(),
                        String.join("\n", tool.redirectUris()), tool.jwksUrl(), createdBy,
                        Timestamp.from(tool.createdAt()))
                .query(Long.class).single();
    }

    public Optional<LtiTool> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_tool WHERE id = ?").param(id)
                .query(ToolStore::tool).optional();
    }

    public Optional<LtiTool> byClientId(String clientId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_tool WHERE client_id = ?").param(clientId)
                .query(ToolStore::tool).optional();
    }

    /** Tools registered at or below any of these paths, newest first. */
    List<LtiTool> under(Collection<OrgPath> paths, int limit) {
        if (paths.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_tool WHERE org_path LIKE ANY (?) "
                        + "ORDER BY created_at DESC, id DESC LIMIT ?")
                .params(paths.stream().map(OrgPath::likePattern).toArray(String[]::new), limit)
                .query(ToolStore::tool).list();
    }

    /** Tools registered at this school's node or a bureau above it: those its teachers may place. */
    public List<LtiTool> reaching(OrgPath school) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM integration.lti_tool WHERE ? LIKE org_path || '%' "
                        + "ORDER BY name, id")
                .param(school.value()).query(ToolStore::tool).list();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM integration.lti_tool WHERE id = ?").param(id).update();
    }

    private static LtiTool tool(ResultSet rs, int n) throws SQLException {
        return new LtiTool(rs.getLong("id"), OrgId.of(rs.getLong("org_id")), new OrgPath(rs.getString("org_path")),
                rs.getString("name"), rs.getString("client_id"), rs.getString("deployment_id"),
                rs.getString("login_url"), rs.getString("launch_url"), rs.getString("deep_linking_url"),
                Arrays.stream(rs.getString("redirect_uris").split("\n")).filter(s -> !s.isBlank()).toList(),
                rs.getString("jwks_url"), rs.getTimestamp("created_at").toInstant());
    }

}
