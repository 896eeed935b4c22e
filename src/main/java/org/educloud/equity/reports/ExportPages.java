package org.educloud.equity.reports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Asking for a report export, following its progress, and downloading the file. */
@Controller
class ExportPages {

    private final ExportingReports exports;

    ExportPages(ExportingReports exports) {
        this.exports = exports;
    }

    @PostMapping("/equity/exports")
    String request(Scope scope, @RequestParam long org, @RequestParam(required = false) @Nullable String year,
                   @RequestParam ReportFormat format, Locale locale) {
        ReportExportView export = exports.request(scope, OrgId.of(org), year, format, locale);
        return "redirect:/equity/exports/" + export.id();
    }

    @GetMapping("/equity/exports/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("export", exports.find(scope, id));
        return "equity/export";
    }

    @GetMapping("/equity/exports/{id}/file")
    ResponseEntity<byte[]> file(Scope scope, @PathVariable long id) {
        return download(exports.file(scope, id));
    }

    static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
