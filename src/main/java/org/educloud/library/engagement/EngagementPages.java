package org.educloud.library.engagement;

import java.time.Clock;
import java.time.LocalDate;
import org.educloud.library.ClassPushes;
import org.educloud.library.Engagement;
import org.educloud.library.ResourceId;
import org.educloud.library.resources.LibraryPages;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rating, favouriting and commenting on a resource's page, moderating comments, and the favourites list (from
 * which a teacher pushes several resources to a lesson at once).
 */
@Controller
@RequestMapping("/library")
class EngagementPages {

    private final Engagement engagement;
    private final ClassPushes pushes;
    private final Clock clock;

    EngagementPages(Engagement engagement, ClassPushes pushes, Clock clock) {
        this.engagement = engagement;
        this.pushes = pushes;
        this.clock = clock;
    }

    @PostMapping("/resources/{id}/rating")
    String rate(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "0") int stars,
                RedirectAttributes redirect) {
        return step(id, redirect, "library.notice.rated", () -> engagement.rate(scope, ResourceId.of(id), stars));
    }

    @PostMapping("/resources/{id}/favourite")
    String favourite(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
                     RedirectAttributes redirect) {
        return step(id, redirect, on ? "library.notice.favourited" : "library.notice.unfavourited",
                () -> engagement.favourite(scope, ResourceId.of(id), on));
    }

    @PostMapping("/resources/{id}/comments")
    String comment(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String body,
                   RedirectAttributes redirect) {
        return step(id, redirect, "library.notice.commented", () -> engagement.comment(scope, ResourceId.of(id), body));
    }

    @PostMapping("/comments/{commentId}/moderation")
    String moderate(Scope scope, @PathVariable long commentId, @RequestParam long resourceId,
                    @RequestParam(defaultValue = "true") boolean approve, RedirectAttributes redirect) {
        return step(resourceId, redirect, "library.notice.moderated",
                () -> engagement.moderate(scope, commentId, approve));
    }

    @GetMapping("/favourites")
    String favourites(Scope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("results", engagement.favourites(scope, page, LibraryPages.PAGE_SIZE));
        model.addAttribute("pushableClasses", pushes.pushableClasses(scope));
        model.addAttribute("today", LocalDate.now(clock));
        return "library/favourites";
    }

    private static String step(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/library/resources/" + id;
    }
}
