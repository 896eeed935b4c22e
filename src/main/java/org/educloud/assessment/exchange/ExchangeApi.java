package org.educloud.assessment.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.shared.FieldRuleViolationException;
import org.educloud.shared.Problems;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Items in and out in bulk over the API: an upload of a QTI package or the item template (multipart: {@code file}
 * and the defaults as form fields), answered 201 with the new items' ids or 422 with every problem; and QTI 3.0
 * packages of items chosen by id or of a quiz.
 */
@RestController
@Tag(name = "Assessment", description = "Item bank, quizzes, attempts")
class ExchangeApi {

    private final ItemImports imports;
    private final QtiExport export;
    private final MessageSource messages;

    ExchangeApi(ItemImports imports, QtiExport export, MessageSource messages) {
        this.imports = imports;
        this.export = export;
        this.messages = messages;
    }

    @PostMapping("/api/v1/assessment/items/import")
    @Operation(summary = "Import items from a QTI 2.1/2.2/3.0 package (.zip) or the XLSX/CSV item template; all or nothing")
    ResponseEntity<?> importItems(Scope scope, @RequestParam(required = false) @Nullable MultipartFile file,
                                  @Valid @ModelAttribute ImportDefaults defaults, HttpServletRequest request,
                                  Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new FieldRuleViolationException("file", "assessment.exchange.noFile");
        }
        ImportOutcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = imports.importFile(scope, defaults, String.valueOf(file.getOriginalFilename()), file.getSize(),
                    in);
        }
        if (outcome.applied()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(Map.of("imported", outcome.imported(), "itemIds", outcome.itemIds()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("assessment.exchange.rejected", new Object[] {outcome.problems().size()}, locale));
        problem.setType(Problems.VALIDATION);
        problem.setTitle(messages.getMessage("assessment.exchange.rejectedTitle", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("problems", outcome.problems().stream().map(p -> described(p, locale)).toList());
        return ResponseEntity.unprocessableContent().body(problem);
    }

    private Map<String, Object> described(ImportProblem p, Locale locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("row", p.row());
        out.put("where", p.column());
        out.put("value", p.value());
        out.put("message", messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale));
        return out;
    }

    @GetMapping("/api/v1/assessment/items/export")
    @Operation(summary = "Items in reach, by id, as a QTI 3.0 content package (zip)")
    void exportItems(Scope scope, @RequestParam List<Long> ids, HttpServletResponse response) throws IOException {
        send(scope, export.items(scope, ids), "items-qti3.zip", response);
    }

    @GetMapping("/api/v1/assessment/quizzes/{id}/export")
    @Operation(summary = "A quiz's items, at the versions it pinned, as a QTI 3.0 content package (zip)")
    void exportQuiz(Scope scope, @PathVariable long id, HttpServletResponse response) throws IOException {
        send(scope, export.quiz(scope, id), "quiz-" + id + "-qti3.zip", response);
    }

    /** The items are found (or refused) before the first byte goes out, so a refusal is still a problem detail. */
    private void send(Scope scope, List<QtiExport.Exported> items, String name, HttpServletResponse response)
            throws IOException {
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        export.write(scope, items, response.getOutputStream());
    }
}
