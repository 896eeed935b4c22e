package org.educloud.assessment.exams;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.educloud.shared.Scope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exams and their analysis as JSON, under the same rules as the pages (an exam out of reach is a 404 problem). */
@RestController
@RequestMapping("/api/v1/assessment/exams")
@Tag(name = "Assessment", description = "Item bank, quizzes, attempts, exams and score analysis")
class ExamApi {

    private final Exams exams;
    private final ScoreAnalysis analysis;

    ExamApi(Exams exams, ScoreAnalysis analysis) {
        this.exams = exams;
        this.analysis = analysis;
    }

    @GetMapping
    @Operation(summary = "Exams the caller reaches: of schools they run, grades they teach, or their children's")
    List<ExamView> exams(Scope scope) {
        return exams.reachable(scope);
    }

    @GetMapping("/{examId}/analysis")
    @Operation(summary = "An exam's score analysis as the caller may see it (ranks, students and small groups by "
            + "the school's privacy rule and the caller's role)")
    ExamReport analysis(Scope scope, @PathVariable long examId) {
        return analysis.report(scope, examId);
    }
}
