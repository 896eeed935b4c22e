package org.educloud.tutoring.views;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.educloud.library.KnowledgePointView;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.FollowedStudent;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tutoring.mastery.Mastery;
import org.educloud.tutoring.mastery.MasteryStore;
import org.educloud.tutoring.practice.KnowledgePointNames;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Mastery as students, parents and teachers read it, each only for the students they may see: a student their
 * own, a parent their children, a teacher the classes they teach, an administrator the classes of their schools.
 */
@Service
public class MasteryReading {

    /** A fall from the best mastery reached that the early-warning list reports. */
    static final double WARNING_DROP = 0.2;
    static final Duration QUIET = Duration.ofDays(14);

    private final MasteryStore store;
    private final RosterDirectory roster;
    private final KnowledgePointNames names;
    private final Clock clock;

    MasteryReading(MasteryStore store, RosterDirectory roster, KnowledgePointNames names, Clock clock) {
        this.store = store;
        this.roster = roster;
        this.names = names;
        this.clock = clock;
    }

    /** One knowledge point of a map: its name, parent, mastery and how many answers it rests on. */
    public record PointMastery(KnowledgePointView point, @Nullable Mastery mastery) {

        public double probability() {
            return mastery == null ? 0 : mastery.probability();
        }

        public int percent() {
            return (int) Math.round(probability() * 100);
        }

        public String level() {
            if (mastery == null) {
                return "none";
            }
            return mastery.mastered() ? "mastered" : mastery.probability() >= 0.7 ? "near" : "weak";
        }
    }

    /** A student's map: the knowledge points they have answered on, in catalogue order, and the one to practise. */
    public record StudentMap(long studentId, String studentName, List<PointMastery> points,
                             @Nullable PointMastery suggested) {
    }

    public List<FollowedStudent> followed(Scope scope) {
        return roster.followedStudents(scope);
    }

    public StudentMap forFollowed(Scope scope, long studentId) {
        FollowedStudent student = followed(scope).stream().filter(s -> s.studentId().value() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("tutoring.error.studentNotFound"));
        return map(scope, studentId, student.name());
    }

    /** A student of a class the caller teaches or administers. */
    public StudentMap forStudentOfClass(Scope scope, long classId, long studentId) {
        ClassRoster members = classRoster(scope, classId);
        StudentView student = members.students().stream().filter(s -> s.id().value() == studentId).findFirst()
                .orElseThrow(() -> new NotFoundException("tutoring.error.studentNotFound"));
        return map(scope, studentId, student.name());
    }

    private StudentMap map(Scope scope, long studentId, String name) {
        Map<Long, Mastery> mine = new LinkedHashMap<>();
        store.ofStudents(List.of(studentId)).forEach(m -> mine.put(m.knowledgePoint(), m));
        Map<Long, KnowledgePointView> catalogue = names.byId(scope, mine.keySet());
        List<PointMastery> points = new ArrayList<>();
        for (KnowledgePointView kp : inTeachingOrder(catalogue.values())) {
            if (mine.containsKey(kp.id())) {
                points.add(new PointMastery(kp, mine.get(kp.id())));
            }
        }
        return new StudentMap(studentId, name, points, suggestion(points));
    }

    /**
     * The knowledge point to practise next: the weakest not yet mastered whose earlier knowledge points under the
     * same parent (catalogue order is the teaching order) are all mastered; else the weakest of all.
     */
    static @Nullable PointMastery suggestion(List<PointMastery> points) {
        List<PointMastery> open = points.stream().filter(p -> p.mastery() != null && !p.mastery().mastered()).toList();
        Optional<PointMastery> ready = open.stream().filter(p -> prerequisitesMastered(p, points))
                .min(Comparator.comparingDouble(PointMastery::probability));
        return ready.or(() -> open.stream().min(Comparator.comparingDouble(PointMastery::probability))).orElse(null);
    }

    private static boolean prerequisitesMastered(PointMastery point, List<PointMastery> points) {
        for (PointMastery earlier : points) {
            if (earlier == point) {
                return true;
            }
            if (java.util.Objects.equals(earlier.point().parentId(), point.point().parentId())
                    && (earlier.mastery() == null || !earlier.mastery().mastered())) {
                return false;
            }
        }
        return true;
    }

    /** A class × knowledge-point table: one row per student, one column per knowledge point anyone answered on. */
    public record ClassHeatmap(long classId, String className, List<KnowledgePointView> points, List<Row> rows) {

        /** A student's masteries in the columns' order (null where they have not answered). */
        public record Row(long studentId, String name, List<@Nullable Mastery> cells) {
        }

        public @Nullable Double mean(int column) {
            return rows.stream().map(r -> r.cells().get(column)).filter(java.util.Objects::nonNull)
                    .mapToDouble(Mastery::probability).average().stream().boxed().findFirst().orElse(null);
        }
    }

    public ClassHeatmap heatmap(Scope scope, long classId) {
        ClassRoster members = classRoster(scope, classId);
        Map<Long, Map<Long, Mastery>> byStudent = new LinkedHashMap<>();
        List<Long> ids = members.students().stream().map(s -> s.id().value()).toList();
        for (Mastery m : store.ofStudents(ids)) {
            byStudent.computeIfAbsent(m.studentId(), k -> new LinkedHashMap<>()).put(m.knowledgePoint(), m);
        }
        java.util.Set<Long> answered = new java.util.HashSet<>();
        byStudent.values().forEach(m -> answered.addAll(m.keySet()));
        List<KnowledgePointView> columns = inTeachingOrder(names.byId(scope, answered).values());
        List<ClassHeatmap.Row> rows = new ArrayList<>();
        for (StudentView s : members.students()) {
            Map<Long, Mastery> mine = byStudent.getOrDefault(s.id().value(), Map.of());
            List<@Nullable Mastery> cells = new ArrayList<>();
            columns.forEach(kp -> cells.add(mine.get(kp.id())));
            rows.add(new ClassHeatmap.Row(s.id().value(), s.name(), cells));
        }
        return new ClassHeatmap(classId, members.schoolClass().name(), columns, rows);
    }

    /** A student on the early-warning list with the reason: falling mastery or no practice for a while. */
    public record Warning(long studentId, String name, String reason, @Nullable String knowledgePoint,
                          double from, double to) {
    }

    /** The name of a class the caller teaches or administers (not found otherwise). */
    public String heatmapClassName(Scope scope, long classId) {
        return classRoster(scope, classId).schoolClass().name();
    }

    public List<Warning> warnings(Scope scope, long classId) {
        ClassRoster members = classRoster(scope, classId);
        Map<Long, List<Mastery>> byStudent = new LinkedHashMap<>();
        for (Mastery m : store.ofStudents(members.students().stream().map(s -> s.id().value()).toList())) {
            byStudent.computeIfAbsent(m.studentId(), k -> new ArrayList<>()).add(m);
        }
        Map<Long, KnowledgePointView> catalogue = names.byId(scope, byStudent.values().stream()
                .flatMap(List::stream).map(Mastery::knowledgePoint).collect(java.util.stream.Collectors.toSet()));
        Instant quietSince = clock.instant().minus(QUIET);
        List<Warning> warnings = new ArrayList<>();
        for (StudentView s : members.students()) {
            List<Mastery> mine = byStudent.getOrDefault(s.id().value(), List.of());
            mine.stream().filter(m -> m.falling(WARNING_DROP))
                    .max(Comparator.comparingDouble(m -> m.peak() - m.probability()))
                    .ifPresent(m -> warnings.add(new Warning(s.id().value(), s.name(), "falling",
                            nameOf(catalogue, m.knowledgePoint()), m.peak(), m.probability())));
            Optional<Instant> last = mine.stream().map(Mastery::lastAnsweredAt).max(Comparator.naturalOrder());
            if (last.isEmpty() || last.get().isBefore(quietSince)) {
                warnings.add(new Warning(s.id().value(), s.name(), last.isEmpty() ? "never" : "quiet", null, 0, 0));
            }
        }
        return warnings;
    }

    /**
     * Knowledge points in the order their catalogue lists them, which is the order they are taught: siblings by the
     * order they were loaded (their ids), not by code (codes sort alphabetically: APPLY before UNIT).
     */
    static List<KnowledgePointView> inTeachingOrder(java.util.Collection<KnowledgePointView> points) {
        return points.stream().sorted(Comparator.comparing((KnowledgePointView kp) -> kp.parentId() == null ? 0L
                : kp.parentId()).thenComparingLong(KnowledgePointView::id)).toList();
    }

    private static @Nullable String nameOf(Map<Long, KnowledgePointView> catalogue, long id) {
        KnowledgePointView kp = catalogue.get(id);
        return kp == null ? null : kp.name();
    }

    private ClassRoster classRoster(Scope scope, long classId) {
        boolean teaches = roster.taughtClasses(scope).stream().anyMatch(c -> c.id().value() == classId);
        if (!teaches && !scope.isAdministrator()) {
            throw new NotFoundException("tutoring.error.classNotFound");
        }
        try {
            return roster.roster(scope, ClassId.of(classId));
        } catch (org.educloud.shared.ForbiddenException notTheirs) {
            throw new NotFoundException("tutoring.error.classNotFound");
        }
    }

    public List<org.educloud.roster.SchoolClassView> classes(Scope scope) {
        return scope.has(Role.TEACHER) ? roster.taughtClasses(scope) : List.of();
    }
}
