package org.educloud.roster.oneroster.csv;

import java.util.Map;
import javax.sql.DataSource;
import org.educloud.roster.imports.PgCopy;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.tenancy.OrgNodeView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records which EduCloud row each sourcedId of a OneRoster import became, the last step of the writing pass, so
 * the next import of the same source finds its terms, classes and people again.
 */
@Component
class OneRosterLinkRecording {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    OneRosterLinkRecording(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void record(OrgNodeView root, Map<String, Long> terms, Map<String, Long> classes,
                Map<String, Long> students, Map<String, Long> staff, Map<String, Long> guardians) {
        jdbc.sql("CREATE TEMP TABLE tmp_or_link (sourced_id text, kind text, local_id bigint) ON COMMIT DROP").update();
        try (PgCopy copy = PgCopy.into(dataSource, "tmp_or_link (sourced_id, kind, local_id)")) {
            terms.forEach((id, local) -> copy.row(id, OneRosterObject.TERM.linkKind(), local));
            classes.forEach((id, local) -> copy.row(id, OneRosterObject.CLASS.linkKind(), local));
            students.forEach((id, local) -> copy.row(id, OneRosterObject.STUDENT.linkKind(), local));
            staff.forEach((id, local) -> copy.row(id, OneRosterObject.STAFF.linkKind(), local));
            guardians.forEach((id, local) -> copy.row(id, OneRosterObject.GUARDIAN.linkKind(), local));
        }
        jdbc.sql("""
                        INSERT INTO roster.oneroster_link (root_org_id, sourced_id, kind, local_id)
                        SELECT DISTINCT ON (kind, sourced_id) ?, sourced_id, kind, local_id FROM tmp_or_link
                        ON CONFLICT (root_org_id, kind, sourced_id) DO UPDATE SET local_id = EXCLUDED.local_id
                        WHERE oneroster_link.local_id <> EXCLUDED.local_id""")
                .param(root.id().value()).update();
    }
}
