package org.educloud.equity.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Balance report exports over JSON: a request answers 202 with the job (poll it until DONE), then the file is
 * fetched; a file asked for before it is ready answers 409.
 */
@RestController
@RequestMapping("/api/v1/equity")
@Tag(name = "Equity")
class ExportApi {

    private final ExportingReports exports;

    ExportApi(ExportingReports exports) {
        this.exports = exports;
    }

    @PostMapping("/orgs/{org}/balance-exports")
    @Operation(summary = "Queue an export of the balance report of a district or of each district of a region")
    ResponseEntity<ReportExportView> request(Scope scope, @PathVariable long org,
                                             @RequestParam(required = false) @Nullable String year,
                                             @RequestParam ReportFormat format, Locale locale) {
        ReportExportView export = exports.request(scope, OrgId.of(org), year, format, locale);
        return ResponseEntity.accepted().location(URI.create("/api/v1/equity/exports/" + export.id())).body(export);
    }

    @GetMapping("/exports/{id}")
    @Operation(summary = "An export job: its status and progress")
    ReportExportView find(Scope scope, @PathVariable long id) {
        return exports.find(scope, id);
    }

    @GetMapping("/exports/{id}/file")
    @Operation(summary = "The file of a finished export")
    ResponseEntity<byte[]> file(Scope scope, @PathVariable long id) {
        ExportedFile file = exports.file(scope, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
