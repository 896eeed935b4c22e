package org.educloud.network.connectivity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.network.ConnectivityView;
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
 * A bureau's connectivity spreadsheet: the template (its schools listed with what they declared so far, so a bureau
 * changes only what changed), the upload, and the outcome — recorded, or nothing recorded and each problem named.
 */
@Controller
class ConnectivityImportPages {

    private static final String[] ACCESS_WORDS = {"光纤", "4G/5G", "卫星", "未接入"};

    private final ImportingConnectivity importing;
    private final ConnectivityStore store;
    private final MessageSource messages;
    private final ImportUpload uploads;

    ConnectivityImportPages(ImportingConnectivity importing, ConnectivityStore store, MessageSource messages,
                            ImportLimits limits) {
        this.importing = importing;
        this.store = store;
        this.messages = messages;
        this.uploads = new ImportUpload(limits, messages);
    }

    @GetMapping("/network/connectivity/import")
    String form(Scope scope, @RequestParam long org, Model model) {
        model.addAttribute("bureau", importing.bureau(scope, OrgId.of(org)));
        return "network/import";
    }

    /** The template as a workbook: school codes kept as text, so their leading zeros survive. */
    @GetMapping("/network/connectivity/import/template.xlsx")
    void workbookTemplate(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        List<List<String>> rows = rows(scope, org);
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("学校联网");
            for (int c = 0; c < ImportingConnectivity.HEADERS.size(); c++) {
                sheet.value(0, c, ImportingConnectivity.HEADERS.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 1 ? 30 : 14);
            }
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    sheet.inlineString(r + 1, c, row.get(c));
                }
            }
            sheet.freezePane(2, 1);
            workbook.finish();
        }
    }

    @GetMapping("/network/connectivity/import/template.csv")
    void template(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        List<List<String>> rows = rows(scope, org);
        attachment(response, "text/csv;charset=UTF-8", "csv");
        try (OutputStream out = response.getOutputStream()) {
            // a BOM so that Excel in Chinese opens it as UTF-8
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            StringBuilder csv = new StringBuilder(String.join(",", ImportingConnectivity.HEADERS)).append("\r\n");
            for (List<String> row : rows) {
                csv.append(String.join(",", row.stream().map(c -> c.replace(",", " ").replace("\"", "")).toList()))
                        .append("\r\n");
            }
            out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * A file refused as a whole (unreadable, beyond the import limits) answers 400, one too large to be read at all
     * 413, each with the page naming the problem; problems in rows leave it at 200.
     */
    @PostMapping("/network/connectivity/import")
    String upload(Scope scope, @RequestParam long org, @RequestParam(required = false) @Nullable MultipartFile file,
                  Model model, Locale locale, HttpServletResponse response) throws IOException {
        OrgNodeView bureau = importing.bureau(scope, OrgId.of(org));
        model.addAttribute("bureau", bureau);
        try {
            ConnectivityImport outcome = uploads.read(file, "network-import",
                    () -> model.addAttribute("problem", "network.import.noFile"), model, locale, response,
                    spool -> importing.importFile(scope, bureau.id(), spool));
            if (outcome != null) {
                model.addAttribute("outcome", outcome);
                if (!outcome.applied() && outcome.problems().stream().anyMatch(p -> p.row() == 0)) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                }
            }
        } catch (RuleViolationException | ConflictException refusal) {
            model.addAttribute("problemText", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        }
        return "network/import";
    }

    /** One row per active school: code, name, and what it declared so far (blank where nothing). */
    private List<List<String>> rows(Scope scope, long org) {
        List<OrgNodeView> schools = importing.schools(scope, OrgId.of(org));
        OrgNodeView bureau = importing.bureau(scope, OrgId.of(org));
        Map<OrgId, ConnectivityView> current = store.currentUnder(bureau.path());
        List<List<String>> rows = new ArrayList<>();
        for (OrgNodeView school : schools) {
            ConnectivityView c = current.get(school.id());
            List<String> row = new ArrayList<>(List.of(school.schoolCode() == null ? "" : school.schoolCode(),
                    SpreadsheetCells.safe(school.name())));
            if (c == null) {
                row.addAll(java.util.Collections.nCopies(ImportingConnectivity.HEADERS.size() - 2, ""));
            } else {
                row.addAll(List.of(ACCESS_WORDS[c.accessType().ordinal()],
                        c.provider() == null ? "" : SpreadsheetCells.safe(c.provider()), text(c.contractedDownMbps()),
                        text(c.contractedUpMbps()), c.wiredCoverage() ? "是" : "否", c.wirelessCoverage() ? "是" : "否",
                        text(c.classrooms()), text(c.multimediaClassrooms()), text(c.teachingTerminals())));
            }
            rows.add(row);
        }
        return rows;
    }

    private static String text(@Nullable Integer value) {
        return value == null ? "" : value.toString();
    }

    private static void attachment(HttpServletResponse response, String type, String extension) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"school-connectivity." + extension
                + "\"; filename*=UTF-8''" + URLEncoder.encode("学校联网." + extension, StandardCharsets.UTF_8));
    }
}
