package org.educloud.roster.people;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.StaffDetail;
import org.educloud.roster.StaffDraft;
import org.educloud.roster.StaffView;
import org.educloud.roster.classes.ClassViews;
import org.educloud.roster.classes.SchoolClassRepository;
import org.educloud.roster.reach.RosterReach;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.OrgId;
import org.educloud.shared.PageSlice;
import org.educloud.shared.Scope;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/** Which staff a caller reaches. */
@Component
public class StaffQueries {

    private final RosterReach reach;
    private final StaffRepository staff;
    private final SchoolClassRepository classes;
    private final ClassViews classViews;
    private final TenancyManagement tenancy;

    StaffQueries(RosterReach reach, StaffRepository staff, SchoolClassRepository classes, ClassViews classViews, TenancyManagement tenancy) {
        this.reach = reach;
        this.staff = staff;
        this.classes = classes;
        this.classViews = classViews;
        this.tenancy = tenancy;
    }

    /** A staff member and their classes: for the school's admins, or the staff member themselves. */
    public StaffDetail staffMember(Scope scope, long staffId) {
        RosterReach.Reach r = reach.of(scope);
        Staff member = staff.findById(staffId)
                .filter(s -> r.administers(s.schoolPath()) || r.staffIds().contains(s.id()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound"));
        return new StaffDetail(member.view(tenancy.names(List.of(member.schoolId())).getOrDefault(member.schoolId(), ""),
                true), classViews.of(classes.ledOrTaughtBy(staffId)));
    }

    /** The record as the school's admins may edit it; for the correction form. */
    public StaffDraft staffDraft(Scope scope, long staffId) {
        StaffView v = staff.findById(staffId).filter(s -> scope.canAdminister(s.schoolPath()))
                .orElseThrow(() -> new NotFoundException("roster.error.staffNotFound")).view("", true);
        return new StaffDraft(v.staffNumber(), v.name(), v.gender(), v.phone(), v.subjects(), v.qualification(),
                v.title(), v.backboneLevel(), v.fullTimeTeacher(), v.specialist());
    }

    public PageSlice<StaffView> staff(Scope scope, @Nullable String text, @Nullable Long schoolId, int page, int size) {
        RosterReach.Reach r = reach.of(scope);
        Specification<Staff> spec = r.<Staff>within("schoolPath", r.staffIds()).and((root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String pattern = "%" + escape(text.strip().toLowerCase(Locale.ROOT)) + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("staffNumber")), pattern, '\\'),
                        cb.like(cb.lower(root.get("subjects")), pattern, '\\')));
            }
            if (schoolId != null) {
                all.add(cb.equal(root.get("schoolId"), schoolId));
            }
            return cb.and(all.toArray(Predicate[]::new));
        });
        PageRequest request = PageRequest.of(PageSlice.safePage(page), Math.clamp(size, 1, 200),
                Sort.by("schoolPath", "staffNumber"));
        Page<Staff> found = staff.findAll(spec, request);
        Map<OrgId, String> schools = tenancy.names(found.getContent().stream().map(Staff::schoolId).toList());
        return new PageSlice<>(found.getContent().stream()
                .map(s -> s.view(schools.getOrDefault(s.schoolId(), ""), false)).toList(),
                request.getPageNumber(), request.getPageSize(), found.getTotalElements());
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
