package org.educloud.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.educloud.identity.AccountPrincipal;
import org.educloud.learning.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** Puts the {@link Shell} into every page's model; navigation follows the caller's roles. */
@ControllerAdvice(annotations = Controller.class)
class ShellAdvice {

    private final Notifications notifications;

    ShellAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    private static final List<String> ADMIN_ROLES =
            List.of("PLATFORM_OPERATOR", "REGION_ADMIN", "DISTRICT_ADMIN", "SCHOOL_ADMIN");

    @ModelAttribute("shell")
    Shell shell() {
        return current();
    }

    /** The bell's count; pages of anonymous visitors have no bell, and answers of the JSON API no page. */
    @ModelAttribute("unreadNotifications")
    @Nullable Long unreadNotifications(HttpServletRequest request) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class))) {
            return null;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return null;
        }
        return notifications.unread(principal.id());
    }

    /** Lets the navigation mark where the reader is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static Shell current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            return new Shell(null, null, List.of());
        }
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("portal.nav.home", "/home"));
        items.add(new NavItem("portal.nav.orgs", "/orgs"));
        items.add(new NavItem("portal.nav.classes", "/roster/classes"));
        items.add(new NavItem("portal.nav.library", "/library"));
        items.add(new NavItem("portal.nav.learning", "/learning/assignments"));
        items.add(new NavItem("portal.nav.courses", "/learning/courses"));
        boolean admin = principal.roles().stream().anyMatch(ADMIN_ROLES::contains);
        if (admin || principal.roles().contains("TEACHER")) {
            items.add(new NavItem("portal.nav.students", "/roster/students"));
        }
        if (admin) {
            items.add(new NavItem("portal.nav.staff", "/roster/staff"));
            items.add(new NavItem("portal.nav.accounts", "/admin/accounts"));
            items.add(new NavItem("portal.nav.integrations", "/admin/integrations"));
            items.add(new NavItem("portal.nav.records", "/admin/records"));
            items.add(new NavItem("portal.nav.learningActivity", "/learning/activity"));
            items.add(new NavItem("portal.nav.equity", "/equity"));
            items.add(new NavItem("portal.nav.audit", "/admin/audit"));
        }
        items.add(new NavItem("portal.nav.account", "/account"));
        if (principal.roles().contains("PLATFORM_OPERATOR")) {
            items.add(new NavItem("portal.nav.apiDocs", "/swagger-ui.html"));
        }
        return new Shell(principal.displayName(), principal.username(), items);
    }
}
