package org.educloud.roster.oneroster.csv;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterFileSet.Row;
import org.educloud.tenancy.OrgNodeView;

/**
 * Reads orgs.csv of a OneRoster set: which of its orgs are schools under the import root (by school code, or by the
 * sourcedId EduCloud's own export gives them) and which are bureaus (district, local, state, department), where
 * staff work who are not in a school's roster.
 */
final class OneRosterOrgsReading {

    /**
     * What orgs.csv said, as it stays: the schools by sourcedId in the file's order, the bureaus, and the rows read.
     */
    record Orgs(Map<String, OrgNodeView> schools, Set<String> bureaus, int rows) {

        Orgs {
            schools = OneRosterRead.frozen(schools);
            bureaus = Set.copyOf(bureaus);
        }

        /** No orgs.csv: schools are then named only by the sourcedIds EduCloud's export gives them. */
        static Orgs none() {
            return new Orgs(Map.of(), Set.of(), 0);
        }
    }

    private final List<OrgNodeView> schoolsInRoot;
    private final OneRosterCells cells;
    private final Map<String, OrgNodeView> schools = new LinkedHashMap<>();
    private final Set<String> bureaus = new HashSet<>();
    private int rows;

    OneRosterOrgsReading(List<OrgNodeView> schoolsInRoot, OneRosterCells cells) {
        this.schoolsInRoot = schoolsInRoot;
        this.cells = cells;
    }

    void org(Row row) {
        rows++;
        if (!"school".equals(row.get("type"))) {
            bureaus.add(row.get("sourcedId"));
            return;
        }
        if ("tobedeleted".equals(row.get("status"))) {
            return;
        }
        String identifier = row.get("identifier");
        String sourcedId = row.get("sourcedId");
        OrgNodeView school = schoolsInRoot.stream()
                .filter(s -> identifier.equals(s.schoolCode()) || sourcedId.equals(OneRosterObject.ORG.prefix() + s.id()))
                .findFirst().orElse(null);
        if (school == null) {
            cells.problems().add(row.problem("identifier", "roster.oneroster.error.unknownSchool"));
        } else {
            schools.put(sourcedId, school);
        }
    }

    Orgs result() {
        return new Orgs(schools, bureaus, rows);
    }
}
