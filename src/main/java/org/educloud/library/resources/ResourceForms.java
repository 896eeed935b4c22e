package org.educloud.library.resources;

import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.library.Curriculum;
import org.educloud.library.Licence;
import org.educloud.library.ResourceDraft;
import org.educloud.library.ResourceId;
import org.educloud.library.ResourceLibrary;
import org.educloud.library.ResourceType;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.FormErrors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Describing a resource and uploading its files. A new resource and its first file are saved together; a refused
 * file (too large, empty, disguised, badly named) keeps the form as typed and stores nothing.
 */
@Controller
@RequestMapping("/library/resources")
class ResourceForms {

    private final ResourceLibrary library;
    private final Curriculum curriculum;
    private final MessageSource messages;

    ResourceForms(ResourceLibrary library, Curriculum curriculum, MessageSource messages) {
        this.library = library;
        this.curriculum = curriculum;
        this.messages = messages;
    }

    @GetMapping("/new")
    String newResource(Scope scope, @RequestParam(required = false) @Nullable Stage stage,
                       @RequestParam(required = false) @Nullable Subject subject, Model model) {
        ResourceDraft blank = new ResourceDraft("", "", ResourceType.COURSEWARE, Licence.CC_BY,
                stage == null ? Stage.PRIMARY : stage, subject == null ? Subject.MATHEMATICS : subject, null, null,
                null, "", "zh-CN", null, Sharing.SCHOOL, null);
        return form(scope, blank, null, Map.of(), model);
    }

    @PostMapping("/new")
    String create(Scope scope, @Valid @ModelAttribute("form") ResourceDraft form, BindingResult binding,
                  @RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale)
            throws IOException {
        if (binding.hasErrors()) {
            return form(scope, form, null, FormErrors.of(binding, messages, locale), model);
        }
        try {
            ResourceId id;
            if (file != null && !file.isEmpty()) {
                try (InputStream in = file.getInputStream()) {
                    id = library.create(scope, form, in, String.valueOf(file.getOriginalFilename()));
                }
            } else {
                id = library.create(scope, form);
            }
            return "redirect:/library/resources/" + id;
        } catch (RuleViolationException e) {
            return form(scope, form, null, FormErrors.of(e, "", messages, locale), model);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(Scope scope, @PathVariable long id, Model model) {
        return form(scope, library.draft(scope, ResourceId.of(id)), id, Map.of(), model);
    }

    @PostMapping("/{id}/edit")
    String revise(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") ResourceDraft form,
                  BindingResult binding, Model model, Locale locale) {
        if (binding.hasErrors()) {
            return form(scope, form, id, FormErrors.of(binding, messages, locale), model);
        }
        try {
            library.revise(scope, ResourceId.of(id), form);
            return "redirect:/library/resources/" + id;
        } catch (RuleViolationException e) {
            return form(scope, form, id, FormErrors.of(e, "", messages, locale), model);
        }
    }

    /** A new file, or with {@code fileId} a new version of one. */
    @PostMapping("/{id}/files")
    String upload(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable Long fileId,
                  @RequestParam(required = false) @Nullable MultipartFile file,
                  @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "library.error.fileEmpty");
            return "redirect:/library/resources/" + id;
        }
        try (InputStream in = file.getInputStream()) {
            String name = String.valueOf(file.getOriginalFilename());
            if (fileId == null) {
                library.addFile(scope, ResourceId.of(id), in, name, note);
            } else {
                library.addVersion(scope, ResourceId.of(id), fileId, in, name, note);
            }
            redirect.addFlashAttribute("notice", "library.notice.uploaded");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/library/resources/" + id;
    }

    private String form(Scope scope, ResourceDraft form, @Nullable Long id, Map<String, String> errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("resourceId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("owners", library.owners(scope));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("types", ResourceType.values());
        model.addAttribute("licences", Licence.values());
        model.addAttribute("sharings", Sharing.values());
        // A form sent back without stage or subject (a hostile or broken client) shows no catalogue to choose from.
        boolean placed = form.subject() != null && form.stage() != null;
        model.addAttribute("textbook", placed ? curriculum.textbooks(scope, form.subject(), form.stage()) : List.of());
        model.addAttribute("knowledgePoints",
                placed ? curriculum.knowledgePoints(scope, form.subject(), form.stage()) : List.of());
        return "library/resource-form";
    }

}
