package org.educloud.library.catalogue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.educloud.library.CatalogueImport;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.library.Curriculum;
import org.educloud.library.Subject;
import org.educloud.shared.ConflictException;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportUpload;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curriculum catalogue: textbook trees and knowledge points of a subject and stage; bureaus import more. */
@Controller
@RequestMapping("/library/curriculum")
class CurriculumPages {

    private final Curriculum curriculum;
    private final ImportLimits limits;
    private final CatalogueBrowser browser;

    CurriculumPages(Curriculum curriculum, ImportLimits limits, CatalogueBrowser browser) {
        this.curriculum = curriculum;
        this.limits = limits;
        this.browser = browser;
    }

    /** The catalogue of a subject and stage, browsed by textbook or knowledge point to the resources within reach. */
    @GetMapping
    String catalogue(Scope scope, @RequestParam(defaultValue = "MATHEMATICS") Subject subject,
                     @RequestParam(defaultValue = "PRIMARY") Stage stage,
                     @RequestParam(required = false) @Nullable Long node,
                     @RequestParam(required = false) @Nullable Long point,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        browser.browse(scope, subject, stage, node, point, page, model);
        return show(scope, subject, stage, null, model);
    }

    /**
     * A JSON catalogue, or a CSV of textbook or knowledge point rows for the subject and stage shown (spooled to a
     * file, as every spreadsheet import reads one). A file beyond the import limit answers 413 with the page.
     */
    @PostMapping("/import")
    String importCatalogue(Scope scope, @RequestParam(required = false) @Nullable MultipartFile file,
                           @RequestParam(defaultValue = "MATHEMATICS") Subject subject,
                           @RequestParam(defaultValue = "PRIMARY") Stage stage, Model model,
                           HttpServletResponse response) throws IOException {
        CatalogueImport outcome;
        if (file == null || file.isEmpty()) {
            outcome = refused("library.catalogue.noFile");
        } else if (limits.tooLarge(file.getSize())) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            outcome = refused("roster.import.limit.fileSize", limits.fileSizeText());
        } else if (String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            outcome = ImportUpload.spooled(file, "catalogue-import",
                    spool -> curriculum.importCsv(scope, subject, stage, spool));
        } else {
            try (InputStream in = file.getInputStream()) {
                outcome = curriculum.importCatalogue(scope, in);
            }
        }
        browser.browse(scope, subject, stage, null, null, 0, model);
        return show(scope, subject, stage, outcome, model);
    }

    private static CatalogueImport refused(String messageKey, String... arguments) {
        return CatalogueImport.refused(ImportProblem.ofFile(messageKey, arguments));
    }

    @PostMapping("/nodes")
    String addNode(Scope scope, @RequestParam Subject subject, @RequestParam Stage stage,
                   @RequestParam(required = false) @Nullable Long parentId, @RequestParam(defaultValue = "") String name,
                   @RequestParam(required = false) @Nullable Integer grade, RedirectAttributes redirect) {
        try {
            curriculum.addTextbookNode(scope, subject, stage, parentId, name, grade);
            redirect.addFlashAttribute("notice", "library.notice.catalogueAdded");
        } catch (RuleViolationException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/library/curriculum?subject=" + subject + "&stage=" + stage;
    }

    @PostMapping("/knowledge-points")
    String addPoint(Scope scope, @RequestParam Subject subject, @RequestParam Stage stage,
                    @RequestParam(required = false) @Nullable Long parentId,
                    @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String name,
                    RedirectAttributes redirect) {
        try {
            curriculum.addKnowledgePoint(scope, subject, stage, code, name, parentId);
            redirect.addFlashAttribute("notice", "library.notice.catalogueAdded");
        } catch (RuleViolationException | ConflictException | NotFoundException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:/library/curriculum?subject=" + subject + "&stage=" + stage;
    }

    private String show(Scope scope, Subject subject, Stage stage, @Nullable CatalogueImport outcome, Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("stage", stage);
        model.addAttribute("subjects", Subject.values());
        model.addAttribute("stages", Stage.values());
        model.addAttribute("textbook", curriculum.textbooks(scope, subject, stage));
        model.addAttribute("knowledgePoints", curriculum.knowledgePoints(scope, subject, stage));
        model.addAttribute("outcome", outcome);
        model.addAttribute("mayImport", curriculum.mayImport(scope));
        return "library/curriculum";
    }
}
