package org.educloud.development.programmes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.educloud.development.assessments.SelfAssessments;
import org.educloud.development.support.TeacherSchool;
import org.educloud.identity.IdentityManagement;
import org.educloud.roster.ProfessionalTitle;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StaffView;
import org.educloud.shared.DomainException;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.stereotype.Component;

/**
 * A teacher's profile read with their own scope, from the modules that hold each part: the school (tenancy), the
 * staff record linked to their account (roster), their self-assessment (this module). A teacher without a staff
 * record still has a profile; programmes aimed at a subject or title then leave them out.
 */
@Component
class TeacherProfiles {

    private final TenancyManagement tenancy;
    private final RosterDirectory roster;
    private final IdentityManagement identity;
    private final SelfAssessments assessments;

    TeacherProfiles(TenancyManagement tenancy, RosterDirectory roster, IdentityManagement identity,
                    SelfAssessments assessments) {
        this.tenancy = tenancy;
        this.roster = roster;
        this.identity = identity;
        this.assessments = assessments;
    }

    Optional<TeacherProfile> of(Scope scope) {
        Optional<OrgPath> school = TeacherSchool.of(scope);
        if (school.isEmpty()) {
            return Optional.empty();
        }
        OrgNodeView node = tenancy.find(school.get().ids().getLast()).orElse(null);
        if (node == null) {
            return Optional.empty();
        }
        List<String> subjects = new ArrayList<>();
        ProfessionalTitle title = null;
        for (long staffId : roster.ownStaffIds(scope)) {
            try {
                StaffView staff = roster.staffMember(scope, staffId).staff();
                if (!staff.schoolId().equals(node.id())) {
                    continue;
                }
                Arrays.stream(staff.subjects().split("[、,，;；\\s]+")).filter(s -> !s.isBlank()).forEach(subjects::add);
                title = staff.title();
            } catch (DomainException unreadable) {
                // a staff record the teacher may not read (moved away) says nothing about them here
            }
        }
        return Optional.of(new TeacherProfile(scope.userId().value(), identity.self(scope.userId()).displayName(),
                node.id().value(), node.path(), Set.copyOf(node.stages()), List.copyOf(subjects), title,
                assessments.dimensionMeans(scope)));
    }
}
