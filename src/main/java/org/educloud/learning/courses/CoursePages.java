package org.educloud.learning.courses;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.learning.CourseDraft;
import org.educloud.learning.CourseId;
import org.educloud.learning.CourseSharing;
import org.educloud.learning.Courses;
import org.educloud.learning.LessonId;
import org.educloud.learning.UnitId;
import org.educloud.library.Engagement;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceView;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Subject;
import org.educloud.roster.ClassId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Courses on the page: lists, the course page, its forms, ordering, attaching to classes and learning it. */
@Controller
@RequestMapping("/learning/courses")
class CoursePages {

    private final Courses courses;
    private final CourseReading reading;
    private final ResourceLibrary library;
    private final Engagement engagement;
    private final MessageSource messages;

    CoursePages(Courses courses, CourseReading reading, ResourceLibrary library, Engagement engagement,
                MessageSource messages) {
        this.courses = courses;
        this.library = library;
        this.engagement = engagement;
        this.reading = reading;
        this.messages = messages;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("mine", reading.mine(scope));
        model.addAttribute("shared", reading.shared(scope));
        return "learning/courses";
    }

    @GetMapping("/new")
    String newCourse(Model model) {
        return courseForm(new CourseDraft("", "", null, null, CourseSharing.OWN_CLASSES), null, Map.of(), model);
    }

    @PostMapping
    String create(Scope scope, @Valid @ModelAttribute("form") CourseDraft form, BindingResult binding, Model model,
                  Locale locale) {
        if (binding.hasErrors()) {
            return courseForm(form, null, FormErrors.of(binding, messages, locale), model);
        }
        return "redirect:/learning/courses/" + courses.create(scope, form);
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("detail", reading.detail(scope, id));
        return "learning/course";
    }

    @GetMapping("/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        return courseForm(courses.draft(scope, CourseId.of(id)), id, Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String revise(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") CourseDraft form,
                  BindingResult binding, Model model, Locale locale) {
        if (binding.hasErrors()) {
            return courseForm(form, id, FormErrors.of(binding, messages, locale), model);
        }
        courses.revise(scope, CourseId.of(id), form);
        return "redirect:/learning/courses/" + id;
    }

    @PostMapping("/{id}/publish")
    String publish(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "learning.notice.coursePublished", () -> courses.publish(scope, CourseId.of(id)));
    }

    @PostMapping("/{id}/units")
    String addUnit(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String title,
                   RedirectAttributes redirect) {
        return step(id, redirect, "learning.notice.unitAdded",
                () -> courses.addUnit(scope, CourseId.of(id), String.valueOf(title)));
    }

    @PostMapping("/{id}/units/{unitId}/move")
    String moveUnit(Scope scope, @PathVariable long id, @PathVariable long unitId,
                    @RequestParam(defaultValue = "false") boolean earlier) {
        courses.moveUnit(scope, CourseId.of(id), UnitId.of(unitId), earlier);
        return "redirect:/learning/courses/" + id;
    }

    @GetMapping("/{id}/units/{unitId}/lessons/new")
    String newLesson(Scope scope, @PathVariable long id, @PathVariable long unitId, Model model) {
        courses.draft(scope, CourseId.of(id));
        return lessonForm(scope, id, unitId, null, new LessonForm("", "", List.of(), null), Map.of(), model);
    }

    @PostMapping("/{id}/units/{unitId}/lessons")
    String addLesson(Scope scope, @PathVariable long id, @PathVariable long unitId,
                     @Valid @ModelAttribute("form") LessonForm form, BindingResult binding, Model model,
                     Locale locale) {
        if (binding.hasErrors()) {
            return lessonForm(scope, id, unitId, null, form, FormErrors.of(binding, messages, locale), model);
        }
        try {
            courses.addLesson(scope, CourseId.of(id), UnitId.of(unitId), form.draft());
            return "redirect:/learning/courses/" + id;
        } catch (RuleViolationException e) {
            return lessonForm(scope, id, unitId, null, form, FormErrors.of(e, "", messages, locale), model);
        }
    }

    @GetMapping("/{id}/lessons/{lessonId}/edit")
    String editLesson(Scope scope, @PathVariable long id, @PathVariable long lessonId, Model model) {
        return lessonForm(scope, id, null, lessonId, LessonForm.of(courses.lessonDraft(scope, CourseId.of(id),
                LessonId.of(lessonId))),
                Map.of(), model);
    }

    @PostMapping("/{id}/lessons/{lessonId}/edit")
    String reviseLesson(Scope scope, @PathVariable long id, @PathVariable long lessonId,
                        @Valid @ModelAttribute("form") LessonForm form, BindingResult binding, Model model,
                        Locale locale) {
        if (binding.hasErrors()) {
            return lessonForm(scope, id, null, lessonId, form, FormErrors.of(binding, messages, locale), model);
        }
        try {
            courses.reviseLesson(scope, CourseId.of(id), LessonId.of(lessonId), form.draft());
            return "redirect:/learning/courses/" + id;
        } catch (RuleViolationException e) {
            return lessonForm(scope, id, null, lessonId, form, FormErrors.of(e, "", messages, locale), model);
        }
    }

    @PostMapping("/{id}/lessons/{lessonId}/move")
    String moveLesson(Scope scope, @PathVariable long id, @PathVariable long lessonId,
                      @RequestParam(defaultValue = "false") boolean earlier) {
        courses.moveLesson(scope, CourseId.of(id), LessonId.of(lessonId), earlier);
        return "redirect:/learning/courses/" + id + "#lesson-" + lessonId;
    }

    @PostMapping("/{id}/classes")
    String attach(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable List<Long> classIds,
                  RedirectAttributes redirect) {
        if (classIds == null || classIds.isEmpty()) {
            redirect.addFlashAttribute("problem", "learning.error.chooseClass");
            return "redirect:/learning/courses/" + id;
        }
        courses.attach(scope, CourseId.of(id), classIds.stream().map(ClassId::of).toList());
        redirect.addFlashAttribute("notice", "learning.notice.courseAttached");
        return "redirect:/learning/courses/" + id;
    }

    @PostMapping("/{id}/lessons/{lessonId}/done")
    String done(Scope scope, @PathVariable long id, @PathVariable long lessonId) {
        reading.markDone(scope, id, lessonId);
        return "redirect:/learning/courses/" + id + "#lesson-" + lessonId;
    }

    /** A lesson's resource, opened from the course (the record store hears of it), on the library's page. */
    @GetMapping("/{id}/lessons/{lessonId}/resources/{resourceId}")
    String openResource(Scope scope, @PathVariable long id, @PathVariable long lessonId, @PathVariable long resourceId) {
        return "redirect:/library/resources/" + reading.openResource(scope, id, lessonId, resourceId);
    }

    private static String step(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/learning/courses/" + id;
    }

    private String courseForm(CourseDraft form, @Nullable Long id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("courseId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("sharings", CourseSharing.values());
        return "learning/course-form";
    }

    /** The resources a lesson may offer: the ones it has, then the teacher's favourites (their basket). */
    private String lessonForm(Scope scope, long courseId, @Nullable Long unitId, @Nullable Long lessonId,
                              LessonForm form, Map<String, String> errors, Model model) {
        List<ResourceId> chosen = form.chosen();
        Map<ResourceId, ResourceView> choices = new LinkedHashMap<>();
        library.visible(scope, chosen).forEach(r -> choices.put(r.id(), r));
        engagement.favourites(scope, 0, 50).items().stream()
                .filter(r -> r.status() == ReviewStatus.PUBLISHED).forEach(r -> choices.putIfAbsent(r.id(), r));
        model.addAttribute("choices", choices.values());
        model.addAttribute("chosen", chosen);
        model.addAttribute("form", form);
        model.addAttribute("courseId", courseId);
        model.addAttribute("unitId", unitId);
        model.addAttribute("lessonId", lessonId);
        model.addAttribute("errors", errors);
        return "learning/lesson-form";
    }
}
