package org.educloud.roster.classes;

import org.educloud.roster.TermId;
import org.educloud.roster.ClassId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.educloud.roster.SchoolClassView;
import org.educloud.roster.people.StaffRepository;
import org.educloud.roster.terms.TermRepository;
import org.educloud.shared.OrgId;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/** Builds class views for a page of classes with a fixed number of queries, whatever the page size. */
@Component
public class ClassViews {

    private final TermRepository terms;
    private final StaffRepository staff;
    private final EnrolmentRepository enrolments;
    private final TenancyManagement tenancy;

    ClassViews(TermRepository terms, StaffRepository staff, EnrolmentRepository enrolments, TenancyManagement tenancy) {
        this.terms = terms;
        this.staff = staff;
        this.enrolments = enrolments;
        this.tenancy = tenancy;
    }

    public List<SchoolClassView> of(List<SchoolClass> classes) {
        if (classes.isEmpty()) {
            return List.of();
        }
        Map<OrgId, String> schools = tenancy.names(classes.stream().map(SchoolClass::schoolId).toList());
        Map<Long, String> termNames = new HashMap<>();
        terms.findAllById(classes.stream().map(SchoolClass::termId).distinct().toList())
                .forEach(t -> termNames.put(t.id(), t.view().schoolYear() + " " + t.view().name()));
        Map<Long, String> teachers = new HashMap<>();
        staff.findAllById(classes.stream().map(SchoolClass::headTeacherId).filter(Objects::nonNull).distinct().toList())
                .forEach(s -> teachers.put(s.id(), s.name()));
        Map<Long, Long> counts = new HashMap<>();
        enrolments.countCurrent(classes.stream().map(SchoolClass::id).toList())
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        return classes.stream().map(c -> new SchoolClassView(ClassId.of(c.id()), c.schoolId(), schools.getOrDefault(c.schoolId(), ""),
                TermId.of(c.termId()), termNames.getOrDefault(c.termId(), ""), c.grade(), c.name(), c.kind(),
                c.headTeacherId() == null ? null : teachers.get(c.headTeacherId()), counts.getOrDefault(c.id(), 0L)))
                .toList();
    }
}
