package org.educloud.roster.people;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.educloud.roster.ClassId;
import org.educloud.roster.Gender;
import org.educloud.roster.Registered;
import org.educloud.roster.RosterDirectory;
import org.educloud.roster.RosterManagement;
import org.educloud.roster.StudentDraft;
import org.educloud.roster.StudentId;
import org.educloud.roster.StudentQuery;
import org.educloud.roster.StudentStatus;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Students and staff in pages: lists with search and paging, a student's page, registering, correcting and placing in a class. */
@Controller
@RequestMapping("/roster")
class RosterPages {

    private static final int PAGE_SIZE = 20;

    private final RosterDirectory directory;
    private final RosterManagement management;
    private final TenancyManagement tenancy;
    private final MessageSource messages;

    RosterPages(RosterDirectory directory, RosterManagement management, TenancyManagement tenancy,
                MessageSource messages) {
        this.directory = directory;
        this.management = management;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("genders", Gender.values());
        model.addAttribute("studentStatuses", StudentStatus.values());
        model.addAttribute("attributes", StudentQuery.EquityAttribute.values());
    }

    @GetMapping("/students")
    String students(Scope scope, @RequestParam(required = false) @Nullable String q,
                    @RequestParam(required = false) @Nullable Long school,
                    @RequestParam(required = false) @Nullable Long schoolClass,
                    @RequestParam(required = false) @Nullable Gender gender,
                    @RequestParam(required = false) @Nullable StudentStatus status,
                    @RequestParam(required = false) StudentQuery.@Nullable EquityAttribute attribute,
                    @RequestParam(defaultValue = "0") int page,
                    @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        StudentQuery query = StudentQuery.of(q, school, schoolClass, gender, status, attribute);
        model.addAttribute("query", query);
        model.addAttribute("results", directory.students(scope, query, page, PAGE_SIZE));
        return htmx != null ? "roster/students :: results" : "roster/students";
    }

    @GetMapping("/students/{id}")
    String student(Scope scope, @PathVariable long id, Model model) {
        var detail = directory.student(scope, StudentId.of(id));
        model.addAttribute("detail", detail);
        boolean manage = scope.canAdminister(tenancy.visible(scope, detail.student().schoolId()).path());
        model.addAttribute("canManage", manage);
        var led = directory.ledClasses(scope);
        model.addAttribute("canResetPassword", manage || detail.classes().stream().anyMatch(c -> led.contains(c.id())));
        if (manage) {
            model.addAttribute("classChoices",
                    directory.classes(scope, detail.student().schoolId(), null, 0, 200).items());
            model.addAttribute("transferTargets", tenancy.search(scope, new org.educloud.tenancy.OrgQuery(null,
                            org.educloud.tenancy.OrgKind.SCHOOL, null, null, org.educloud.tenancy.OrgStatus.ACTIVE), 0, 200)
                    .items().stream()
                    .filter(s -> scope.canAdminister(s.path()) && !s.id().equals(detail.student().schoolId()))
                    .toList());
        }
        return "roster/student";
    }

    /** Places a student in one of their school's classes, from the student's page. */
    @PostMapping("/students/{id}/enrolments")
    String enrol(Scope scope, @PathVariable long id, @RequestParam long classId, RedirectAttributes redirect) {
        try {
            management.enrol(scope, StudentId.of(id), ClassId.of(classId), LocalDate.now());
            redirect.addFlashAttribute("notice", "roster.notice.enrolled");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/roster/students/" + id;
    }

    @GetMapping("/students/{id}/edit")
    String editStudent(Scope scope, @PathVariable long id, Model model) {
        var draft = directory.studentDraft(scope, StudentId.of(id));
        model.addAttribute("school", tenancy.visible(scope, directory.student(scope, StudentId.of(id)).student().schoolId()));
        model.addAttribute("form", draft);
        model.addAttribute("studentId", id);
        model.addAttribute("errors", Map.of());
        return "roster/student-form";
    }

    @PostMapping("/students/{id}/edit")
    String correctStudent(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") @Nullable StudentDraft form,
                          BindingResult binding, Model model, Locale locale,
                          RedirectAttributes redirect) {
        StudentDraft current = directory.studentDraft(scope, StudentId.of(id));
        model.addAttribute("school", tenancy.visible(scope, directory.student(scope, StudentId.of(id)).student().schoolId()));
        model.addAttribute("studentId", id);
        if (form == null || binding.hasErrors()) {
            model.addAttribute("form", form != null ? form : current);
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "roster/student-form";
        }
        try {
            management.correctStudent(scope, StudentId.of(id), form);
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "studentNumber", messages, locale));
            return "roster/student-form";
        }
        redirect.addFlashAttribute("notice", "roster.notice.corrected");
        return "redirect:/roster/students/" + id;
    }

    @GetMapping("/students/new")
    String newStudent(Scope scope, @RequestParam long school, Model model) {
        model.addAttribute("school", administeredSchool(scope, school));
        model.addAttribute("form", emptyStudent());
        model.addAttribute("errors", Map.of());
        return "roster/student-form";
    }

    @PostMapping("/students/new")
    String registerStudent(Scope scope, @RequestParam long school,
                           @Valid @ModelAttribute("form") @Nullable StudentDraft form, BindingResult binding,
                           Model model, Locale locale) {
        OrgNodeView node = administeredSchool(scope, school);
        model.addAttribute("school", node);
        if (form == null || binding.hasErrors()) {
            model.addAttribute("form", form != null ? form : emptyStudent());
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "roster/student-form";
        }
        try {
            Registered registered = management.registerStudent(scope, node.id(), form, null);
            model.addAttribute("registered", registered);
            return "roster/student-registered";
        } catch (ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e, e.field(), messages, locale));
        } catch (RuleViolationException e) {
            model.addAttribute("errors", FormErrors.of(e, "", messages, locale));
        }
        return "roster/student-form";
    }

    @GetMapping("/staff")
    String staff(Scope scope, @RequestParam(required = false) @Nullable String q,
                 @RequestParam(required = false) @Nullable Long school, @RequestParam(defaultValue = "0") int page,
                 Model model) {
        model.addAttribute("q", q);
        model.addAttribute("school", school);
        model.addAttribute("results", directory.staff(scope, q, school == null ? null : OrgId.of(school), page, PAGE_SIZE));
        return "roster/staff";
    }

    private OrgNodeView administeredSchool(Scope scope, long school) {
        return directory.managedSchool(scope, OrgId.of(school));
    }

    private static StudentDraft emptyStudent() {
        return new StudentDraft("", null, null, null, "", null, false, false, false, false, false);
    }
}
