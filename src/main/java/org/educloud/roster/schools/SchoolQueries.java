package org.educloud.roster.schools;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.educloud.roster.Gender;
import org.educloud.roster.SchoolRosterSummary;
import org.educloud.roster.TermView;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.classes.TeachingAssignmentRepository;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.people.StudentRepository;
import org.educloud.roster.terms.Term;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/** Terms and head counts of one school. */
@Component
public class SchoolQueries {

    private final TermRepository terms;
    private final StudentRepository students;
    private final TeachingAssignmentRepository teaching;
    private final SchoolClassRepository classes;
    private final StaffRepository staff;
    private final TenancyManagement tenancy;

    SchoolQueries(TermRepository terms, StudentRepository students, TeachingAssignmentRepository teaching, SchoolClassRepository classes, StaffRepository staff, TenancyManagement tenancy) {
        this.terms = terms;
        this.students = students;
        this.teaching = teaching;
        this.classes = classes;
        this.staff = staff;
        this.tenancy = tenancy;
    }

    /** Terms that apply to a school: its own and those its bureaus defined, newest first. */
    public List<TermView> terms(Scope scope, OrgId school) {
        OrgNodeView node = tenancy.visible(scope, school);
        return terms.applicableTo(node.path().value()).stream().map(Term::view).toList();
    }

    /** Students by grade and gender, teachers by subject, classes and staff of one school the caller administers. */
    public SchoolRosterSummary summary(Scope scope, OrgId school) {
        OrgNodeView node = tenancy.visible(scope, school);
        if (!scope.canAdminister(node.path())) {
            throw new NotFoundException("roster.error.schoolNotFound");
        }
        Map<Integer, Map<Gender, Long>> byGrade = new TreeMap<>();
        for (Object[] row : students.byGradeAndGender(school.value())) {
            byGrade.computeIfAbsent(((Number) row[0]).intValue(), g -> new EnumMap<>(Gender.class))
                    .put((Gender) row[1], ((Number) row[2]).longValue());
        }
        Map<String, Long> bySubject = new TreeMap<>();
        for (Object[] row : teaching.teachersBySubject(school.value())) {
            bySubject.put((String) row[0], ((Number) row[1]).longValue());
        }
        long classCount = classes.count((root, q, cb) -> cb.equal(root.get("schoolId"), school.value()));
        long staffCount = staff.count((root, q, cb) -> cb.equal(root.get("schoolId"), school.value()));
        return new SchoolRosterSummary(byGrade, bySubject, classCount, staffCount);
    }
}
