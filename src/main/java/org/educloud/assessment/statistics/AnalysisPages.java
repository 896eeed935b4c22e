package org.educloud.assessment.statistics;

import java.io.IOException;
import java.util.Locale;
import org.educloud.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The item-analysis page of a quiz and its workbook, for the quiz's teacher and the school's administrators. */
@Controller
class AnalysisPages {

    private final QuizAnalysis analysis;
    private final AnalysisOpenings openings;
    private final MessageSource messages;

    AnalysisPages(QuizAnalysis analysis, AnalysisOpenings openings, MessageSource messages) {
        this.analysis = analysis;
        this.openings = openings;
        this.messages = messages;
    }

    @GetMapping("/assessment/quizzes/{quizId}/analysis")
    String page(Scope scope, @PathVariable long quizId, Model model) {
        QuizAnalysis.Report report = analysis.of(scope, quizId);
        openings.opened(scope, report.quiz());
        model.addAttribute("report", report);
        return "assessment/analysis";
    }

    @GetMapping("/assessment/quizzes/{quizId}/analysis.xlsx")
    ResponseEntity<byte[]> workbook(Scope scope, @PathVariable long quizId, Locale locale) throws IOException {
        QuizAnalysis.Report report = analysis.of(scope, quizId);
        openings.opened(scope, report.quiz());
        AnalysisWorkbook workbook = new AnalysisWorkbook((key, args) -> messages.getMessage(key, args, locale));
        // a quiz has at most 100 items of at most 8 options: the workbook is a few kilobytes, built in memory
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        workbook.write(report, body);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("item-analysis-" + quizId + ".xlsx", java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body.toByteArray());
    }
}
