package org.educloud.integration.lti.links;

import java.util.Locale;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lesson's tools, for the teacher who owns the course: add a registered tool as an item of the lesson for one of
 * their classes, directly or by picking content inside the tool (deep linking).
 */
@Controller
@RequestMapping("/lti/courses/{courseId}/lessons/{lessonId}/tools")
class LessonToolPages {

    private final Placements placements;
    private final RosterDirectory roster;
    private final MessageSource messages;

    LessonToolPages(Placements placements, RosterDirectory roster, MessageSource messages) {
        this.placements = placements;
        this.roster = roster;
        this.messages = messages;
    }

    @GetMapping
    String page(Scope scope, @PathVariable long courseId, @PathVariable long lessonId, Model model) {
        placements.checkLesson(scope, courseId, lessonId);
        model.addAttribute("courseId", courseId);
        model.addAttribute("lessonId", lessonId);
        model.addAttribute("classes", roster.taughtClasses(scope));
        model.addAttribute("tools", placements.placeableBy(scope));
        return "integration/lti-lesson";
    }

    @PostMapping
    String add(Scope scope, @PathVariable long courseId, @PathVariable long lessonId,
               @RequestParam(required = false) @Nullable Long classId,
               @RequestParam(required = false) @Nullable Long toolId,
               @RequestParam(required = false) @Nullable String title, Locale locale, Model model,
               RedirectAttributes redirect) {
        try {
            if (classId == null || toolId == null) {
                throw new RuleViolationException("integration.lti.error.tool");
            }
            placements.addLessonItem(scope, classId, toolId, courseId, lessonId, title, null);
        } catch (RuleViolationException e) {
            model.addAttribute("problem", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return page(scope, courseId, lessonId, model);
        }
        redirect.addFlashAttribute("notice", "integration.lti.notice.lessonItemAdded");
        return "redirect:/lti/classes/" + classId;
    }
}
