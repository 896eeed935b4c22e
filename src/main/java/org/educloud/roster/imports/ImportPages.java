package org.educloud.roster.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.educloud.roster.ImportKind;
import org.educloud.roster.ImportRunView;
import org.educloud.roster.RosterImports;
import org.educloud.shared.OrgId;
import org.educloud.shared.SpreadsheetCells;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.educloud.tenancy.OrgNodeView;
import org.educloud.tenancy.TenancyManagement;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Upload a student file, see the run's outcome and every problem, download the problems and the templates.
 * The upload is copied to a temporary file (so both passes stream from disk) and removed afterwards.
 */
@Controller
@RequestMapping("/roster/imports")
class ImportPages {

    private final RosterImports imports;
    private final TenancyManagement tenancy;
    private final MessageSource messages;
    private final org.educloud.roster.exports.RosterExports exports;
    private final ImportLimits limits;

    ImportPages(RosterImports imports, TenancyManagement tenancy, MessageSource messages,
                org.educloud.roster.exports.RosterExports exports, ImportLimits limits) {
        this.exports = exports;
        this.limits = limits;
        this.imports = imports;
        this.tenancy = tenancy;
        this.messages = messages;
    }

    @GetMapping("/{kind:students|staff|classes|guardians|enrolments}")
    String form(Scope scope, @PathVariable String kind, @RequestParam long school, Model model) {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(school));
        model.addAttribute("school", node);
        model.addAttribute("kind", kind);
        model.addAttribute("runs", imports.recentRuns(scope, node.id()));
        model.addAttribute("columns", imports.columns(kindOf(kind)));
        return "roster/import";
    }

    @PostMapping("/{kind:students|staff|classes|guardians|enrolments}")
    String upload(Scope scope, @PathVariable String kind, @RequestParam long school,
                  @RequestParam("file") MultipartFile upload, RedirectAttributes redirect, Locale locale)
            throws IOException {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(school));
        if (upload.isEmpty()) {
            redirect.addFlashAttribute("problem", "roster.import.error.empty");
            return "redirect:/roster/imports/" + kind + "?school=" + node.id();
        }
        if (limits.tooLarge(upload.getSize())) {
            redirect.addFlashAttribute("problemText", tooLarge(locale));
            return "redirect:/roster/imports/" + kind + "?school=" + node.id();
        }
        Path file = Files.createTempFile("educloud-import-", ".upload");
        try {
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = upload.getOriginalFilename() == null ? "upload" : upload.getOriginalFilename();
            long runId = imports.startImport(scope, kindOf(kind), node.id(), file, name);
            return "redirect:/roster/imports/" + runId;
        } catch (IOException | RuntimeException e) {
            // The import never started, so the file is still ours to remove.
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Import a OneRoster 1.2 CSV zip into a bureau or school; export the same set. */
    @GetMapping("/oneroster")
    String oneRosterForm(Scope scope, @RequestParam long org, Model model) {
        model.addAttribute("org", tenancy.visible(scope, OrgId.of(org)));
        model.addAttribute("runs", imports.recentOneRosterRuns(scope, OrgId.of(org)));
        return "roster/oneroster-import";
    }

    @PostMapping("/oneroster")
    String oneRosterUpload(Scope scope, @RequestParam long org, @RequestParam("file") MultipartFile upload,
                           RedirectAttributes redirect, Locale locale) throws IOException {
        OrgNodeView node = tenancy.visible(scope, OrgId.of(org));
        if (upload.isEmpty()) {
            imports.recentOneRosterRuns(scope, node.id());
            redirect.addFlashAttribute("problem", "roster.import.error.empty");
            return "redirect:/roster/imports/oneroster?org=" + node.id();
        }
        if (limits.tooLarge(upload.getSize())) {
            imports.recentOneRosterRuns(scope, node.id());
            redirect.addFlashAttribute("problemText", tooLarge(locale));
            return "redirect:/roster/imports/oneroster?org=" + node.id();
        }
        Path file = Files.createTempFile("educloud-oneroster-", ".zip");
        try {
            try (InputStream in = upload.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            String name = upload.getOriginalFilename() == null ? "oneroster.zip" : upload.getOriginalFilename();
            return "redirect:/roster/imports/" + imports.startOneRosterImport(scope, node.id(), file, name);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    @GetMapping("/{id:\\d+}")
    String run(Scope scope, @PathVariable long id, Model model) {
        ImportRunView run = imports.run(scope, id);
        model.addAttribute("run", run);
        model.addAttribute("school", tenancy.visible(scope, run.schoolId()));
        return "roster/import-run";
    }

    /** Every problem as CSV in the reader's language, with a BOM so Excel opens the Chinese correctly. */
    @GetMapping("/{id:\\d+}/problems.csv")
    void problems(Scope scope, @PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        ImportRunView run = imports.run(scope, id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("import-" + id + "-problems.csv", StandardCharsets.UTF_8).build().toString());
        var out = response.getOutputStream();
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CsvWriter csv = CsvWriter.builder().build(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            csv.writeRecord(text("roster.import.row", locale), text("roster.import.column", locale),
                    text("roster.import.value", locale), text("roster.import.message", locale));
            for (ImportProblem p : run.problems()) {
                csv.writeRecord(String.valueOf(p.row()), nonNull(p.column()), SpreadsheetCells.safe(nonNull(p.value())),
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
            }
        }
    }

    @GetMapping("/templates/{kind:students|staff|classes|guardians|enrolments}.csv")
    void csvTemplate(@PathVariable String kind, HttpServletResponse response) throws IOException {
        attachment(response, "text/csv;charset=UTF-8", kind + "-template.csv");
        imports.writeTemplateCsv(kindOf(kind), response.getOutputStream());
    }

    @GetMapping("/templates/{kind:students|staff|classes|guardians|enrolments}.xlsx")
    void xlsxTemplate(@PathVariable String kind, HttpServletResponse response) throws IOException {
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind + "-template.xlsx");
        imports.writeTemplateXlsx(kindOf(kind), response.getOutputStream());
    }

    /** The roster below a bureau or school as a OneRoster 1.2 CSV bulk zip; {@code identifiers=full} unmasks. */
    @GetMapping("/oneroster.zip")
    void oneRoster(Scope scope, @RequestParam long org,
                   @RequestParam(defaultValue = "masked") String identifiers, HttpServletResponse response)
            throws IOException {
        if (!scope.canAdminister(tenancy.visible(scope, OrgId.of(org)).path())) {
            throw new org.educloud.shared.NotFoundException("roster.error.schoolNotFound");
        }
        attachment(response, "application/zip", "oneroster-" + org + ".zip");
        exports.oneRosterZip(scope, OrgId.of(org), "full".equals(identifiers), response.getOutputStream());
    }

    /** The kind a page's path names; the mappings' patterns let through only the school files' segments. */
    private static ImportKind kindOf(String kind) {
        return ImportKind.ofSegment(kind);
    }

    private static void attachment(HttpServletResponse response, String type, String name) {
        response.setContentType(type);
        response.setHeader("Content-Disposition",
                ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    }

    /** An upload beyond the import limit is refused before it is copied or read. */
    private String tooLarge(Locale locale) {
        return messages.getMessage("roster.import.limit.fileSize", new Object[] {limits.fileSizeText()}, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
