package org.educloud.assessment.exams;

import java.util.List;
import java.util.Map;
import org.educloud.learning.AssignmentId;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The score analysis of an assignment of a class, for its teacher (and the school's admins). */
@Controller
class AssignmentScorePages {

    private final AssignmentScores scores;
    private final JsonMapper json = JsonMapper.builder().build();

    AssignmentScorePages(AssignmentScores scores) {
        this.scores = scores;
    }

    @GetMapping("/assessment/assignments/{assignmentId}/scores")
    String page(Scope scope, @PathVariable long assignmentId, Model model) {
        AssignmentScores.Report report = scores.report(scope, AssignmentId.of(assignmentId));
        model.addAttribute("report", report);
        List<String> bands = report.summary().bands().stream()
                .map(b -> ScoreCell.number(b.from()) + "–" + ScoreCell.number(b.to())).toList();
        model.addAttribute("chart", json.writeValueAsString(Map.of("title", report.assignment().title(),
                "categories", bands, "series", List.of(Map.of("name", "#", "values",
                        report.summary().bands().stream().map(Band::students).toList())))));
        return "assessment/assignment-scores";
    }
}
