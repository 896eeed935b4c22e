package org.educloud.assessment.quizzes;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.educloud.assessment.items.ItemBank;
import org.educloud.assessment.items.ItemFilter;
import org.educloud.assessment.items.ItemView;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.ReviewStatus;
import org.educloud.roster.RosterDirectory;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A teacher's quizzes on the page: the list, assembling a new one from the bank (by hand and/or blueprint), and a
 * quiz's page with its items, the form that sets it to classes, and its results. Times are wall-clock times in
 * the installation's zone (Asia/Shanghai), as on the assignment form.
 */
@Controller
@RequestMapping("/assessment/quizzes")
class QuizPages {

    private final Quizzes quizzes;
    private final ItemBank bank;
    private final Curriculum curriculum;
    private final RosterDirectory roster;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    QuizPages(Quizzes quizzes, ItemBank bank, Curriculum curriculum, RosterDirectory roster, Validator validator,
              MessageSource messages, Clock clock) {
        this.quizzes = quizzes;
        this.bank = bank;
        this.curriculum = curriculum;
        this.roster = roster;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("quizzes", quizzes.managed(scope));
        model.addAttribute("teaches", !roster.taughtClasses(scope).isEmpty());
        return "assessment/quizzes";
    }

    @GetMapping("/new")
    String newQuiz(Scope scope, @RequestParam(required = false) @Nullable String q, Model model) {
        return form(scope, q, QuizForm.blank(), Map.of(), model);
    }

    @PostMapping
    String create(Scope scope, @ModelAttribute("form") QuizForm form, Model model, Locale locale,
                  RedirectAttributes redirect) {
        QuizDraft draft = form.draft();
        Map<String, String> errors = draftErrors(draft, locale);
        if (!errors.isEmpty()) {
            return form(scope, null, form, errors, model);
        }
        try {
            long id = quizzes.create(scope, draft);
            redirect.addFlashAttribute("notice", "assessment.notice.quizSaved");
            return "redirect:/assessment/quizzes/" + id;
        } catch (RuleViolationException e) {
            String field = e instanceof FieldRuleViolationException f ? f.field() : "";
            return form(scope, null, form, FormErrors.of(e, field, messages, locale), model);
        }
    }

    /** The rules a quiz's settings and items follow, the same on the new-quiz form and a draft's edit form. */
    private Map<String, String> draftErrors(QuizDraft draft, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        Set<ConstraintViolation<QuizDraft>> violations = validator.validate(draft);
        for (ConstraintViolation<QuizDraft> v : violations) {
            String path = v.getPropertyPath().toString();
            String field = path.startsWith("items") ? "items" : path.startsWith("blueprint") ? "blueprint" : path;
            errors.putIfAbsent(field, v.getMessage());
        }
        if (draft.items().isEmpty() && draft.blueprint().isEmpty()) {
            errors.putIfAbsent("items", messages.getMessage("assessment.error.quizEmpty", null, locale));
        }
        return errors;
    }

    /**
     * A draft's edit form: its settings, its items in their order at the top of the bank list (more can be ticked
     * or drawn by blueprint), and optionally the classes and window to publish it to on saving. A published quiz
     * is not edited (students may have started it): the page says so and links to the quiz, whose windows can
     * still be moved.
     */
    @GetMapping("/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        QuizView quiz = quizzes.ownedForEditing(scope, id);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        if (quiz.status() != QuizStatus.DRAFT) {
            return editForm(scope, quiz, QuizForm.blank(), List.of(), now, now.plusDays(7), Map.of(), model);
        }
        List<ItemView> listed = reachableItems(scope, quiz);
        return editForm(scope, quiz, QuizForm.of(quiz, listed.stream().map(ItemView::id).toList()), List.of(), now,
                now.plusDays(7), Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String revise(Scope scope, @PathVariable long id, @ModelAttribute("form") QuizForm form,
                  @RequestParam(required = false) @Nullable List<Long> classIds,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime opensAt,
                  @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime closesAt,
                  Model model, Locale locale, RedirectAttributes redirect) {
        QuizView quiz = quizzes.ownedForEditing(scope, id);
        if (quiz.status() != QuizStatus.DRAFT) {
            redirect.addFlashAttribute("problem", "assessment.edit.published");
            return "redirect:/assessment/quizzes/" + id;
        }
        QuizDraft draft = form.draft();
        Map<String, String> errors = draftErrors(draft, locale);
        List<Long> chosen = classIds == null ? List.of() : classIds;
        // classes ticked: publish on saving, with the same checks as the quiz page's form; none: it stays a draft
        if (!chosen.isEmpty() && opensAt == null) {
            errors.put("opensAt", messages.getMessage("assessment.validation.opensAt", null, locale));
        }
        if (!chosen.isEmpty() && closesAt == null) {
            errors.put("closesAt", messages.getMessage("assessment.validation.closesAt", null, locale));
        }
        if (errors.isEmpty()) {
            ZoneId zone = clock.getZone();
            QuizSetting setting = chosen.isEmpty() || opensAt == null || closesAt == null ? null
                    : new QuizSetting(chosen, opensAt.atZone(zone).toInstant(), closesAt.atZone(zone).toInstant());
            try {
                quizzes.revise(scope, id, draft, setting);
                redirect.addFlashAttribute("notice", setting == null ? "assessment.notice.quizSaved"
                        : "assessment.notice.quizSet");
                return "redirect:/assessment/quizzes/" + id;
            } catch (RuleViolationException e) {
                String field = e instanceof FieldRuleViolationException f ? f.field() : "";
                errors.putAll(FormErrors.of(e, field, messages, locale));
            }
        }
        return editForm(scope, quiz, form, chosen, opensAt, closesAt, errors, model);
    }

    /** The draft's items the caller still reaches, in the quiz's order (an unshared one is named as dropped). */
    private List<ItemView> reachableItems(Scope scope, QuizView quiz) {
        List<ItemView> listed = new java.util.ArrayList<>();
        for (QuizView.QuizItem qi : quiz.items()) {
            try {
                listed.add(bank.find(scope, qi.itemId()));
            } catch (org.educloud.shared.NotFoundException e) {
                // named on the page: saving the form leaves it out
            }
        }
        return listed;
    }

    private String editForm(Scope scope, QuizView quiz, QuizForm form, List<Long> chosen,
                            @Nullable LocalDateTime opensAt, @Nullable LocalDateTime closesAt,
                            Map<String, String> errors, Model model) {
        model.addAttribute("quiz", quiz);
        model.addAttribute("locked", quiz.status() != QuizStatus.DRAFT);
        if (quiz.status() != QuizStatus.DRAFT) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "assessment/quiz-form";
        }
        List<ItemView> listed = reachableItems(scope, quiz);
        Set<Long> reached = listed.stream().map(ItemView::id).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("unreachable", quiz.items().stream().map(QuizView.QuizItem::itemId)
                .filter(i -> !reached.contains(i)).toList());
        model.addAttribute("classes", roster.taughtClasses(scope).stream()
                .filter(c -> c.schoolId().value() == quiz.schoolId()).toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("opensAt", opensAt);
        model.addAttribute("closesAt", closesAt);
        return form(scope, null, form, errors, model, listed);
    }

    @GetMapping("/{id}")
    String quiz(Scope scope, @PathVariable long id, Model model) {
        QuizView quiz = quizzes.managed(scope, id);
        LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
        return page(scope, quiz, List.of(), now, now.plusDays(7), Map.of(), model);
    }

    @PostMapping("/{id}/classes")
    String set(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable List<Long> classIds,
               @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime opensAt,
               @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime closesAt,
               Model model, Locale locale, RedirectAttributes redirect) {
        QuizView quiz = quizzes.managed(scope, id);
        List<Long> chosen = classIds == null ? List.of() : classIds;
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen.isEmpty()) {
            errors.put("classIds", messages.getMessage("assessment.validation.classes", null, locale));
        }
        if (opensAt == null) {
            errors.put("opensAt", messages.getMessage("assessment.validation.opensAt", null, locale));
        }
        if (closesAt == null) {
            errors.put("closesAt", messages.getMessage("assessment.validation.closesAt", null, locale));
        }
        if (errors.isEmpty()) {
            ZoneId zone = clock.getZone();
            try {
                quizzes.setToClasses(scope, id, new QuizSetting(chosen, opensAt.atZone(zone).toInstant(),
                        closesAt.atZone(zone).toInstant()));
                redirect.addFlashAttribute("notice", "assessment.notice.quizSet");
                return "redirect:/assessment/quizzes/" + id;
            } catch (RuleViolationException e) {
                String field = e instanceof FieldRuleViolationException f ? f.field() : "";
                errors.putAll(FormErrors.of(e, field, messages, locale));
            }
        }
        return page(scope, quiz, chosen, opensAt, closesAt, errors, model);
    }

    private String page(Scope scope, QuizView quiz, List<Long> chosen, @Nullable LocalDateTime opensAt,
                        @Nullable LocalDateTime closesAt, Map<String, String> errors, Model model) {
        model.addAttribute("quiz", quiz);
        Map<Long, ItemView> items = new LinkedHashMap<>();
        for (QuizView.QuizItem qi : quiz.items()) {
            try {
                items.put(qi.itemId(), bank.find(scope, qi.itemId()));
            } catch (org.educloud.shared.NotFoundException e) {
                // an item of a bank the caller no longer reaches: the quiz still lists its number and points
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("classes", roster.taughtClasses(scope).stream()
                .filter(c -> c.schoolId().value() == quiz.schoolId()).toList());
        model.addAttribute("chosen", chosen);
        model.addAttribute("opensAt", opensAt);
        model.addAttribute("closesAt", closesAt);
        model.addAttribute("errors", errors);
        model.addAttribute("owner", quiz.teacherAccount() == scope.userId().value());
        return "assessment/quiz";
    }

    private String form(Scope scope, @Nullable String q, QuizForm form, Map<String, String> errors, Model model) {
        return form(scope, q, form, errors, model, List.of());
    }

    /** The form; {@code first} heads the bank list (a draft's own items, in their order), the bank's others follow. */
    private String form(Scope scope, @Nullable String q, QuizForm form, Map<String, String> errors, Model model,
                        List<ItemView> first) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("q", q);
        List<ItemView> bankItems = new java.util.ArrayList<>(first);
        Set<Long> listed = first.stream().map(ItemView::id).collect(java.util.stream.Collectors.toSet());
        try {
            bank.search(scope, new ItemFilter(q, null, null, null, null, null, null, null, null), 0, 100)
                    .items().stream().filter(i -> i.status() == ReviewStatus.PUBLISHED
                            || i.authorAccount() == scope.userId().value())
                    .filter(i -> !listed.contains(i.id())).forEach(bankItems::add);
        } catch (org.educloud.shared.ForbiddenException e) {
            // no bank for this account: the page says only teachers set quizzes
        }
        model.addAttribute("bankItems", bankItems);
        // the blueprint draws from the knowledge points the bank's items are tagged with
        List<KnowledgePointView> points = new java.util.ArrayList<>();
        Set<String> read = new java.util.HashSet<>();
        Set<Long> tagged = new java.util.HashSet<>();
        for (ItemView item : bankItems) {
            tagged.addAll(item.knowledgePoints());
            if (read.add(item.subject() + "/" + item.stage())) {
                curriculum.knowledgePoints(scope, item.subject(), item.stage()).stream()
                        .filter(kp -> !points.contains(kp)).forEach(points::add);
            }
        }
        points.removeIf(kp -> !tagged.contains(kp.id()));
        model.addAttribute("points", points);
        model.addAttribute("blueprintRows", java.util.stream.IntStream.range(0, QuizForm.BLUEPRINT_ROWS).boxed().toList());
        model.addAttribute("visibilities", AnswersVisible.values());
        model.addAttribute("teaches", !roster.taughtClasses(scope).isEmpty());
        return "assessment/quiz-form";
    }
}
