package org.educloud.tutoring.views;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.library.KnowledgePointView;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentAttributes;
import org.educloud.roster.StudentId;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.educloud.tutoring.MasteryFigures;
import org.educloud.tutoring.MasteryGroup;
import org.educloud.tutoring.StudentGroup;
import org.educloud.tutoring.practice.KnowledgePointNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Mean mastery by knowledge point and group under an org node. A student counts in their school's locality and in
 * their left-behind and migrant groups as the roster records them; a student's mastery counts once per knowledge
 * point they have answered on.
 */
@Service
class GroupMastery implements MasteryFigures {

    private final JdbcClient jdbc;
    private final RosterDirectory roster;
    private final TenancyManagement tenancy;
    private final KnowledgePointNames names;

    GroupMastery(JdbcClient jdbc, RosterDirectory roster, TenancyManagement tenancy, KnowledgePointNames names) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.tenancy = tenancy;
        this.names = names;
    }

    /** Sum and count of one knowledge point's masteries in one group. */
    private static final class Sum {
        private double total;
        private long students;

        void add(double probabilities, long count) {
            total += probabilities;
            students += count;
        }
    }

    /** Groups that each hold every student once: localities, left-behind or not, migrant or not. */
    private static final List<List<StudentGroup>> PARTITIONS = List.of(
            List.of(StudentGroup.URBAN, StudentGroup.TOWN, StudentGroup.RURAL),
            List.of(StudentGroup.LEFT_BEHIND, StudentGroup.NOT_LEFT_BEHIND),
            List.of(StudentGroup.MIGRANT, StudentGroup.NOT_MIGRANT));

    @Override
    public List<MasteryGroup> byGroup(Scope scope, OrgPath under, int smallestGroup) {
        if (!scope.canAdminister(under)) {
            throw new NotFoundException("tutoring.error.classNotFound");
        }
        List<StudentId> ids = jdbc.sql("SELECT DISTINCT student_id FROM tutoring.mastery WHERE school_path LIKE ?")
                .param(under.likePattern())
                .query((rs, n) -> StudentId.of(rs.getLong(1))).list();
        if (ids.isEmpty()) {
            return List.of();
        }
        // The roster says who is in which group; PostgreSQL sums the masteries per knowledge point and group, so a
        // city's millions of mastery rows never travel to this node, only a few rows per knowledge point.
        List<StudentAttributes> attributes = roster.studentAttributes(scope, under, ids);
        Map<OrgId, Locality> localities = new HashMap<>();
        Long[] enrolled = new Long[attributes.size()];
        String[] locality = new String[attributes.size()];
        Boolean[] leftBehind = new Boolean[attributes.size()];
        Boolean[] migrant = new Boolean[attributes.size()];
        for (int i = 0; i < attributes.size(); i++) {
            StudentAttributes a = attributes.get(i);
            Locality l = localities.computeIfAbsent(a.school(),
                    school -> tenancy.find(school).map(OrgNodeView::locality).orElse(null));
            enrolled[i] = a.studentId().value();
            locality[i] = l == null ? null : l.name();
            leftBehind[i] = a.leftBehind();
            migrant[i] = a.migrant();
        }
        Map<Long, Map<StudentGroup, Sum>> sums = new LinkedHashMap<>();
        jdbc.sql("SELECT m.knowledge_point_id, a.locality, a.left_behind, a.migrant, sum(m.probability), count(*) "
                        + "FROM tutoring.mastery m "
                        + "JOIN unnest(?::bigint[], ?::text[], ?::boolean[], ?::boolean[]) "
                        + "AS a(student_id, locality, left_behind, migrant) ON a.student_id = m.student_id "
                        + "WHERE m.school_path LIKE ? GROUP BY 1, 2, 3, 4")
                .params(enrolled, locality, leftBehind, migrant, under.likePattern())
                .query(rs -> {
                    Map<StudentGroup, Sum> point = sums.computeIfAbsent(rs.getLong(1),
                            k -> new EnumMap<>(StudentGroup.class));
                    double total = rs.getDouble(5);
                    long count = rs.getLong(6);
                    String place = rs.getString(2);
                    if (place != null) {
                        point.computeIfAbsent(StudentGroup.valueOf(place), g -> new Sum()).add(total, count);
                    }
                    point.computeIfAbsent(rs.getBoolean(3) ? StudentGroup.LEFT_BEHIND : StudentGroup.NOT_LEFT_BEHIND,
                            g -> new Sum()).add(total, count);
                    point.computeIfAbsent(rs.getBoolean(4) ? StudentGroup.MIGRANT : StudentGroup.NOT_MIGRANT,
                            g -> new Sum()).add(total, count);
                });
        Map<Long, KnowledgePointView> catalogue = names.byId(scope, sums.keySet());
        List<MasteryGroup> groups = new ArrayList<>();
        for (KnowledgePointView kp : MasteryReading.inTeachingOrder(catalogue.values())) {
            Map<StudentGroup, Sum> point = sums.get(kp.id());
            if (point == null) {
                continue;
            }
            for (List<StudentGroup> partition : PARTITIONS) {
                // groups that together make up all the students are hidden together: were only a small one hidden,
                // its mean would follow from the others' means and sizes
                boolean anySmall = partition.stream().map(point::get)
                        .anyMatch(sum -> sum != null && sum.students > 0 && sum.students < smallestGroup);
                for (StudentGroup group : partition) {
                    Sum sum = point.get(group);
                    long students = sum == null ? 0 : sum.students;
                    boolean suppressed = anySmall || students < smallestGroup;
                    groups.add(new MasteryGroup(kp.id(), kp.name(), group, suppressed ? 0 : students,
                            suppressed ? null : 100 * sum.total / students, suppressed));
                }
            }
        }
        return groups;
    }
}
