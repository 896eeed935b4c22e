package org.educloud.development.programmes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.educloud.development.assessments.SchoolYear;
import org.educloud.development.support.EvidenceFiles;
import org.educloud.library.ReceivedFile;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Training programmes: the teacher's list of those open to them and joined, an administrator's of those they run,
 * and one programme — its sessions, courses, tasks and attendance for the administrator, the sessions and the
 * teacher's own progress for a teacher. Creating, revising and closing one is {@link ProgrammeEditingPages}.
 */
@Controller
class ProgrammePages {

    private final RunningProgrammes running;
    private final JoiningProgrammes joining;
    private final ProgrammeTasks tasks;
    private final TenancyManagement tenancy;
    private final EvidenceFiles files;
    private final MessageSource messages;

    ProgrammePages(RunningProgrammes running, JoiningProgrammes joining, ProgrammeTasks tasks,
                   TenancyManagement tenancy, EvidenceFiles files, MessageSource messages) {
        this.tasks = tasks;
        this.files = files;
        this.running = running;
        this.joining = joining;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping("/development/programmes")
    String list(Scope scope, Model model) {
        model.addAttribute("open", joining.open(scope));
        model.addAttribute("run", running.run(scope));
        model.addAttribute("runners", runners(scope));
        return "development/programmes";
    }

    @GetMapping("/development/programmes/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        return show(scope, id, model, null);
    }

    private String show(Scope scope, long id, Model model, @Nullable SessionForm session) {
        model.addAttribute("zone", SchoolYear.CHINA);
        boolean administers = running.run(scope).stream().anyMatch(p -> p.id() == id);
        if (administers) {
            model.addAttribute("programme", running.administered(scope, id));
            model.addAttribute("sessions", running.sessions(scope, id));
            model.addAttribute("participants", running.participants(scope, id));
            model.addAttribute("courses", running.courses(scope, id));
            model.addAttribute("addable", running.addableCourses(scope, id));
            model.addAttribute("tasks", tasks.tasks(id));
            model.addAttribute("submissions", tasks.submissions(scope, id));
            if (!model.containsAttribute("taskForm")) {
                model.addAttribute("taskForm", new TaskForm("", "", null));
            }
            if (!model.containsAttribute("courseForm")) {
                model.addAttribute("courseForm", new CourseForm(null, null));
            }
            model.addAttribute("modes", SessionMode.values());
            model.addAttribute("sessionForm", session == null ? new SessionForm("", SessionMode.IN_PERSON, null, null, "")
                    : session);
            return "development/programme-admin";
        }
        JoiningProgrammes.Seen seen = joining.seen(scope, id);
        model.addAttribute("programme", seen.programme());
        model.addAttribute("seen", seen);
        model.addAttribute("tasks", tasks.tasks(id));
        model.addAttribute("ownByTask", seen.joined() ? tasks.own(scope, id).stream().collect(
                java.util.stream.Collectors.toMap(TaskSubmission::taskId, s -> s)) : java.util.Map.of());
        return "development/programme";
    }

    @PostMapping("/development/programmes/{id}/sessions")
    String addSession(Scope scope, @PathVariable long id, @Valid @ModelAttribute("sessionForm") SessionForm form,
                      BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
        running.administered(scope, id);
        if (!binding.hasErrors()) {
            try {
                running.addSession(scope, id, form);
                return "redirect:/development/programmes/" + id + "?sessionAdded";
            } catch (FieldRuleViolationException refused) {
                model.addAttribute("errors", FormErrors.of(refused, refused.field(), messages, locale));
            }
        } else {
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(scope, id, model, form);
    }

    @PostMapping("/development/programmes/{id}/courses")
    String addCourse(Scope scope, @PathVariable long id, @Valid @ModelAttribute("courseForm") CourseForm form,
                     BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
        running.administered(scope, id);
        if (!binding.hasErrors()) {
            try {
                running.addCourse(scope, id, form);
                return "redirect:/development/programmes/" + id + "?courseAdded";
            } catch (FieldRuleViolationException refused) {
                model.addAttribute("courseErrors", FormErrors.of(refused, refused.field(), messages, locale));
            }
        } else {
            model.addAttribute("courseErrors", FormErrors.of(binding, messages, locale));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(scope, id, model, null);
    }

    @PostMapping("/development/programmes/{id}/tasks")
    String addTask(Scope scope, @PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form,
                   BindingResult binding, Model model, Locale locale, HttpServletResponse response) {
        running.administered(scope, id);
        if (!binding.hasErrors()) {
            try {
                tasks.add(scope, id, form);
                return "redirect:/development/programmes/" + id + "?taskAdded";
            } catch (FieldRuleViolationException refused) {
                model.addAttribute("taskErrors", FormErrors.of(refused, refused.field(), messages, locale));
            }
        } else {
            model.addAttribute("taskErrors", FormErrors.of(binding, messages, locale));
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(scope, id, model, null);
    }

    /** The evidence file is bounded before it is read: one over the limit is refused from its declared size. */
    @PostMapping("/development/programmes/{id}/tasks/{task}/submission")
    String submitTask(Scope scope, @PathVariable long id, @PathVariable long task,
                      @RequestParam(required = false) String body,
                      @RequestParam(required = false) @Nullable MultipartFile evidence,
                      Model model, Locale locale, HttpServletResponse response) throws IOException {
        try (ReceivedFile received = files.receive(evidence, "evidence")) {
            tasks.submit(scope, id, task, body, received);
            return "redirect:/development/programmes/" + id + "?handedIn";
        } catch (FieldRuleViolationException refused) {
            model.addAttribute("taskErrors", FormErrors.of(refused, refused.field(), messages, locale));
            model.addAttribute("refusedTask", task);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return show(scope, id, model, null);
    }

    @GetMapping("/development/programmes/{id}/tasks/{task}/submissions/{teacher}/evidence")
    void taskEvidence(Scope scope, @PathVariable long id, @PathVariable long task, @PathVariable long teacher,
                      HttpServletResponse response) throws IOException {
        files.send(tasks.evidence(scope, id, task, teacher), response);
    }

    @PostMapping("/development/programmes/{id}/tasks/{task}/submissions/{teacher}/review")
    String reviewTask(Scope scope, @PathVariable long id, @PathVariable long task, @PathVariable long teacher,
                      @RequestParam boolean accept, @RequestParam(required = false) String feedback) {
        tasks.review(scope, id, task, teacher, accept, feedback);
        return "redirect:/development/programmes/" + id + "?reviewed";
    }

    @PostMapping("/development/programmes/{id}/sessions/{session}/attendance")
    String attendance(Scope scope, @PathVariable long id, @PathVariable long session,
                      @RequestParam(name = "present", required = false) List<Long> present) {
        int completed = running.recordAttendance(scope, id, session, present == null ? List.of() : present);
        return "redirect:/development/programmes/" + id + "?attendance&completed=" + completed;
    }

    @PostMapping("/development/programmes/{id}/join")
    String join(Scope scope, @PathVariable long id) {
        joining.join(scope, id);
        return "redirect:/development/programmes/" + id + "?joined";
    }

    /** The nodes the caller administers (schools and bureaus), for the "new programme" links. */
    private List<OrgNodeView> runners(Scope scope) {
        return scope.adminPaths().stream().filter(p -> !p.equals(OrgPath.ROOT))
                .map(p -> p.ids().getLast()).flatMap(id -> tenancy.find(id).stream()).toList();
    }
}
