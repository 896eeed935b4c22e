package org.educloud.assessment.exams;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.roster.StudentView;
import org.educloud.shared.Scope;
import org.educloud.shared.SpreadsheetCells;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A class's scores in an exam: the page to type them (a score, 缺考, or nothing), the workbook of the class (its
 * students and what is entered, so it doubles as the template) and its upload, all or nothing.
 */
@Controller
class ScorePages {

    /** At most a class's students × the exam's subjects, with room: a bigger form is not a class's sheet. */
    static final int MAX_CELLS = ImportingScores.MAX_ROWS * Exams.MAX_SUBJECTS;

    private final ScoreEntry entry;
    private final ImportingScores importing;
    private final ImportLimits limits;
    private final MessageSource messages;

    ScorePages(ScoreEntry entry, ImportingScores importing, ImportLimits limits, MessageSource messages) {
        this.entry = entry;
        this.importing = importing;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/assessment/exams/{examId}/classes/{classId}/scores")
    String sheet(Scope scope, @PathVariable long examId, @PathVariable long classId, Model model) {
        model.addAttribute("sheet", entry.sheet(scope, examId, classId));
        return "assessment/exam-scores";
    }

    /** Cells arrive as {@code s_<student id>_<subject position>}. */
    @PostMapping("/assessment/exams/{examId}/classes/{classId}/scores")
    String save(Scope scope, @PathVariable long examId, @PathVariable long classId,
                @RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        ScoreEntry.Sheet sheet = entry.sheet(scope, examId, classId);
        if (form.size() > MAX_CELLS + 10) {
            response.setStatus(413);
            model.addAttribute("sheet", sheet);
            return "assessment/exam-scores";
        }
        List<String> subjects = sheet.exam().subjectNames();
        Map<Long, Map<String, String>> cells = new HashMap<>();
        for (Map.Entry<String, String> field : form.entrySet()) {
            String[] parts = field.getKey().split("_");
            if (parts.length != 3 || !parts[0].equals("s") || !parts[1].matches("\\d{1,18}")
                    || !parts[2].matches("\\d{1,2}") || Integer.parseInt(parts[2]) >= subjects.size()) {
                continue;
            }
            cells.computeIfAbsent(Long.parseLong(parts[1]), k -> new HashMap<>())
                    .put(subjects.get(Integer.parseInt(parts[2])), field.getValue());
        }
        List<ImportProblem> problems = entry.save(scope, examId, classId, cells);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            model.addAttribute("sheet", sheet);
            model.addAttribute("problems", problems);
            model.addAttribute("typed", cells);
            return "assessment/exam-scores";
        }
        return "redirect:/assessment/exams/" + examId + "/classes/" + classId + "/scores?saved";
    }

    @GetMapping("/assessment/exams/{examId}/classes/{classId}/scores.xlsx")
    void workbook(Scope scope, @PathVariable long examId, @PathVariable long classId, HttpServletResponse response)
            throws IOException {
        ScoreEntry.Sheet sheet = entry.sheet(scope, examId, classId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"scores.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(sheet.schoolClass().name() + sheet.exam().name() + "成绩.xlsx",
                StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet ws = workbook.newWorksheet("成绩");
            ws.value(0, 0, "学号");
            ws.value(0, 1, "姓名");
            List<String> subjects = sheet.editable();
            for (int c = 0; c < subjects.size(); c++) {
                ws.value(0, c + 2, SpreadsheetCells.safe(subjects.get(c)));
            }
            int row = 1;
            for (StudentView student : sheet.students()) {
                ws.value(row, 0, student.studentNumber() == null ? "" : SpreadsheetCells.safe(student.studentNumber()));
                ws.value(row, 1, SpreadsheetCells.safe(student.name()));
                for (int c = 0; c < subjects.size(); c++) {
                    String text = sheet.cell(student.id().value(), subjects.get(c));
                    if (!text.isEmpty() && !text.equals(ScoreCell.ABSENT)) {
                        ws.value(row, c + 2, Double.parseDouble(text));
                    } else if (!text.isEmpty()) {
                        ws.value(row, c + 2, text);
                    }
                }
                row++;
            }
            ws.width(0, 22);
            ws.freezePane(2, 1);
            workbook.finish();
        }
    }

    @PostMapping("/assessment/exams/{examId}/classes/{classId}/import")
    String upload(Scope scope, @PathVariable long examId, @PathVariable long classId,
                  @RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale,
                  HttpServletResponse response) throws IOException {
        ScoreEntry.Sheet sheet = entry.sheet(scope, examId, classId);
        model.addAttribute("sheet", sheet);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problemText", messages.getMessage("assessment.exam.import.noFile", null, locale));
            return "assessment/exam-scores";
        }
        if (limits.tooLarge(file.getSize())) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("problemText", messages.getMessage("roster.import.limit.fileSize",
                    new Object[] {limits.fileSizeText()}, locale));
            return "assessment/exam-scores";
        }
        Path spool = Files.createTempFile("score-import", ".upload");
        try {
            file.transferTo(spool);
            ScoreImport outcome = importing.importScores(scope, examId, classId, spool);
            model.addAttribute("outcome", outcome);
            if (!outcome.applied()) {
                response.setStatus(422);
            } else {
                model.addAttribute("sheet", entry.sheet(scope, examId, classId));
            }
        } finally {
            Files.deleteIfExists(spool);
        }
        return "assessment/exam-scores";
    }
}
