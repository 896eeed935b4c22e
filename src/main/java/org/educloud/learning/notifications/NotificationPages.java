package org.educloud.learning.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.educloud.learning.NotificationKind;
import org.educloud.learning.Notifications;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bell's page: the caller's notifications, opening one (marks it read), and which kinds they want. */
@Controller
class NotificationPages {

    private final Notifications notifications;

    NotificationPages(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/learning/notifications")
    String list(Scope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("results", notifications.list(scope, page, 30));
        model.addAttribute("wanted", notifications.wanted(scope));
        model.addAttribute("kinds", java.util.Arrays.stream(NotificationKind.values()).filter(k -> k.concerns(scope))
                .toList());
        return "learning/notifications";
    }

    @PostMapping("/learning/notifications/{id}/open")
    String open(Scope scope, @PathVariable long id) {
        String link = notifications.open(scope, id);
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/");
    }

    @PostMapping("/learning/notifications/read")
    String readAll(Scope scope, RedirectAttributes redirect) {
        notifications.markAllRead(scope);
        redirect.addFlashAttribute("notice", "learning.notice.allRead");
        return "redirect:/learning/notifications";
    }

    @PostMapping("/learning/notifications/preferences")
    String preferences(Scope scope, @RequestParam(name = "kinds", required = false) @Nullable List<NotificationKind> kinds,
                       RedirectAttributes redirect) {
        // an empty "kinds" field binds as a null element
        EnumSet<NotificationKind> wanted = EnumSet.noneOf(NotificationKind.class);
        if (kinds != null) {
            kinds.stream().filter(Objects::nonNull).forEach(wanted::add);
        }
        notifications.want(scope, wanted);
        redirect.addFlashAttribute("notice", "learning.notice.preferencesSaved");
        return "redirect:/learning/notifications";
    }
}
