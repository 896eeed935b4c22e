package org.educloud.learning.gradebook;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.educloud.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A class's gradebook on screen and as an XLSX download. */
@Controller
class GradebookPages {

    private final Gradebook gradebook;
    private final MessageSource messages;

    GradebookPages(Gradebook gradebook, MessageSource messages) {
        this.gradebook = gradebook;
        this.messages = messages;
    }

    @GetMapping("/learning/classes/{classId}/gradebook")
    String gradebook(Scope scope, @PathVariable long classId, Model model) {
        model.addAttribute("book", gradebook.of(scope, classId));
        return "learning/gradebook";
    }

    @GetMapping("/learning/classes/{classId}/gradebook.xlsx")
    void xlsx(Scope scope, @PathVariable long classId, Locale locale, HttpServletResponse response)
            throws IOException {
        var book = gradebook.of(scope, classId);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String name = messages.getMessage("learning.gradebook.fileName", new Object[] {book.schoolClass().name()},
                locale) + ".xlsx";
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                .build().toString());
        gradebook.xlsx(scope, classId, label -> messages.getMessage("learning.gradebook." + label, null, locale),
                response.getOutputStream());
    }

    @GetMapping("/learning/classes/{classId}/gradebook.csv")
    void csv(Scope scope, @PathVariable long classId, Locale locale, HttpServletResponse response)
            throws IOException {
        var book = gradebook.of(scope, classId);
        response.setContentType("text/csv;charset=UTF-8");
        String name = messages.getMessage("learning.gradebook.fileName", new Object[] {book.schoolClass().name()},
                locale) + ".csv";
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8)
                .build().toString());
        gradebook.csv(scope, classId, label -> messages.getMessage("learning.gradebook." + label, null, locale),
                response.getOutputStream());
    }
}
