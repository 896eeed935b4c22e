package org.educloud.maintenance.equipment;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.shared.ConflictException;
import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
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
 * An inventory spreadsheet: the template (CSV or XLSX; the example row is on the page, not in the file, where an
 * upload of the untouched template would record it), the upload, and the outcome —
 * every device saved, or nothing saved and each problem named by row and column.
 */
@Controller
class EquipmentImportPages {

    private static final java.util.List<String> EXAMPLE = java.util.List.of("", "三年级（1）班", "交互式一体机",
            "希沃 F86EC", "SN20240301A", "2024-03-01", "15800", "2027-02-28", "在用");

    private final ImportingEquipment importing;
    private final MessageSource messages;
    private final ImportUpload uploads;

    EquipmentImportPages(ImportingEquipment importing, MessageSource messages, ImportLimits limits) {
        this.importing = importing;
        this.messages = messages;
        this.uploads = new ImportUpload(limits, messages);
    }

    @GetMapping("/maintenance/equipment/import")
    String form(Scope scope, @RequestParam long org, Model model) {
        OrgNodeView target = importing.target(scope, OrgId.of(org));
        model.addAttribute("target", target);
        model.addAttribute("example", example(target));
        model.addAttribute("headers", ImportingEquipment.HEADERS);
        return "maintenance/equipment-import";
    }

    @GetMapping("/maintenance/equipment/import/template.csv")
    void csvTemplate(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        importing.target(scope, OrgId.of(org));
        attachment(response, "text/csv;charset=UTF-8", "csv");
        try (OutputStream out = response.getOutputStream()) {
            // a BOM so that Excel in Chinese opens it as UTF-8
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            String csv = String.join(",", ImportingEquipment.HEADERS) + "\r\n";
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The same template as a workbook: codes and serial numbers kept as text, so their leading zeros survive. */
    @GetMapping("/maintenance/equipment/import/template.xlsx")
    void workbookTemplate(Scope scope, @RequestParam long org, HttpServletResponse response) throws IOException {
        importing.target(scope, OrgId.of(org));
        attachment(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("设备台账");
            for (int c = 0; c < ImportingEquipment.HEADERS.size(); c++) {
                sheet.value(0, c, ImportingEquipment.HEADERS.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, 18);
            }
            sheet.freezePane(0, 1);
            workbook.finish();
        }
    }

    /**
     * A file refused as a whole (unreadable, beyond the import limits) answers 400, one too large to be read at all
     * 413, each with the page naming the problem; problems in rows leave it at 200.
     */
    @PostMapping("/maintenance/equipment/import")
    String upload(Scope scope, @RequestParam long org, @RequestParam(required = false) @Nullable MultipartFile file,
                  Model model, Locale locale, HttpServletResponse response) throws IOException {
        OrgNodeView target = importing.target(scope, OrgId.of(org));
        model.addAttribute("target", target);
        model.addAttribute("example", example(target));
        model.addAttribute("headers", ImportingEquipment.HEADERS);
        try {
            EquipmentImport outcome = uploads.read(file, "equipment-import",
                    () -> model.addAttribute("problemText",
                            messages.getMessage("maintenance.import.noFile", null, locale)),
                    model, locale, response, spool -> importing.importInto(scope, target.id(), spool));
            if (outcome != null) {
                model.addAttribute("outcome", outcome);
                if (!outcome.applied() && outcome.problems().stream().anyMatch(p -> p.row() == 0)) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                }
            }
        } catch (ConflictException refusal) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("problemText", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        }
        return "maintenance/equipment-import";
    }

    private static java.util.List<String> example(OrgNodeView target) {
        java.util.List<String> row = new java.util.ArrayList<>(EXAMPLE);
        row.set(0, target.isSchool() && target.schoolCode() != null ? target.schoolCode() : "");
        return row;
    }

    private static void attachment(HttpServletResponse response, String type, String extension) {
        response.setContentType(type);
        response.setHeader("Content-Disposition", "attachment; filename=\"equipment." + extension
                + "\"; filename*=UTF-8''" + URLEncoder.encode("设备台账." + extension, StandardCharsets.UTF_8));
    }
}
