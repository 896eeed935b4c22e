package org.educloud.records.xapi;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills the filter columns added by migration V700_4 for statements stored before it. They are computed here,
 * with the same code that fills them for new statements, so the two can never disagree. A no-op once done.
 */
@Component
class FilterColumnsBackfill implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FilterColumnsBackfill.class);
    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FilterColumnsBackfill(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = 0;
        List<Map.Entry<UUID, String>> batch;
        do {
            batch = jdbc.sql("SELECT id, body::text FROM records.statement WHERE related_agents IS NULL LIMIT " + BATCH)
                    .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list();
            batch.forEach(row -> fill(row.getKey(), row.getValue()));
            filled += batch.size();
        } while (batch.size() == BATCH);
        if (filled > 0) {
            LOG.info("Filled the filter columns of {} statements stored before they existed", filled);
        }
    }

    private void fill(UUID id, String body) {
        FilterColumns columns = FilterColumns.of(json.readTree(body));
        jdbc.sql("""
                        UPDATE records.statement SET object_agent_key = ?, related_agents = ?, related_activities = ?
                        WHERE id = ?""")
                .params(columns.objectAgentKey(), columns.relatedAgents(), columns.relatedActivities(), id)
                .update();
    }
}
