package org.educloud.assessment.items;

import org.educloud.assessment.ItemType;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.ReviewStatus;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgPath;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.Stage;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The item bank on the page: finding items in reach, writing and revising them with one form for every type, an
 * item's page (rendered as students see it, with its key, explanation and review history), and the reviews that
 * wait for the caller.
 */
@Controller
class ItemPages {

    private static final int PAGE_SIZE = 20;

    private final ItemBank bank;
    private final Curriculum curriculum;
    private final MessageSource messages;

    ItemPages(ItemBank bank, Curriculum curriculum, MessageSource messages) {
        this.bank = bank;
        this.curriculum = curriculum;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", ItemType.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("sharings", List.of(Sharing.PRIVATE, Sharing.SCHOOL, Sharing.DISTRICT, Sharing.REGION));
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("difficulties", List.of(1, 2, 3, 4, 5));
        model.addAttribute("grades", java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
    }

    @GetMapping("/assessment/items")
    String list(Scope scope, @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable Stage stage,
                @RequestParam(required = false) @Nullable Subject subject,
                @RequestParam(required = false) @Nullable Integer grade,
                @RequestParam(required = false) @Nullable ItemType type,
                @RequestParam(required = false) @Nullable Integer difficulty,
                @RequestParam(required = false) @Nullable Long knowledgePoint,
                @RequestParam(required = false) @Nullable ReviewStatus status,
                @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("stage", stage);
        model.addAttribute("subject", subject);
        model.addAttribute("grade", grade);
        model.addAttribute("type", type);
        model.addAttribute("difficulty", difficulty);
        model.addAttribute("knowledgePoint", knowledgePoint);
        model.addAttribute("status", status);
        model.addAttribute("points", stage != null && subject != null
                ? curriculum.knowledgePoints(scope, subject, stage) : List.of());
        model.addAttribute("results", bank.search(scope, new ItemFilter(q, stage, subject, grade, type, difficulty,
                knowledgePoint, status, null), page, PAGE_SIZE));
        return htmx != null ? "assessment/items :: results" : "assessment/items";
    }

    @GetMapping("/assessment/items/new")
    String newItem(Scope scope, @RequestParam(required = false) @Nullable ItemType type, Model model) {
        ItemBank.requireAuthor(scope);
        return form(scope, null, ItemForm.blank(type), Map.of(), model);
    }

    @PostMapping("/assessment/items")
    String create(Scope scope, @Valid @ModelAttribute("form") ItemForm form, BindingResult binding, Model model,
                  Locale locale, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(scope, null, form, FormErrors.of(binding, messages, locale), model);
        }
        try {
            long id = bank.create(scope, form.draft());
            redirect.addFlashAttribute("notice", "assessment.notice.itemSaved");
            return "redirect:/assessment/items/" + id;
        } catch (RuleViolationException e) {
            return form(scope, null, form, refusal(e, locale), model);
        }
    }

    @GetMapping("/assessment/items/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        ItemView item = bank.find(scope, id);
        requireEditable(scope, item);
        return form(scope, item, ItemForm.of(item), Map.of(), model);
    }

    @PostMapping("/assessment/items/{id}")
    String revise(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") ItemForm form,
                  BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        ItemView item = bank.find(scope, id);
        requireEditable(scope, item);
        if (binding.hasErrors()) {
            return form(scope, item, form, FormErrors.of(binding, messages, locale), model);
        }
        try {
            bank.revise(scope, id, form.draft());
            redirect.addFlashAttribute("notice", "assessment.notice.itemSaved");
            return "redirect:/assessment/items/" + id;
        } catch (RuleViolationException e) {
            return form(scope, item, form, refusal(e, locale), model);
        }
    }

    @GetMapping("/assessment/items/{id}")
    String item(Scope scope, @PathVariable long id, Model model) {
        ItemView item = bank.find(scope, id);
        model.addAttribute("item", item);
        model.addAttribute("c", item.content());
        model.addAttribute("history", bank.history(scope, id));
        model.addAttribute("pointNames", pointNames(scope, item.subject(), item.stage()));
        boolean editable = editable(scope, item);
        model.addAttribute("editable", editable);
        model.addAttribute("maySubmit", editable && item.sharing() != Sharing.PRIVATE
                && (item.status() == ReviewStatus.DRAFT || item.status() == ReviewStatus.REJECTED));
        model.addAttribute("mayReview", bank.awaitingReview(scope).stream().anyMatch(i -> i.id() == id));
        return "assessment/item";
    }

    @PostMapping("/assessment/items/{id}/submit")
    String submit(Scope scope, @PathVariable long id, RedirectAttributes redirect) {
        bank.submit(scope, id);
        redirect.addFlashAttribute("notice", "assessment.notice.submitted");
        return "redirect:/assessment/items/" + id;
    }

    @PostMapping("/assessment/items/{id}/review")
    String review(Scope scope, @PathVariable long id, @RequestParam boolean approve,
                  @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        bank.review(scope, id, approve, note.strip());
        redirect.addFlashAttribute("notice", approve ? "assessment.notice.approved" : "assessment.notice.rejected");
        return "redirect:/assessment/reviews";
    }

    @GetMapping("/assessment/reviews")
    String reviews(Scope scope, Model model) {
        model.addAttribute("awaiting", bank.awaitingReview(scope));
        return "assessment/reviews";
    }

    /** The knowledge-point boxes of a stage and subject: the form asks again when either changes. */
    @GetMapping("/assessment/items/knowledge-points")
    String knowledgePoints(Scope scope, @RequestParam(required = false) @Nullable Stage stage,
                           @RequestParam(required = false) @Nullable Subject subject, Model model) {
        model.addAttribute("points", stage == null || subject == null ? List.of()
                : curriculum.knowledgePoints(scope, subject, stage));
        model.addAttribute("chosen", List.of());
        return "assessment/item-form :: pointChoices";
    }

    private String form(Scope scope, @Nullable ItemView item, ItemForm form, Map<String, String> errors,
                        Model model) {
        model.addAttribute("item", item);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("points", form.stage() == null || form.subject() == null ? List.of()
                : curriculum.knowledgePoints(scope, form.subject(), form.stage()));
        model.addAttribute("chosen", form.knowledgePoints() == null ? List.of() : form.knowledgePoints());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, form.rowCount()).boxed().toList());
        model.addAttribute("letters", java.util.stream.IntStream.range(0, form.rowCount()).mapToObj(ItemForm::letter).toList());
        return "assessment/item-form";
    }

    private Map<String, String> refusal(RuleViolationException e, Locale locale) {
        String field = e instanceof FieldRuleViolationException f ? f.field() : "";
        return FormErrors.of(e, field, messages, locale);
    }

    private Map<Long, String> pointNames(Scope scope, Subject subject, Stage stage) {
        Map<Long, String> names = new HashMap<>();
        for (KnowledgePointView kp : curriculum.knowledgePoints(scope, subject, stage)) {
            names.put(kp.id(), kp.name());
        }
        return names;
    }

    private static boolean editable(Scope scope, ItemView item) {
        return item.authorAccount() == scope.userId().value() || scope.canAdminister(new OrgPath(item.ownerPath()));
    }

    private static void requireEditable(Scope scope, ItemView item) {
        if (!editable(scope, item)) {
            throw new org.educloud.shared.ForbiddenException("assessment.error.notAuthor");
        }
    }
}
