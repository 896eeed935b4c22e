package org.educloud.maintenance.tickets;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.learning.Upload;
import org.educloud.library.FileContent;
import org.educloud.shared.DomainException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.ForbiddenException;
import org.educloud.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tickets' pages: the list of tickets the reader may see, the phone-sized report form (the camera opens from
 * the photo field), and a ticket's page with its photos, history, comments and the steps the reader may take.
 * A refused step comes back to the ticket's page with the refusal in the reader's language; a ticket the reader is
 * no party to is not found.
 */
@Controller
class TicketPages {

    private final Tickets tickets;
    private final TicketProperties sla;
    private final MessageSource messages;

    TicketPages(Tickets tickets, TicketProperties sla, MessageSource messages) {
        this.tickets = tickets;
        this.sla = sla;
        this.messages = messages;
    }

    @GetMapping("/maintenance/tickets")
    String list(Scope scope, @RequestParam(required = false) @Nullable TicketStatus status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("tickets", tickets.list(scope, status, page));
        model.addAttribute("status", status);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("mayReport", !tickets.reportableSchools(scope).isEmpty());
        return "maintenance/tickets";
    }

    @GetMapping("/maintenance/tickets/new")
    String reportForm(Scope scope, Model model) {
        return form(scope, model, new TicketDraft(null, TicketKind.DEVICE, "", "", "", null, TicketPriority.NORMAL),
                Map.of());
    }

    @PostMapping("/maintenance/tickets")
    String report(Scope scope, @Valid @ModelAttribute("form") TicketDraft form, BindingResult result,
                  @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
                  Model model, Locale locale) {
        if (result.hasErrors()) {
            return form(scope, model, form, FormErrors.of(result, messages, locale));
        }
        List<Upload> uploads = photos == null ? List.of() : photos.stream().filter(f -> !f.isEmpty())
                .map(f -> new Upload(String.valueOf(f.getOriginalFilename()), f.getSize(), f)).toList();
        try {
            long id = tickets.report(scope, form, uploads);
            return "redirect:/maintenance/tickets/" + id + "?reported";
        } catch (NotFoundException | ForbiddenException e) {
            throw e;
        } catch (DomainException e) {
            return form(scope, model, form, Map.of("photos", messages.getMessage(e.messageKey(), e.arguments(), locale)));
        }
    }

    @GetMapping("/maintenance/tickets/{id}")
    String detail(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String reported,
                  Model model) {
        model.addAttribute("d", tickets.detail(scope, id));
        model.addAttribute("priorities", TicketPriority.values());
        if (reported != null) {
            model.addAttribute("notice", "maintenance.notice.reported");
        }
        return "maintenance/ticket";
    }

    @PostMapping("/maintenance/tickets/{id}/steps")
    String step(Scope scope, @PathVariable long id, @RequestParam TicketAction action,
                @RequestParam(required = false) @Nullable Long vendorId,
                @RequestParam(required = false) @Nullable String note, RedirectAttributes redirect, Locale locale) {
        return back(id, redirect, locale, () -> {
            TicketStatus now = tickets.act(scope, id, action, vendorId, note);
            redirect.addFlashAttribute("notice", "maintenance.notice.moved." + now);
        });
    }

    @PostMapping("/maintenance/tickets/{id}/comments")
    String comment(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "") String body,
                   RedirectAttributes redirect, Locale locale) {
        return back(id, redirect, locale, () -> {
            tickets.comment(scope, id, body);
            redirect.addFlashAttribute("notice", "maintenance.notice.commented");
        });
    }

    @PostMapping("/maintenance/tickets/{id}/rating")
    String rate(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "0") int stars,
                @RequestParam(required = false) @Nullable String comment, RedirectAttributes redirect, Locale locale) {
        return back(id, redirect, locale, () -> {
            tickets.rate(scope, id, stars, comment);
            redirect.addFlashAttribute("notice", "maintenance.notice.rated");
        });
    }

    @PostMapping("/maintenance/tickets/{id}/priority")
    String priority(Scope scope, @PathVariable long id, @RequestParam TicketPriority priority,
                    RedirectAttributes redirect, Locale locale) {
        return back(id, redirect, locale, () -> {
            tickets.reprioritise(scope, id, priority);
            redirect.addFlashAttribute("notice", "maintenance.notice.prioritised");
        });
    }

    /** A photo of the fault, shown in the page: images only, in a sandboxed response. */
    @GetMapping("/maintenance/tickets/{id}/photos/{photoId}")
    void photo(Scope scope, @PathVariable long id, @PathVariable long photoId, HttpServletResponse response)
            throws IOException {
        FileContent file = tickets.photo(scope, id, photoId);
        boolean shown = ReceivedPhotos.PHOTO_TYPES.contains(file.mediaType()) && !file.mediaType().contains("hei");
        response.setContentType(shown ? file.mediaType() : "application/octet-stream");
        response.setContentLengthLong(file.length());
        response.setHeader("Content-Disposition", (shown ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = file.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    private String form(Scope scope, Model model, TicketDraft form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("schools", tickets.reportableSchools(scope));
        model.addAttribute("kinds", TicketKind.values());
        model.addAttribute("priorities", TicketPriority.values());
        model.addAttribute("maxPhotos", sla.maxPhotos());
        model.addAttribute("maxPhotoMb", sla.maxPhotoSize().toMegabytes());
        return "maintenance/report";
    }

    /** Runs a step and comes back to the ticket, with a rule's refusal shown there; not found stays not found. */
    private String back(long id, RedirectAttributes redirect, Locale locale, Runnable step) {
        try {
            step.run();
        } catch (NotFoundException e) {
            throw e;
        } catch (DomainException e) {
            if (e instanceof ForbiddenException) {
                throw e;
            }
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/maintenance/tickets/" + id;
    }
}
