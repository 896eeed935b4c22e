package org.educloud.development.frameworks;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.educloud.shared.FormErrors;
import org.educloud.shared.OrgId;
import org.educloud.shared.OrgPath;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportUpload;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
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
 * The frameworks a reader may use, one framework's tree with its levels and the evidence each indicator is read
 * beside, and a bureau's import of its own framework.
 */
@Controller
class FrameworkPages {

    private final Frameworks frameworks;
    private final ImportingFrameworks importing;
    private final TenancyManagement tenancy;
    private final ImportUpload uploads;
    private final MessageSource messages;

    FrameworkPages(Frameworks frameworks, ImportingFrameworks importing, TenancyManagement tenancy,
                   ImportLimits limits, MessageSource messages) {
        this.frameworks = frameworks;
        this.importing = importing;
        this.tenancy = tenancy;
        this.uploads = new ImportUpload(limits, messages);
        this.messages = messages;
    }

    @GetMapping("/development/frameworks")
    String list(Scope scope, Model model) {
        model.addAttribute("frameworks", frameworks.visible(scope));
        model.addAttribute("bureaus", administeredBureaus(scope));
        return "development/frameworks";
    }

    @GetMapping("/development/frameworks/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        FrameworkTree tree = frameworks.tree(scope, id);
        model.addAttribute("tree", tree);
        model.addAttribute("indicators", tree.indicators().count());
        model.addAttribute("subDimensions", tree.subDimensions().count());
        return "development/framework";
    }

    @GetMapping("/development/frameworks/import")
    String form(Scope scope, @RequestParam long org, Model model) {
        model.addAttribute("bureau", importing.bureau(scope, OrgId.of(org)));
        model.addAttribute("form", FrameworkForm.empty());
        model.addAttribute("headers", FrameworkRows.HEADERS);
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        return "development/framework-import";
    }

    /** The national framework's own file, the best template there is: a bureau edits a copy of it. */
    @GetMapping("/development/frameworks/import/template.csv")
    void template(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        importing.bureau(scope, OrgId.of(org));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"framework.csv\"; filename*=UTF-8''"
                + URLEncoder.encode("教师数字素养框架.csv", StandardCharsets.UTF_8));
        try (InputStream in = new ClassPathResource(NationalFramework.FILE).getInputStream();
             OutputStream out = response.getOutputStream()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            in.transferTo(out);
        }
    }

    /** A file refused as a whole answers 400, one too large 413; problems in rows leave it at 200. */
    @PostMapping("/development/frameworks/import")
    String upload(Scope scope, @RequestParam long org, @Valid @ModelAttribute("form") FrameworkForm form,
                  BindingResult binding, @RequestParam(required = false) @Nullable MultipartFile file, Model model,
                  Locale locale, HttpServletResponse response) throws IOException {
        OrgNodeView bureau = importing.bureau(scope, OrgId.of(org));
        model.addAttribute("bureau", bureau);
        model.addAttribute("headers", FrameworkRows.HEADERS);
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.of(binding, messages, locale));
            return "development/framework-import";
        }
        FrameworkImport outcome = uploads.read(file, "framework-import", () -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", "development.import.noFile");
        }, model, locale, response, spool -> {
            try {
                return importing.importFramework(scope, bureau.id(), form, spool);
            } catch (DuplicateKeyException raced) {
                return new FrameworkImport(null, List.of(ImportProblem.ofFile("development.import.taken",
                        String.valueOf(form.code()), String.valueOf(form.version()))));
            }
        });
        if (outcome != null) {
            model.addAttribute("outcome", outcome);
            if (!outcome.applied() && outcome.problems().stream().anyMatch(p -> p.row() == 0)) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        return "development/framework-import";
    }

    /** The regions and districts the reader administers, for the import links. */
    private List<OrgNodeView> administeredBureaus(Scope scope) {
        return scope.adminPaths().stream().filter(p -> !p.equals(OrgPath.ROOT))
                .map(p -> p.ids().getLast())
                .flatMap(id -> tenancy.find(id).stream())
                .filter(n -> !n.isSchool())
                .toList();
    }
}
