package org.educloud.schoolday.timetables;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.ConflictException;
import org.educloud.shared.Scope;
import org.educloud.shared.SpreadsheetCells;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportUpload;
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
 * A class's timetable as a workbook in the days × periods layout (the current lessons filled in, so it doubles as
 * the template), and the upload that replaces the class's lessons, or changes nothing and names each problem.
 */
@Controller
class TimetableImportPages {

    private final ImportingTimetable importing;
    private final Timetables timetables;
    private final SchoolClasses classes;
    private final ImportUpload uploads;
    private final MessageSource messages;

    TimetableImportPages(ImportingTimetable importing, Timetables timetables, SchoolClasses classes, ImportLimits limits,
                         MessageSource messages) {
        this.importing = importing;
        this.timetables = timetables;
        this.classes = classes;
        this.uploads = new ImportUpload(limits, messages);
        this.messages = messages;
    }

    @GetMapping("/schoolday/classes/{classId}/timetable.xlsx")
    void workbook(Scope scope, @PathVariable long classId, HttpServletResponse response) throws IOException {
        SchoolClassView schoolClass = classes.administered(scope, classId);
        WeekGrid grid = timetables.scheduleOf(schoolClass)
                .map(s -> timetables.weeklyGrid(s, classId))
                .orElseThrow(() -> new ConflictException("file", "schoolday.error.noSchedule"));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"timetable.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode(schoolClass.name() + "课表.xlsx", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("课表");
            sheet.value(0, 0, ImportingTimetable.CORNER);
            for (int d = 0; d < 5; d++) {
                sheet.value(0, d + 1, ImportingTimetable.DAYS.get(d));
                sheet.width(d + 1, 18);
            }
            int row = 0;
            for (BellPeriod period : grid.periods()) {
                row++;
                sheet.value(row, 0, SpreadsheetCells.safe(period.label()));
                for (int d = 1; d <= 5 && period.teaching(); d++) {
                    Cell cell = grid.cells().get(WeekGrid.key(d, period.position()));
                    if (cell != null) {
                        sheet.value(row, d, SpreadsheetCells.safe(cellText(cell)));
                    }
                }
            }
            sheet.freezePane(1, 1);
            workbook.finish();
        }
    }

    /** 科目/教师/教室, as the import reads it: "-" stands for no teacher when a room follows. */
    static String cellText(Cell cell) {
        String text = cell.subject() == null ? "" : cell.subject();
        if (cell.teacherName() != null || cell.room() != null) {
            text += "/" + (cell.teacherName() == null ? "-" : cell.teacherName());
        }
        return cell.room() == null ? text : text + "/" + cell.room();
    }

    @PostMapping("/schoolday/classes/{classId}/timetable/import")
    String upload(Scope scope, @PathVariable long classId, @RequestParam(required = false) @Nullable MultipartFile file,
                  Model model, Locale locale, HttpServletResponse response) throws IOException {
        SchoolClassView schoolClass = classes.administered(scope, classId);
        model.addAttribute("schoolClass", schoolClass);
        try {
            TimetableImport outcome = uploads.read(file, "timetable-import", () -> {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                model.addAttribute("problemText", messages.getMessage("schoolday.import.noFile", null, locale));
            }, model, locale, response, spool -> importing.importLessons(scope, classId, spool));
            if (outcome != null) {
                model.addAttribute("outcome", outcome);
                if (!outcome.applied()) {
                    response.setStatus(422);
                }
            }
        } catch (ConflictException refused) {
            response.setStatus(409);
            model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return "schoolday/timetable-import";
    }
}
