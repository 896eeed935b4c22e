package org.educloud.homeschool.notices;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.PageSlice;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which classes a notice may go to. A teacher sends to the classes they teach or lead; a school's admins to any
 * class, grade or the whole of a school they administer. One notice belongs to one school, so its admins see it.
 */
@Component
class Audiences {

    /** The classes of one school a notice goes to. */
    record Resolved(OrgNodeView school, List<SchoolClassView> classes) {
    }

    private final RosterDirectory roster;
    private final TenancyManagement tenancy;

    Audiences(RosterDirectory roster, TenancyManagement tenancy) {
        this.roster = roster;
        this.tenancy = tenancy;
    }

    /** Every class the caller may send to, by school: what the form offers. */
    List<SchoolClassView> choosable(Scope scope) {
        Map<Long, SchoolClassView> classes = new LinkedHashMap<>();
        roster.taughtClasses(scope).forEach(c -> classes.put(c.id().value(), c));
        Map<Long, OrgPath> paths = new HashMap<>();
        if (scope.isAdministrator()) {
            for (SchoolClassView c : allClasses(scope, null, null)) {
                if (administers(scope, c.schoolId(), paths)) {
                    classes.putIfAbsent(c.id().value(), c);
                }
            }
        }
        return List.copyOf(classes.values());
    }

    /** The schools the caller administers among those of the classes offered, for grade and school notices. */
    List<OrgNodeView> administeredSchools(Scope scope, List<SchoolClassView> choosable) {
        Map<Long, OrgNodeView> schools = new LinkedHashMap<>();
        for (SchoolClassView c : choosable) {
            OrgNodeView school = schools.computeIfAbsent(c.schoolId().value(), id -> school(c.schoolId()));
            if (!scope.canAdminister(school.path())) {
                schools.remove(c.schoolId().value());
            }
        }
        return List.copyOf(schools.values());
    }

    Resolved resolve(Scope scope, NoticeDraft draft) {
        List<SchoolClassView> classes = switch (draft.audience()) {
            case CLASSES -> {
                Map<Long, SchoolClassView> offered = new HashMap<>();
                choosable(scope).forEach(c -> offered.put(c.id().value(), c));
                List<SchoolClassView> chosen = new ArrayList<>();
                for (Long id : draft.classIds()) {
                    SchoolClassView c = offered.get(id);
                    if (c == null) {
                        throw new ForbiddenException("homeschool.error.notYourClass");
                    }
                    chosen.add(c);
                }
                yield chosen;
            }
            case GRADES -> {
                if (draft.grades().isEmpty()) {
                    throw new RuleViolationException("homeschool.error.noGrade");
                }
                yield adminsSchoolClasses(scope, draft.schoolId()).stream()
                        .filter(c -> draft.grades().contains(c.grade())).toList();
            }
            case SCHOOL -> adminsSchoolClasses(scope, draft.schoolId());
        };
        if (classes.isEmpty()) {
            throw new RuleViolationException("homeschool.error.noClass");
        }
        if (classes.stream().map(SchoolClassView::schoolId).distinct().count() > 1) {
            throw new RuleViolationException("homeschool.error.oneSchool");
        }
        return new Resolved(school(classes.getFirst().schoolId()), classes);
    }

    private List<SchoolClassView> adminsSchoolClasses(Scope scope, @Nullable Long schoolId) {
        if (schoolId == null) {
            throw new RuleViolationException("homeschool.error.noSchool");
        }
        OrgNodeView school = tenancy.find(new OrgId(schoolId)).filter(OrgNodeView::isSchool)
                .filter(s -> scope.canAdminister(s.path()))
                .orElseThrow(() -> new ForbiddenException("homeschool.error.notYourSchool"));
        return allClasses(scope, school.id(), null);
    }

    private List<SchoolClassView> allClasses(Scope scope, @Nullable OrgId schoolId, @Nullable Integer grade) {
        List<SchoolClassView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageSlice<SchoolClassView> slice = roster.classes(scope, schoolId, grade, page, 200);
            all.addAll(slice.items());
            if ((long) (page + 1) * slice.size() >= slice.total() || slice.items().isEmpty()) {
                return all;
            }
        }
    }

    private boolean administers(Scope scope, OrgId schoolId, Map<Long, OrgPath> paths) {
        OrgPath path = paths.computeIfAbsent(schoolId.value(), id -> school(schoolId).path());
        return scope.canAdminister(path);
    }

    private OrgNodeView school(OrgId id) {
        return tenancy.find(id).orElseThrow(() -> new RuleViolationException("homeschool.error.noSchool"));
    }
}
