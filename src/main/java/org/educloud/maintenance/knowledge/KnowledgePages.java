package org.educloud.maintenance.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.maintenance.ArticleKind;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The knowledge base on the page: search and list, one article, and the form that writes or revises one. */
@Controller
class KnowledgePages {

    private static final int PAGE_SIZE = 20;

    private final Articles articles;
    private final MessageSource messages;

    KnowledgePages(Articles articles, MessageSource messages) {
        this.articles = articles;
        this.messages = messages;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", ArticleKind.values());
    }

    @GetMapping("/maintenance/knowledge")
    String list(Scope scope, @RequestParam(required = false) @Nullable String q,
                @RequestParam(required = false) @Nullable ArticleKind kind, @RequestParam(defaultValue = "0") int page,
                @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("results", articles.search(scope, q, kind, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        if (htmx != null) {
            return "maintenance/knowledge-list :: results";
        }
        model.addAttribute("mayWrite", !articles.writableBureaus(scope).isEmpty());
        return "maintenance/knowledge-list";
    }

    @GetMapping("/maintenance/knowledge/new")
    String newArticle(Scope scope, Model model) {
        requireWriter(scope);
        return form(scope, null, null, ArticleForm.blank(), Map.of(), model);
    }

    @PostMapping("/maintenance/knowledge")
    String publish(Scope scope, @RequestParam(required = false) @Nullable Long bureau,
                   @ModelAttribute("form") ArticleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        List<OrgNodeView> bureaus = requireWriter(scope);
        long at = bureau != null ? bureau : bureaus.getFirst().id().value();
        try {
            long id = articles.publish(scope, OrgId.of(at), form.article());
            redirect.addFlashAttribute("notice", "maintenance.knowledge.notice.saved");
            return "redirect:/maintenance/knowledge/" + id;
        } catch (FieldRuleViolationException refusal) {
            return form(scope, null, at, form, FormErrors.of(refusal, refusal.field(), messages, locale), model);
        }
    }

    @GetMapping("/maintenance/knowledge/{id}")
    String article(Scope scope, @PathVariable long id, Model model) {
        ArticleView article = articles.find(scope, id);
        model.addAttribute("article", article);
        model.addAttribute("editable", articles.writes(scope, article));
        return "maintenance/knowledge";
    }

    @GetMapping("/maintenance/knowledge/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        ArticleView article = articles.find(scope, id);
        if (!articles.writes(scope, article)) {
            throw new org.educloud.shared.ForbiddenException("maintenance.knowledge.error.readOnly");
        }
        return form(scope, article, article.ownerId(), ArticleForm.of(article), Map.of(), model);
    }

    @PostMapping("/maintenance/knowledge/{id}")
    String revise(Scope scope, @PathVariable long id, @RequestParam int version,
                  @ModelAttribute("form") ArticleForm form, Model model, Locale locale, RedirectAttributes redirect) {
        ArticleView article = articles.find(scope, id);
        try {
            articles.revise(scope, id, version, form.article());
        } catch (FieldRuleViolationException refusal) {
            return form(scope, article, article.ownerId(), form,
                    FormErrors.of(refusal, refusal.field(), messages, locale), model);
        } catch (ConflictException | RuleViolationException refusal) {
            return form(scope, article, article.ownerId(), form, FormErrors.of(refusal, "", messages, locale), model);
        }
        redirect.addFlashAttribute("notice", "maintenance.knowledge.notice.saved");
        return "redirect:/maintenance/knowledge/" + id;
    }

    private List<OrgNodeView> requireWriter(Scope scope) {
        List<OrgNodeView> bureaus = articles.writableBureaus(scope);
        if (bureaus.isEmpty()) {
            throw new org.educloud.shared.ForbiddenException("maintenance.knowledge.error.readOnly");
        }
        return bureaus;
    }

    private String form(Scope scope, @Nullable ArticleView article, @Nullable Long bureau, ArticleForm form,
                        Map<String, String> errors, Model model) {
        model.addAttribute("article", article);
        model.addAttribute("bureau", bureau);
        model.addAttribute("bureaus", article == null ? articles.writableBureaus(scope) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "maintenance/knowledge-form";
    }
}
