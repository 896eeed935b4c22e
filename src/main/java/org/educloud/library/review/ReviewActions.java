package org.educloud.library.review;

import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The buttons of the review workflow on a resource's page. */
@Controller
@RequestMapping("/library/resources/{id}")
class ReviewActions {

    private final ResourceLibrary library;

    ReviewActions(ResourceLibrary library) {
        this.library = library;
    }

    @PostMapping("/submit")
    String submit(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "library.notice.submitted", () -> library.submit(scope, ResourceId.of(id)));
    }

    @PostMapping("/approve")
    String approve(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String comment,
                   RedirectAttributes redirect) {
        return step(id, redirect, "library.notice.approved", () -> library.approve(scope, ResourceId.of(id), comment));
    }

    @PostMapping("/reject")
    String reject(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String comment,
                  RedirectAttributes redirect) {
        return step(id, redirect, "library.notice.rejected", () -> library.reject(scope, ResourceId.of(id), comment));
    }

    @PostMapping("/withdraw")
    String withdraw(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String comment,
                    RedirectAttributes redirect) {
        return step(id, redirect, "library.notice.withdrawn",
                () -> library.withdraw(scope, ResourceId.of(id), comment));
    }

    @PostMapping("/feature")
    String feature(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "true") boolean featured,
                   RedirectAttributes redirect) {
        return step(id, redirect, featured ? "library.notice.featured" : "library.notice.unfeatured",
                () -> library.feature(scope, ResourceId.of(id), featured));
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
