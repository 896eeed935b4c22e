package org.educloud.assessment.exchange;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.educloud.library.Curriculum;
import org.educloud.library.KnowledgePointView;
import org.educloud.library.Sharing;
import org.educloud.library.Subject;
import org.educloud.shared.DomainException;
import org.educloud.shared.Scope;
import org.educloud.shared.tabular.ImportLimits;
import org.educloud.tenancy.Stage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page of the item bank: a QTI package or the item template, with the defaults every item gets (the
 * knowledge points typed as the catalogue's codes or names), and the outcome: how many items were stored, or nothing
 * stored and each problem by file and element, or by row and column. Also the template to download.
 */
@Controller
class ExchangePages {

    private final ItemImports imports;
    private final Curriculum curriculum;
    private final MessageSource messages;
    private final ImportLimits limits;

    ExchangePages(ItemImports imports, Curriculum curriculum, MessageSource messages, ImportLimits limits) {
        this.imports = imports;
        this.curriculum = curriculum;
        this.messages = messages;
        this.limits = limits;
    }

    @GetMapping("/assessment/items/import")
    String form(Scope scope, Model model) {
        ItemMedia.ownerPath(scope);
        form(model, Stage.PRIMARY.name(), Subject.MATHEMATICS.name(), "", "3", "", Sharing.PRIVATE.name(), "");
        model.addAttribute("maxSize", limits.fileSizeText());
        return "assessment/import";
    }

    private static void form(Model model, String stage, String subject, String grade, String difficulty, String source,
                             String sharing, String knowledgePoints) {
        model.addAttribute("stages", Arrays.stream(Stage.values()).map(Enum::name).toList());
        model.addAttribute("subjects", Arrays.stream(Subject.values()).map(Enum::name).toList());
        model.addAttribute("sharings", Arrays.stream(Sharing.values()).filter(s -> s != Sharing.PUBLIC)
                .map(Enum::name).toList());
        model.addAttribute("difficulties", List.of("1", "2", "3", "4", "5"));
        model.addAttribute("stage", stage);
        model.addAttribute("subject", subject);
        model.addAttribute("grade", grade);
        model.addAttribute("difficulty", difficulty);
        model.addAttribute("source", source);
        model.addAttribute("sharing", sharing);
        model.addAttribute("knowledgePoints", knowledgePoints);
        model.addAttribute("errors", new HashMap<String, String>());
    }

    /** Rows problems leave the page at 200; a file refused as a whole 400; one too large to read 413. */
    @PostMapping("/assessment/items/import")
    String upload(Scope scope, @RequestParam(required = false) @Nullable MultipartFile file,
                  @RequestParam Stage stage, @RequestParam Subject subject,
                  @RequestParam(required = false) @Nullable Integer grade, @RequestParam int difficulty,
                  @RequestParam(defaultValue = "") String source, @RequestParam Sharing sharing,
                  @RequestParam(defaultValue = "") String knowledgePoints, Model model, Locale locale,
                  HttpServletResponse response) throws IOException {
        form(model, stage.name(), subject.name(), grade == null ? "" : String.valueOf(grade),
                String.valueOf(difficulty), source, sharing.name(), knowledgePoints);
        model.addAttribute("maxSize", limits.fileSizeText());
        @SuppressWarnings("unchecked")
        Map<String, String> errors = (Map<String, String>) model.getAttribute("errors");
        List<Long> ids = knowledgePoints(scope, subject, stage, knowledgePoints, errors, locale);
        if (file == null || file.isEmpty()) {
            errors.put("file", messages.getMessage("assessment.exchange.noFile", null, locale));
        }
        if (difficulty < 1 || difficulty > 5) {
            errors.put("difficulty", messages.getMessage("assessment.validation.difficulty", null, locale));
        }
        if (grade != null && (grade < 1 || grade > 12)) {
            errors.put("grade", messages.getMessage("assessment.validation.grade", null, locale));
        }
        if (!errors.isEmpty() || file == null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "assessment/import";
        }
        try (InputStream in = file.getInputStream()) {
            ImportOutcome outcome = imports.importFile(scope, new ImportDefaults(stage, subject, grade, difficulty,
                    source.length() > 200 ? source.substring(0, 200) : source, sharing, ids),
                    String.valueOf(file.getOriginalFilename()), file.getSize(), in);
            model.addAttribute("outcome", outcome);
            if (!outcome.applied() && outcome.problems().stream().anyMatch(p -> p.row() == 0 && p.column() == null)) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } catch (org.educloud.shared.TooLargeException tooLarge) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            model.addAttribute("problemText", messages.getMessage(tooLarge.messageKey(), tooLarge.arguments(), locale));
        } catch (DomainException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problemText", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
        }
        return "assessment/import";
    }

    /** Knowledge points typed as codes or names, separated by ；or ; (as in the template's 知识点 column). */
    private List<Long> knowledgePoints(Scope scope, Subject subject, Stage stage, String typed,
                                       Map<String, String> errors, Locale locale) {
        Map<String, Long> known = new HashMap<>();
        for (KnowledgePointView kp : curriculum.knowledgePoints(scope, subject, stage)) {
            known.putIfAbsent(kp.code(), kp.id());
            known.putIfAbsent(kp.name(), kp.id());
        }
        List<Long> ids = new ArrayList<>();
        for (String token : typed.split("[;；]")) {
            String t = token.strip();
            if (t.isEmpty()) {
                continue;
            }
            Long id = known.get(t);
            if (id == null) {
                errors.put("knowledgePoints", messages.getMessage("assessment.template.knowledgePoint",
                        new Object[] {t}, locale));
            } else if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        if (ids.isEmpty() && !errors.containsKey("knowledgePoints") || ids.size() > 10) {
            errors.put("knowledgePoints", messages.getMessage("assessment.validation.knowledgePoints", null, locale));
        }
        return ids;
    }

    @GetMapping("/assessment/items/template.xlsx")
    void workbookTemplate(Scope scope, HttpServletResponse response) throws IOException {
        ItemMedia.ownerPath(scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"items.xlsx\"; filename*=UTF-8''"
                + URLEncoder.encode("题目导入模板.xlsx", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            Workbook workbook = new Workbook(out, "EduCloud", "1.0");
            Worksheet sheet = workbook.newWorksheet("题目");
            List<String> header = TemplateSamples.header();
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
                sheet.width(c, c == 1 ? 40 : 14);
            }
            int r = 0;
            for (List<String> row : TemplateSamples.rows()) {
                r++;
                for (int c = 0; c < row.size(); c++) {
                    // as text, so that 1/2 stays a fraction and is not turned into a date
                    sheet.inlineString(r, c, row.get(c));
                }
            }
            sheet.freezePane(2, 1);
            workbook.finish();
        }
    }

    @GetMapping("/assessment/items/template.csv")
    void template(Scope scope, HttpServletResponse response) throws IOException {
        ItemMedia.ownerPath(scope);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"items.csv\"; filename*=UTF-8''"
                + URLEncoder.encode("题目导入模板.csv", StandardCharsets.UTF_8));
        try (OutputStream out = response.getOutputStream()) {
            out.write(csv().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The template as CSV, with a BOM so that Excel in Chinese opens it as UTF-8. */
    static String csv() {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", TemplateSamples.header()))
                .append("\r\n");
        for (List<String> row : TemplateSamples.rows()) {
            csv.append(String.join(",", row.stream().map(ExchangePages::quoted).toList())).append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n")
                ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

}
