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

        void add(double probability) {
            total += probability;
            students++;
        }
    }

    /** Groups that each hold every student once: localities, left-behind or not, migrant or not. */
    private static final List<List<StudentGroup>> PARTITIONS = List.of(
            List.of(StudentGroup.URBAN, StudentGroup.TOWN, StudentGroup.RURAL),
            List.of(StudentGroup.LEFT_BEHIND, StudentGroup.NOT_LEFT_BEHIND),
            List.of(StudentGroup.MIGRANT, StudentGroup.NOT_MIGRANT));

    /** One stored mastery: whose, of what, how much. */
    private record Row(long student, long knowledgePoint, double probability) {
    }

    @Override
    public List<MasteryGroup> byGroup(Scope scope, OrgPath under, int smallestGroup) {
        if (!scope.canAdminister(under)) {
            throw new NotFoundException("tutoring.error.classNotFound");
        }
        List<Row> rows = jdbc.sql("SELECT student_id, knowledge_point_id, probability FROM tutoring.mastery "
                        + "WHERE school_path LIKE ?")
                .param(under.likePattern())
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getDouble(3))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, StudentAttributes> attributes = new HashMap<>();
        List<StudentId> ids = rows.stream().map(r -> StudentId.of(r.student())).distinct().toList();
        for (StudentAttributes a : roster.studentAttributes(scope, under, ids)) {
            attributes.put(a.studentId().value(), a);
        }
        Map<OrgId, Locality> localities = new HashMap<>();
        Map<Long, Map<StudentGroup, Sum>> sums = new LinkedHashMap<>();
        for (Row row : rows) {
            StudentAttributes a = attributes.get(row.student());
            if (a == null) {
                continue;
            }
            Locality locality = localities.computeIfAbsent(a.school(),
                    school -> tenancy.find(school).map(OrgNodeView::locality).orElse(null));
            Map<StudentGroup, Sum> point = sums.computeIfAbsent(row.knowledgePoint(), k -> new EnumMap<>(StudentGroup.class));
            if (locality != null) {
                point.computeIfAbsent(StudentGroup.valueOf(locality.name()), g -> new Sum()).add(row.probability());
            }
            point.computeIfAbsent(a.leftBehind() ? StudentGroup.LEFT_BEHIND : StudentGroup.NOT_LEFT_BEHIND,
                    g -> new Sum()).add(row.probability());
            point.computeIfAbsent(a.migrant() ? StudentGroup.MIGRANT : StudentGroup.NOT_MIGRANT,
                    g -> new Sum()).add(row.probability());
        }
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
