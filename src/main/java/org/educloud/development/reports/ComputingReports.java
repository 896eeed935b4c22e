package org.educloud.development.reports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.educloud.development.assessments.AssessmentStore;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.frameworks.FrameworkTree;
import org.educloud.development.frameworks.Frameworks;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Locality;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a {@link CompetenceReport} for a node the caller administers: the node's teachers, their ratings of the
 * period and of the one before, folded into per-teacher dimension means and then into groups.
 */
@Service
@Transactional(readOnly = true)
public class ComputingReports {

    private final TenancyManagement tenancy;
    private final Frameworks frameworks;
    private final AssessmentStore assessments;
    private final SchoolTeachers teachers;

    ComputingReports(TenancyManagement tenancy, Frameworks frameworks, AssessmentStore assessments,
                     SchoolTeachers teachers) {
        this.tenancy = tenancy;
        this.frameworks = frameworks;
        this.assessments = assessments;
        this.teachers = teachers;
    }

    /** The node a report is about: a school or bureau the caller administers; any other reads as not found. */
    public OrgNodeView node(Scope scope, OrgId org) {
        OrgNodeView node = tenancy.visible(scope, org);
        if (!scope.canAdminister(node.path())) {
            throw new NotFoundException("development.error.reportNotFound");
        }
        return node;
    }

    public CompetenceReport report(Scope scope, OrgId org, long frameworkId, SchoolYear year) {
        OrgNodeView node = node(scope, org);
        FrameworkTree tree = frameworks.tree(scope, frameworkId);
        List<OrgNodeView> schools = node.isSchool() ? List.of(node)
                : tenancy.schoolsUnder(node.path()).stream().filter(s -> s.isSchool() && s.isActive()).toList();
        Map<Long, OrgNodeView> schoolById = schools.stream()
                .collect(Collectors.toMap(s -> s.id().value(), s -> s, (a, b) -> a, LinkedHashMap::new));
        List<SchoolTeachers.Teacher> expected = teachers.under(scope, node.path()).stream()
                .filter(t -> schoolById.containsKey(t.schoolId())).toList();
        Map<Long, Profile> profiles = profiles(tree, assessments.ratingsUnder(node.path(), frameworkId, year.label()));
        Map<Long, Profile> before = profiles(tree, assessments.ratingsUnder(node.path(), frameworkId,
                year.previous().label()));

        List<CompetenceReport.DimensionSpread> spreads = new ArrayList<>();
        for (int d = 0; d < tree.dimensions().size(); d++) {
            int dimension = d;
            long[] byLevel = new long[tree.highestLevel()];
            profiles.values().forEach(p -> {
                Double mean = p.dimensionMeans().get(dimension);
                if (mean != null) {
                    byLevel[(int) Math.clamp(Math.round(mean), 1, tree.highestLevel()) - 1]++;
                }
            });
            boolean suppressed = profiles.size() < CompetenceReport.SMALLEST_GROUP;
            spreads.add(new CompetenceReport.DimensionSpread(tree.dimensions().get(d),
                    suppressed ? List.of() : java.util.Arrays.stream(byLevel).boxed().toList(),
                    suppressed ? null : mean(profiles.values().stream().map(p -> p.dimensionMeans().get(dimension))
                            .toList()), suppressed));
        }

        Map<Long, Long> teachersPerSchool = expected.stream()
                .collect(Collectors.groupingBy(SchoolTeachers.Teacher::schoolId, Collectors.counting()));
        List<CompetenceReport.GroupLine> schoolLines = new ArrayList<>();
        for (OrgNodeView school : schools) {
            List<Profile> here = profiles.values().stream().filter(p -> p.schoolId() == school.id().value()).toList();
            schoolLines.add(group(school.name(), school.id().value(), school.locality(),
                    teachersPerSchool.getOrDefault(school.id().value(), 0L), here, tree));
        }
        List<CompetenceReport.GroupLine> localityLines = new ArrayList<>();
        for (Locality locality : Locality.values()) {
            Set<Long> ids = schools.stream().filter(s -> s.locality() == locality).map(s -> s.id().value())
                    .collect(Collectors.toSet());
            if (ids.isEmpty()) {
                continue;
            }
            List<Profile> here = profiles.values().stream().filter(p -> ids.contains(p.schoolId())).toList();
            long count = ids.stream().mapToLong(id -> teachersPerSchool.getOrDefault(id, 0L)).sum();
            localityLines.add(group(locality.name(), null, locality, count, here, tree));
        }

        List<CompetenceReport.Unassessed> unassessed = expected.stream()
                .filter(t -> !profiles.containsKey(t.account()))
                .map(t -> new CompetenceReport.Unassessed(t.account(), t.name(), schoolById.get(t.schoolId()).name()))
                .toList();
        boolean suppressed = profiles.size() < CompetenceReport.SMALLEST_GROUP;
        return new CompetenceReport(node, tree, year.label(), expected.size(), profiles.size(),
                suppressed ? null : mean(profiles.values().stream().map(Profile::mean).toList()),
                before.size() < CompetenceReport.SMALLEST_GROUP || suppressed ? null
                        : mean(before.values().stream().map(Profile::mean).toList()),
                spreads, schoolLines, localityLines, unassessed,
                node.isSchool() ? expected.stream().filter(t -> profiles.containsKey(t.account()))
                        .map(t -> new CompetenceReport.Unassessed(t.account(), t.name(), node.name())).toList()
                        : List.of(),
                gini(schoolLines.stream().map(CompetenceReport.GroupLine::mean).toList()));
    }

    /** One assessed teacher: their school, their mean per dimension (null where nothing was rated) and overall. */
    private record Profile(long schoolId, List<@Nullable Double> dimensionMeans, double mean) {
    }

    private static Map<Long, Profile> profiles(FrameworkTree tree, List<AssessmentStore.RatingRow> rows) {
        Map<Long, Integer> dimensionOf = new HashMap<>();
        for (int d = 0; d < tree.dimensions().size(); d++) {
            int dimension = d;
            tree.dimensions().get(d).indicators().forEach(i -> dimensionOf.put(i.id(), dimension));
        }
        Map<Long, List<AssessmentStore.RatingRow>> byTeacher = rows.stream()
                .collect(Collectors.groupingBy(AssessmentStore.RatingRow::teacherAccount, LinkedHashMap::new,
                        Collectors.toList()));
        Map<Long, Profile> profiles = new LinkedHashMap<>();
        byTeacher.forEach((teacher, ratings) -> {
            List<@Nullable Double> means = new ArrayList<>();
            for (int d = 0; d < tree.dimensions().size(); d++) {
                int dimension = d;
                means.add(mean(ratings.stream().filter(r -> dimensionOf.get(r.elementId()) == dimension)
                        .map(r -> (double) r.level()).toList()));
            }
            double overall = ratings.stream().mapToInt(AssessmentStore.RatingRow::level).average().orElse(0);
            profiles.put(teacher, new Profile(ratings.getFirst().schoolId(), means, overall));
        });
        return profiles;
    }

    private static CompetenceReport.GroupLine group(String name, @Nullable Long schoolId, @Nullable Locality locality,
                                                    long teachers, List<Profile> here, FrameworkTree tree) {
        boolean suppressed = here.size() < CompetenceReport.SMALLEST_GROUP;
        List<@Nullable Double> dimensionMeans = new ArrayList<>();
        for (int d = 0; d < tree.dimensions().size(); d++) {
            int dimension = d;
            dimensionMeans.add(suppressed ? null
                    : mean(here.stream().map(p -> p.dimensionMeans().get(dimension)).toList()));
        }
        return new CompetenceReport.GroupLine(name, schoolId, locality, Math.max(teachers, here.size()), here.size(),
                suppressed ? null : mean(here.stream().map(Profile::mean).toList()), dimensionMeans, suppressed);
    }

    static @Nullable Double mean(Collection<@Nullable Double> values) {
        return values.stream().filter(java.util.Objects::nonNull).mapToDouble(Double::doubleValue).average()
                .stream().boxed().findFirst().orElse(null);
    }

    /** The Gini coefficient of the schools' mean levels, over the schools not kept back; null under two such. */
    static @Nullable Double gini(List<@Nullable Double> means) {
        List<Double> values = means.stream().filter(java.util.Objects::nonNull).map(Double::doubleValue).toList();
        if (values.size() < 2) {
            return null;
        }
        double total = 0;
        for (double a : values) {
            for (double b : values) {
                total += Math.abs(a - b);
            }
        }
        double average = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return average == 0 ? null : total / (2.0 * values.size() * values.size() * average);
    }
}
