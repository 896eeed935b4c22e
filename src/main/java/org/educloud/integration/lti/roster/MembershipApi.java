package org.educloud.integration.lti.roster;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.identity.IdentityManagement;
import org.educloud.integration.lti.links.LinkStore;
import org.educloud.integration.lti.support.Lti;
import org.educloud.integration.lti.support.ServiceAuthentication;
import org.educloud.integration.lti.support.ServicePaging;
import org.educloud.integration.lti.support.ServiceTokens;
import org.educloud.integration.lti.support.SiteRoot;
import org.educloud.roster.ClassId;
import org.educloud.roster.ClassRoster;
import org.educloud.roster.Follower;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentView;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
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
 * no launch can name them. Paged by {@code limit} with a {@code Link rel="next"}; {@code rlid} names one of the
 * tool's resource links in the class (every placement belongs to exactly one class, so its members are the class's),
 * and any other is not found.
 */
@RestController
class MembershipApi {

    private final ServiceAuthentication authentication;
    private final RosterDirectory roster;
    private final IdentityManagement identity;
    private final LinkStore links;

    MembershipApi(ServiceAuthentication authentication, RosterDirectory roster, IdentityManagement identity,
                  LinkStore links) {
        this.authentication = authentication;
        this.roster = roster;
        this.identity = identity;
        this.links = links;
    }

    @GetMapping("/lti/services/contexts/{classId}/memberships")
    ResponseEntity<Map<String, Object>> members(@PathVariable long classId, HttpServletRequest request,
                                                @RequestParam(required = false) @Nullable String role,
                                                @RequestParam(required = false) @Nullable String rlid,
                                                @RequestParam(required = false) @Nullable Integer limit,
                                                @RequestParam(required = false) @Nullable Integer page) {
        ServiceTokens.ServiceCaller caller = authentication.caller(request, classId, Lti.SCOPE_MEMBERSHIP);
        if (rlid != null && links.find(idOr(rlid)).filter(l -> l.toolId() == caller.toolId()
                && l.classId() == classId).isEmpty()) {
            throw new NotFoundException("integration.lti.error.linkNotFound");
        }
        int size = ServicePaging.limit(limit);
        int number = page == null ? 1 : page;
        if (number < 1) {
            throw new RuleViolationException("integration.lti.services.error.page");
        }
        // the tool's right to the class was checked just now; the platform reads the class on its behalf
        ClassRoster members = roster.roster(Scope.installation(), ClassId.of(classId));
        List<Map<String, Object>> listed = everyone(classId, members, role);
        long from = (long) (number - 1) * size;
        List<Map<String, Object>> shown = from >= listed.size() ? List.of()
                : listed.subList((int) from, (int) Math.min(listed.size(), from + size));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", SiteRoot.current() + Lti.contextPath(classId) + "/memberships");
        body.put("context", Map.of("id", String.valueOf(classId), "label", members.schoolClass().name(),
                "title", members.schoolClass().schoolName() + " " + members.schoolClass().name()));
        body.put("members", shown);
        return ResponseEntity.ok()
                .headers(ServicePaging.links("page", from + size < listed.size() ? String.valueOf(number + 1) : null))
                .contentType(MediaType.parseMediaType(Lti.MEMBERSHIP_TYPE)).body(body);
    }

    /** Learners then Instructors, each by account id: the same order on every page. */
    private List<Map<String, Object>> everyone(long classId, ClassRoster members, @Nullable String role) {
        List<Map<String, Object>> listed = new ArrayList<>();
        if (role == null || Lti.LEARNER.equals(role) || "Learner".equals(role)) {
            Map<StudentId, String> names = new LinkedHashMap<>();
            members.students().forEach(s -> names.put(s.id(), s.name()));
            roster.followersOf(members.students().stream().map(StudentView::id).toList()).stream()
                    .filter(f -> !f.guardian())
                    .sorted(Comparator.comparingLong((Follower f) -> f.account().value()))
                    .forEach(f -> listed.add(member(f.account(), names.get(f.studentId()), Lti.LEARNER)));
        }
        if (role == null || Lti.INSTRUCTOR.equals(role) || "Instructor".equals(role)) {
            List<UserId> teachers = roster.teacherAccountsOf(List.of(ClassId.of(classId)))
                    .getOrDefault(ClassId.of(classId), List.of()).stream()
                    .sorted(Comparator.comparingLong(UserId::value)).toList();
            Map<UserId, String> names = identity.displayNames(teachers);
            teachers.forEach(t -> listed.add(member(t, names.get(t), Lti.INSTRUCTOR)));
        }
        return listed;
    }

    private static Map<String, Object> member(UserId account, @Nullable String name, String role) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("status", "Active");
        member.put("user_id", String.valueOf(account.value()));
        member.put("name", name == null ? "" : name);
        member.put("roles", List.of(role));
        return member;
    }

    private static long idOr(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
