package org.educloud.portal.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.educloud.identity.AccountPrincipal;
import org.educloud.learning.Notifications;
import org.educloud.shared.Role;
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
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(principal.roles());
        return new Shell(principal.displayName(), principal.username(), Navigation.of(roles));
    }
}
