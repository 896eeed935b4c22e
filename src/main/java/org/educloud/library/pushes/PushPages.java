package org.educloud.library.pushes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.educloud.library.ClassPushes;
import org.educloud.library.PushDraft;
import org.educloud.library.PushOutcome;
import org.educloud.library.ResourceId;
import org.educloud.roster.ClassId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 班班通: pushing a resource to classes, the list of pushes, and the classroom's big-screen display. */
@Controller
@RequestMapping("/library")
class PushPages {

    private final ClassPushes pushes;
    private final Clock clock;

    PushPages(ClassPushes pushes, Clock clock) {
        this.pushes = pushes;
        this.clock = clock;
    }

    @PostMapping("/resources/{id}/push")
    String push(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable List<Long> classIds,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                @Nullable LocalDate lessonDate,
                @RequestParam(required = false) @Nullable String lesson,
                @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        push(scope, List.of(id), classIds, lessonDate, lesson, note, redirect);
        return "redirect:/library/resources/" + id;
    }

    /** Several resources at once, chosen on the favourites page (the teacher's basket for a lesson). */
    @PostMapping("/pushes")
    String pushSeveral(Scope scope, @RequestParam(required = false) @Nullable List<Long> resourceIds,
                       @RequestParam(required = false) @Nullable List<Long> classIds,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                       @Nullable LocalDate lessonDate,
                       @RequestParam(required = false) @Nullable String lesson,
                       @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect) {
        if (resourceIds == null || resourceIds.isEmpty() || resourceIds.size() > 20) {
            redirect.addFlashAttribute("problem", "library.error.pushNoResources");
        } else {
            push(scope, resourceIds, classIds, lessonDate, lesson, note, redirect);
        }
        return "redirect:/library/favourites";
    }

    private void push(Scope scope, List<Long> resourceIds, @Nullable List<Long> classIds,
                      @Nullable LocalDate lessonDate, @Nullable String lesson, @Nullable String note,
                      RedirectAttributes redirect) {
        if (classIds == null || classIds.isEmpty() || classIds.size() > 20 || lessonDate == null
                || (lesson != null && lesson.length() > 60) || (note != null && note.length() > 500)) {
            redirect.addFlashAttribute("problem", "library.error.pushIncomplete");
            return;
        }
        try {
            PushOutcome outcome = pushes.push(scope, new PushDraft(
                    resourceIds.stream().map(ResourceId::of).toList(), classIds.stream().map(ClassId::of).toList(),
                    lessonDate, lesson, note));
            redirect.addFlashAttribute("notice", outcome.updated() == 0 ? "library.notice.pushed"
                    : outcome.pushed() == 0 ? "library.notice.pushUpdated" : "library.notice.pushedAndUpdated");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
    }

    /** Pushes by the caller or to the caller's classes, from a week ago on. */
    @GetMapping("/pushes")
    String mine(Scope scope, Model model) {
        model.addAttribute("pushes", pushes.mine(scope, LocalDate.now(clock).minusDays(7)));
        model.addAttribute("classes", pushes.pushableClasses(scope));
        model.addAttribute("today", LocalDate.now(clock));
        return "library/pushes";
    }

    /** The classroom display: a class's pushes for a day, full screen, driven by arrow keys or a remote. */
    @GetMapping("/classes/{classId}/display")
    String display(Scope scope, @PathVariable long classId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
                   Model model) {
        LocalDate day = date == null ? LocalDate.now(clock) : date;
        model.addAttribute("classDay", pushes.forClass(scope, ClassId.of(classId), day));
        model.addAttribute("previous", day.minusDays(1));
        model.addAttribute("next", day.plusDays(1));
        return "library/display";
    }
}
