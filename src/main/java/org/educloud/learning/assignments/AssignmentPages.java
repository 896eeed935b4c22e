package org.educloud.learning.assignments;

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
import org.educloud.learning.AssignmentId;
import org.educloud.learning.Assignments;
import org.educloud.learning.Grading;
import org.educloud.learning.LatePolicy;
import org.educloud.learning.Submissions;
import org.educloud.learning.Tasks;
import org.educloud.learning.Upload;
import org.educloud.learning.files.Downloads;
import org.educloud.roster.ClassId;
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

    /** With {@code classId}, one class's assignments only (the class page links here). */
    @GetMapping
    String list(Scope scope, @RequestParam(required = false) @Nullable Long classId, Model model) {
        ClassId only = classId == null ? null : ClassId.of(classId);
        model.addAttribute("managed", assignments.managed(scope).stream()
                .filter(a -> only == null || a.classId().equals(only)).toList());
        model.addAttribute("queue", grading.queue(scope).stream()
                .filter(a -> only == null || a.classId().equals(only)).toList());
        model.addAttribute("tasks", tasks.of(scope).stream()
                .filter(t -> only == null || t.assignment().classId().equals(only)).toList());
        model.addAttribute("teaches", !roster.taughtClasses(scope).isEmpty());
        model.addAttribute("classId", classId);
        return "learning/assignments";
    }

    @GetMapping("/new")
    String newAssignment(Scope scope, @RequestParam(required = false) @Nullable Long lesson, Model model) {
        return form(scope, AssignmentForm.blank(LocalDateTime.now(clock), lesson), Map.of(), model);
    }

    /**
     * Sets the assignment with its files in one go (issue 26: attaching used to be a second page). A form that is
     * refused comes back without its files, since a browser cannot be handed them again; the page says so.
     */
    @PostMapping
    String create(Scope scope, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult binding,
                  @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
                  Model model, Locale locale) {
        List<Upload> uploads = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty())
                .map(f -> new Upload(String.valueOf(f.getOriginalFilename()), f.getSize(), f)).toList();
        if (binding.hasErrors()) {
            return refused(scope, form, FormErrors.of(binding, messages, locale), !uploads.isEmpty(), model);
        }
        try {
            List<AssignmentId> ids = assignments.set(scope, form.draft(), uploads);
            return "redirect:/learning/assignments/" + ids.getFirst();
        } catch (RuleViolationException e) {
            return refused(scope, form, FormErrors.of(e, "", messages, locale), !uploads.isEmpty(), model);
        }
    }

    private String refused(Scope scope, AssignmentForm form, Map<String, String> errors, boolean hadFiles,
                           Model model) {
        model.addAttribute("filesDropped", hadFiles);
        return form(scope, form, errors, model);
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        AssignmentId assignment = AssignmentId.of(id);
        AssignmentDetail detail = assignments.detail(scope, assignment);
        model.addAttribute("detail", detail);
        model.addAttribute("a", detail.assignment());
        model.addAttribute("work", detail.mayManage() ? List.of() : submissions.mine(scope, assignment));
        model.addAttribute("sheet", detail.mayManage() ? grading.sheet(scope, assignment) : List.of());
        model.addAttribute("token", UUID.randomUUID());
        model.addAttribute("now", clock.instant());
        model.addAttribute("isStudent", scope.has(org.educloud.shared.Role.STUDENT));
        return "learning/assignment";
    }

    @PostMapping("/{id}/publish")
    String publish(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        assignments.publish(scope, AssignmentId.of(id));
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
            assignments.attach(scope, AssignmentId.of(id), in, String.valueOf(file.getOriginalFilename()));
            redirect.addFlashAttribute("notice", "learning.notice.attached");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/learning/assignments/" + id;
    }

    @GetMapping("/{id}/files/{fileId}")
    void file(Scope scope, @PathVariable long id, @PathVariable long fileId, HttpServletResponse response)
            throws IOException {
        Downloads.send(assignments.file(scope, AssignmentId.of(id), fileId), response);
    }

    private String form(Scope scope, AssignmentForm form, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        var classes = roster.taughtClasses(scope);
        model.addAttribute("classes", classes);
        // a teacher of one class has nothing to choose: it is ticked for them
        model.addAttribute("onlyClass", classes.size() == 1 ? classes.getFirst().id() : null);
        model.addAttribute("policies", LatePolicy.values());
        model.addAttribute("maxAttachments", Assignments.MAX_ATTACHMENTS);
        return "learning/assignment-form";
    }
}
