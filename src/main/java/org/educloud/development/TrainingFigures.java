package org.educloud.development;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What equity's digital page asks of teacher development: training hours (this calendar year) and self-assessed
 * competence (this school year, national framework) by locality of the schools under a node the caller sees.
 * Counts only, no person: equity shows the rural–urban gap, not who is behind.
 */
@Service
@Transactional(readOnly = true)
public class TrainingFigures {

    public static final int SMALLEST_GROUP = 3;

    private final TenancyManagement tenancy;
    private final Frameworks frameworks;
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingFigures(TenancyManagement tenancy, Frameworks frameworks, JdbcClient jdbc, Clock clock) {
        this.tenancy = tenancy;
        this.frameworks = frameworks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<LocalityTraining> byLocality(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (!scope.canSee(node.path())) {
            throw new NotFoundException("development.error.orgNotFound");
        }
        Map<Long, Locality> localityOf = new HashMap<>();
        Map<Locality, Integer> schools = new EnumMap<>(Locality.class);
        for (OrgNodeView school : node.isSchool() ? List.of(node) : tenancy.schoolsUnder(node.path())) {
            if (school.locality() != null) {
                localityOf.put(school.id().value(), school.locality());
                schools.merge(school.locality(), 1, Integer::sum);
            }
        }
        int year = LocalDate.now(clock.withZone(SchoolYear.CHINA)).getYear();
        Map<Locality, Set<Long>> trained = new EnumMap<>(Locality.class);
        Map<Locality, BigDecimal> hours = new EnumMap<>(Locality.class);
        jdbc.sql("""
                        SELECT school_id, teacher_account, sum(hours) FROM development.credit_entry
                        WHERE school_path LIKE ? AND year = ? GROUP BY school_id, teacher_account""")
                .params(node.path().likePattern(), year)
                .query((rs, n) -> {
                    Locality locality = localityOf.get(rs.getLong(1));
                    if (locality != null) {
                        trained.computeIfAbsent(locality, k -> new HashSet<>()).add(rs.getLong(2));
                        hours.merge(locality, rs.getBigDecimal(3), BigDecimal::add);
                    }
                    return null;
                }).list();
        Map<Locality, Integer> assessed = new EnumMap<>(Locality.class);
        Map<Locality, double[]> levels = new EnumMap<>(Locality.class);
        jdbc.sql("""
                        SELECT a.school_id, avg(r.level) FROM development.self_assessment a
                        JOIN development.self_rating r ON r.assessment_id = a.id
                        WHERE a.school_path LIKE ? AND a.framework_id = ? AND a.period = ? GROUP BY a.id, a.school_id""")
                .params(node.path().likePattern(), frameworks.national(), SchoolYear.current(clock).label())
                .query((rs, n) -> {
                    Locality locality = localityOf.get(rs.getLong(1));
                    if (locality != null) {
                        assessed.merge(locality, 1, Integer::sum);
                        double[] sum = levels.computeIfAbsent(locality, k -> new double[1]);
                        sum[0] += rs.getDouble(2);
                    }
                    return null;
                }).list();
        List<LocalityTraining> figures = new ArrayList<>();
        for (Locality locality : Locality.values()) {
            if (!schools.containsKey(locality)) {
                continue;
            }
            int count = assessed.getOrDefault(locality, 0);
            figures.add(new LocalityTraining(locality, schools.get(locality),
                    trained.getOrDefault(locality, Set.of()).size(), hours.getOrDefault(locality, BigDecimal.ZERO),
                    count, count < SMALLEST_GROUP ? null : levels.get(locality)[0] / count));
        }
        return figures;
    }
}
