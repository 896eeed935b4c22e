package org.educloud.learning.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.educloud.learning.AssignmentDetail;
import org.educloud.learning.Assignments;
import org.educloud.learning.Grading;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Submissions;
import org.educloud.learning.Tasks;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.FormErrors;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assignments on the page: the caller's list (a teacher's assignments and grading queue, a student's or parent's
 * tasks), setting one, and its page, which shows each reader what they may see and do.
 */
@Controller
@RequestMapping("/learning/assignments")
class AssignmentPages {

    private final Assignments assignments;
    private final Submissions submissions;
    private final Grading grading;
    private final Tasks tasks;
    private final RosterDirectory roster;
    private final MessageSource messages;
    private final Clock clock;

    AssignmentPages(Assignments assignments, Submissions submissions, Grading grading, Tasks tasks,
                    RosterDirectory roster, MessageSource messages, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.grading = grading;
        this.tasks = tasks;
        this.roster = roster;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("managed", assignments.managed(scope));
        model.addAttribute("queue", grading.queue(scope));
        model.addAttribute("tasks", tasks.of(scope));
        model.addAttribute("teaches", !roster.taughtClasses(scope).isEmpty());
        return "learning/assignments";
    }

    @GetMapping("/new")
    String newAssignment(Scope scope, @RequestParam(required = false) @Nullable Long lesson, Model model) {
        return form(scope, AssignmentForm.blank(LocalDateTime.now(clock), lesson), Map.of(), model);
    }

    @PostMapping
    String create(Scope scope, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult binding,
                  Model model, Locale locale) {
        if (binding.hasErrors()) {
            return form(scope, form, FormErrors.of(binding, messages, locale), model);
        }
        try {
            List<Long> ids = assignments.set(scope, form.draft());
            return "redirect:/learning/assignments/" + ids.getFirst();
        } catch (RuleViolationException e) {
            return form(scope, form, FormErrors.of(e, "", messages, locale), model);
        }
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        AssignmentDetail detail = assignments.detail(scope, id);
        model.addAttribute("detail", detail);
        model.addAttribute("a", detail.assignment());
        model.addAttribute("work", detail.mayManage() ? List.of() : submissions.mine(scope, id));
        model.addAttribute("sheet", detail.mayManage() ? grading.sheet(scope, id) : List.of());
        model.addAttribute("token", UUID.randomUUID());
        model.addAttribute("now", clock.instant());
        model.addAttribute("isStudent", scope.has(org.educloud.shared.Role.STUDENT));
        return "learning/assignment";
    }

    @PostMapping("/{id}/publish")
    String publish(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        assignments.publish(scope, id);
        redirect.addFlashAttribute("notice", "learning.notice.published");
        return "redirect:/learning/assignments/" + id;
    }

    @PostMapping("/{id}/files")
    String attach(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable MultipartFile file,
                  RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "library.error.fileEmpty");
            return "redirect:/learning/assignments/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            assignments.attach(scope, id, in, String.valueOf(file.getOriginalFilename()));
            redirect.addFlashAttribute("notice", "learning.notice.attached");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/learning/assignments/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    void file(Scope scope, @PathVariable long id, @PathVariable long fileId, HttpServletResponse response)
            throws IOException {
        Downloads.send(assignments.file(scope, id, fileId), response);
    }

    private String form(Scope scope, AssignmentForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("classes", roster.taughtClasses(scope));
        model.addAttribute("policies", LatePolicy.values());
        return "learning/assignment-form";
    }
}
