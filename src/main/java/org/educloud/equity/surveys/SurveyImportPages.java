package org.educloud.equity.surveys;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.equity.SchoolYears;
import org.educloud.shared.ConflictException;
import org.educloud.shared.OrgId;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.SpreadsheetCells;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.shared.tabular.ImportUpload;
import org.educloud.tenancy.OrgNodeView;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A bureau's spreadsheet of its schools' figures: the template (its schools already listed), the upload, and the
 * outcome — saved as drafts, or nothing saved and each problem named by row and column.
 */
@Controller
class SurveyImportPages {

    private final ImportingSurveys importing;
    private final SchoolYears years;
    private final MessageSource messages;
    private final ImportUpload uploads;

    SurveyImportPages(ImportingSurveys importing, SchoolYears years, MessageSource messages, ImportLimits limits) {
        this.messages = messages;
        this.uploads = new ImportUpload(limits, messages);
        this.importing = importing;
        this.years = years;
    }

    @GetMapping("/equity/surveys/import")
    String form(Scope scope, @RequestParam long org, Model model) {
        model.addAttribute("bureau", importing.bureau(scope, OrgId.of(org)));
        model.addAttribute("years", years.open());
        return "equity/survey-import";
    }

    /** The same template as a workbook: school codes kept as text, so their leading zeros survive. */
    @GetMapping("/equity/surveys/import/template.xlsx")
    void workbookTemplate(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        var schools = importing.schools(scope, OrgId.of(org));
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"school-conditions.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("办学条件.xlsx", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("办学条件");
            for (int c = 0; c < ImportingSurveys.HEADERS.size(); c++) {
                sheet.value(0, c, ImportingSurveys.HEADERS.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 1 ? 30 : 16);
            }
            int row = 0;
            for (OrgNodeView school : schools) {
                row++;
                sheet.inlineString(row, 0, school.schoolCode());
                sheet.value(row, 1, SpreadsheetCells.safe(school.name()));
            }
            sheet.freezePane(2, 1);
            workbook.finish();
        }
    }

    @GetMapping("/equity/surveys/import/template.csv")
    void template(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        var schools = importing.schools(scope, OrgId.of(org));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"school-conditions.csv\"; filename*=UTF-8''"
                + URLEncoder.encode("办学条件.csv", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            // a BOM so that Excel in Chinese opens it as UTF-8
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            StringBuilder csv = new StringBuilder(String.join(",", ImportingSurveys.HEADERS)).append("\r\n");
            for (OrgNodeView school : schools) {
                csv.append(school.schoolCode()).append(',').append(SpreadsheetCells.safe(school.name()).replace(",", " "))
                        .append(",,,,,,,\r\n");
            }
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A file refused as a whole (unreadable, beyond the import limits, a DTD in a workbook) answers 400, one too
     * large to be read at all 413, each with the page naming the problem; problems in rows leave it at 200.
     */
    @PostMapping("/equity/surveys/import")
    String upload(Scope scope, @RequestParam long org, @RequestParam String year,
                  @RequestParam(required = false) @Nullable MultipartFile file, Model model, Locale locale,
                  HttpServletResponse response) throws IOException {
        OrgNodeView bureau = importing.bureau(scope, OrgId.of(org));
        model.addAttribute("bureau", bureau);
        model.addAttribute("years", years.open());
        model.addAttribute("year", year);
        try {
            SurveyImport outcome = uploads.read(file, "equity-import",
                    () -> model.addAttribute("problem", "equity.import.noFile"), model, locale, response,
                    spool -> importing.importFigures(scope, bureau.id(), year, spool));
            if (outcome != null) {
                model.addAttribute("outcome", outcome);
                if (!outcome.applied() && outcome.problems().stream().anyMatch(p -> p.row() == 0)) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                }
            }
        } catch (RuleViolationException | ConflictException refusal) {
            model.addAttribute("problemText", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        }
        return "equity/survey-import";
    }
}
