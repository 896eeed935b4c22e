package org.educloud.integration.lti.roster;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.ServiceAuthentication;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Names and Role Provisioning Services 2.0: the members of one class a tool was launched in — its current students
 * with an account as Learners, its current teachers as Instructors — by the same user ids the launches carry
 * ({@code sub}, the account id), with their names and nothing else. Students without an account yet are left out:
 * no launch can name them.
 */
@RestController
class MembershipApi {

    private final ServiceAuthentication authentication;
    private final RosterDirectory roster;
    private final IdentityManagement identity;

    MembershipApi(ServiceAuthentication authentication, RosterDirectory roster, IdentityManagement identity) {
        this.authentication = authentication;
        this.roster = roster;
        this.identity = identity;
    }

    @GetMapping("/lti/services/contexts/{classId}/memberships")
    ResponseEntity<Map<String, Object>> members(@PathVariable long classId, HttpServletRequest request,
                                                @RequestParam(required = false) @Nullable String role) {
        authentication.caller(request, classId, Lti.SCOPE_MEMBERSHIP);
        // the tool's right to the class was checked just now; the platform reads the class on its behalf
        ClassRoster members = roster.roster(Scope.installation(), ClassId.of(classId));
        List<Map<String, Object>> listed = new ArrayList<>();
        if (role == null || Lti.LEARNER.equals(role) || "Learner".equals(role)) {
            Map<StudentId, String> names = new LinkedHashMap<>();
            members.students().forEach(s -> names.put(s.id(), s.name()));
            for (Follower follower : roster.followersOf(members.students().stream().map(StudentView::id).toList())) {
                if (!follower.guardian()) {
                    listed.add(member(follower.account(), names.get(follower.studentId()), Lti.LEARNER));
                }
            }
        }
        if (role == null || Lti.INSTRUCTOR.equals(role) || "Instructor".equals(role)) {
            List<UserId> teachers = roster.teacherAccountsOf(List.of(ClassId.of(classId)))
                    .getOrDefault(ClassId.of(classId), List.of());
            Map<UserId, String> names = identity.displayNames(teachers);
            teachers.forEach(t -> listed.add(member(t, names.get(t), Lti.INSTRUCTOR)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", SiteRoot.current() + Lti.contextPath(classId) + "/memberships");
        body.put("context", Map.of("id", String.valueOf(classId), "label", members.schoolClass().name(),
                "title", members.schoolClass().schoolName() + " " + members.schoolClass().name()));
        body.put("members", listed);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Lti.MEMBERSHIP_TYPE)).body(body);
    }

    private static Map<String, Object> member(UserId account, @Nullable String name, String role) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("status", "Active");
        member.put("user_id", String.valueOf(account.value()));
        member.put("name", name == null ? "" : name);
        member.put("roles", List.of(role));
        return member;
    }
}
