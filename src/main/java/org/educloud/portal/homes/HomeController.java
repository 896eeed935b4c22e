package org.educloud.portal.homes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.educloud.homeschool.HomeMessages;
import org.educloud.homeschool.HomeNotices;
import org.educloud.identity.ApiTokens;
import org.educloud.identity.IdentityManagement;
import org.educloud.learning.Grading;
import org.educloud.learning.Tasks;
import org.educloud.library.ClassPushes;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgFigures;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where everyone lands after login. A person with several grants (a teacher who is also a school admin) sees
 * their widest role first and can switch.
 */
@Controller
class HomeController {

    private final TenancyManagement tenancy;
    private final IdentityManagement identity;
    private final RosterDirectory roster;
    private final ClassPushes pushes;
    private final Tasks tasks;
    private final Grading grading;
    private final Clock clock;
    private final AdminToDos toDos;
    private final ApiTokens tokens;
    private final HomeNotices notices;
    private final HomeMessages homeMessages;

    HomeController(TenancyManagement tenancy, IdentityManagement identity, RosterDirectory roster,
                   ClassPushes pushes, Tasks tasks, Grading grading, Clock clock, AdminToDos toDos,
                   ApiTokens tokens, HomeNotices notices, HomeMessages homeMessages) {
        this.notices = notices;
        this.homeMessages = homeMessages;
        this.toDos = toDos;
        this.tokens = tokens;
        this.tasks = tasks;
        this.grading = grading;
        this.pushes = pushes;
        this.clock = clock;
        this.tenancy = tenancy;
        this.identity = identity;
        this.roster = roster;
    }

    @GetMapping("/home")
    String home(Scope scope, @RequestParam(name = "as", required = false) @Nullable Role as, Model model) {
        Role role = as != null && scope.has(as) ? as : RoleHome.primary(scope);
        List<OrgNodeView> places = scope.grants().stream()
                .filter(g -> g.role() == role && role.seesOrgTree())
                .map(Scope.Grant::path)
                .filter(p -> !p.equals(OrgPath.ROOT))
                .map(p -> tenancy.visible(scope, p.ids().getLast()))
                .toList();
        if (role == Role.PLATFORM_OPERATOR) {
            places = tenancy.roots(scope);
        }
        OrgFigures figures = null;
        if (role == Role.PLATFORM_OPERATOR) {
            figures = tenancy.publicFigures();
        } else if (role == Role.REGION_ADMIN || role == Role.DISTRICT_ADMIN) {
            figures = tenancy.figures(scope, places.getFirst().id());
        }
        List<Role> others = Arrays.stream(Role.values()).filter(r -> r != role && scope.has(r)).toList();
        model.addAttribute("home", new RoleHome(role, others, places, figures));
        model.addAttribute("account", identity.self(scope.userId()));
        model.addAttribute("formerUsernameUntil",
                identity.formerUsernamesValidUntil(List.of(scope.userId())).get(scope.userId()));
        model.addAttribute("mayHoldTokens", tokens.mayHoldTokens(scope.userId()));
        if (role.administrative() && role != Role.PLATFORM_OPERATOR) {
            // an admin's home starts with the work waiting for them
            model.addAttribute("toDos", toDos.of(scope, role));
        }
        if (role == Role.TEACHER || role == Role.STUDENT) {
            model.addAttribute("myClasses", roster.myClasses(scope));
        }
        if (role == Role.PARENT || role == Role.STUDENT) {
            model.addAttribute("myChildren", roster.myChildren(scope));
        }
        if (role == Role.TEACHER || role == Role.STUDENT || role == Role.PARENT) {
            model.addAttribute("pushes", pushes.mine(scope, LocalDate.now(clock)));
        }
        if (role == Role.STUDENT || role == Role.PARENT) {
            // the home page shows what is still to do, and the newest grades
            model.addAttribute("tasks", tasks.of(scope).stream().limit(8).toList());
        }
        if (role == Role.TEACHER) {
            model.addAttribute("gradingQueue", grading.queue(scope));
        }
        if (role == Role.PARENT) {
            model.addAttribute("homeNotices", notices.awaiting(scope, 5));
        }
        if (role == Role.PARENT || role == Role.TEACHER) {
            model.addAttribute("unreadMessages", homeMessages.unread(scope));
        }
        return "portal/home";
    }
}
