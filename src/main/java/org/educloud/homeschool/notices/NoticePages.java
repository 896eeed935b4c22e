package org.educloud.homeschool.notices;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.learning.Upload;
import org.educloud.library.FileContent;
import org.educloud.library.StoredFiles;
import org.educloud.roster.SchoolClassView;
import org.educloud.shared.FormErrors;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notice pages: the lists, writing one, a guardian's reading and reply, and the sender's receipts. */
@Controller
@RequestMapping("/homeschool/notices")
class NoticePages {

    private final SendingNotices sending;
    private final ReadingNotices reading;
    private final Audiences audiences;
    private final StoredFiles files;
    private final MessageSource messages;
    private final Clock clock;

    NoticePages(SendingNotices sending, ReadingNotices reading, Audiences audiences, StoredFiles files,
                MessageSource messages, Clock clock) {
        this.sending = sending;
        this.reading = reading;
        this.audiences = audiences;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Scope scope, Model model) {
        model.addAttribute("received", reading.received(scope));
        model.addAttribute("sent", reading.sent(scope));
        model.addAttribute("now", clock.instant());
        return "homeschool/notices";
    }

    @GetMapping("/new")
    String blank(Scope scope, Model model) {
        return form(scope, NoticeForm.blank(LocalDateTime.now(clock)), Map.of(), model);
    }

    @PostMapping
    String send(Scope scope, @Valid @ModelAttribute("form") NoticeForm form, BindingResult binding,
                @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> attached,
                Model model, Locale locale) {
        List<Upload> uploads = attached == null ? List.of() : attached.stream().filter(f -> !f.isEmpty())
                .map(f -> new Upload(String.valueOf(f.getOriginalFilename()), f.getSize(), f)).toList();
        if (binding.hasErrors()) {
            model.addAttribute("filesDropped", !uploads.isEmpty());
            return form(scope, form, FormErrors.of(binding, messages, locale), model);
        }
        try {
            long id = sending.send(scope, form.draft(clock.getZone()), uploads);
            return "redirect:/homeschool/notices/" + id;
        } catch (RuleViolationException e) {
            // a class or school the caller may not send to is refused outright (403), not offered back
            model.addAttribute("filesDropped", !uploads.isEmpty());
            return form(scope, form, FormErrors.of(e, "", messages, locale), model);
        }
    }

    @GetMapping("/{id}")
    String detail(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("now", clock.instant());
        if (reading.sendersSide(scope, id)) {
            model.addAttribute("n", reading.asSender(scope, id));
            model.addAttribute("classes", reading.receipts(scope, id));
            return "homeschool/notice-receipts";
        }
        ReadingNotices.ForGuardian mine = reading.asGuardian(scope, id);
        model.addAttribute("n", mine.notice());
        model.addAttribute("mine", mine.mine());
        return "homeschool/notice";
    }

    @PostMapping("/{id}/reply")
    String reply(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String answer,
                 RedirectAttributes redirect, Locale locale) {
        try {
            reading.reply(scope, id, answer);
            redirect.addFlashAttribute("notice", answer == null ? "homeschool.notice.confirmed" : "homeschool.notice.replied");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/homeschool/notices/" + id;
    }

    @PostMapping("/{id}/remind")
    String remind(Scope scope, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        try {
            int told = sending.remind(scope, id);
            redirect.addFlashAttribute("reminded", told);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/homeschool/notices/" + id;
    }

    /**
     * A file of the notice, for its sender's side and its guardians. Photos are shown in the page, in a sandboxed
     * response; anything else is a download, so a sent HTML file cannot run script on our origin.
     */
    @GetMapping("/{id}/files/{fileId}")
    void file(Scope scope, @PathVariable long id, @PathVariable long fileId, HttpServletResponse response)
            throws IOException {
        Notice notice = reading.sendersSide(scope, id) ? reading.asSender(scope, id) : reading.asGuardian(scope, id).notice();
        Notice.File file = notice.files().stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("homeschool.error.fileNotFound"));
        FileContent content = files.open(file.sha256(), file.name(), 0, file.size());
        boolean inline = file.image();
        response.setContentType(content.mediaType());
        response.setContentLengthLong(content.length());
        response.setHeader("Content-Disposition", (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = content.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private String form(Scope scope, NoticeForm form, Map<String, String> errors, Model model) {
        List<SchoolClassView> classes = audiences.choosable(scope);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("classes", classes);
        model.addAttribute("schools", audiences.administeredSchools(scope, classes));
        model.addAttribute("grades", classes.stream().map(SchoolClassView::grade).distinct().sorted().toList());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("replyKinds", ReplyKind.values());
        model.addAttribute("maxFiles", SendingNotices.MAX_FILES);
        return "homeschool/notice-form";
    }
}
