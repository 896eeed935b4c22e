package org.educloud.integration.lti.launch;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether a tool was ever launched in a class: the only classes its service calls reach. */
@Component
public class LaunchedClasses {

    private final JdbcClient jdbc;

    LaunchedClasses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean launched(long toolId, long classId) {
        return jdbc.sql("SELECT count(*) FROM integration.lti_launched_class WHERE tool_id = ? AND class_id = ?")
                .params(toolId, classId).query(Long.class).single() > 0;
    }
}
