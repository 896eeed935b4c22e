package org.educloud.homeschool.messages;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.educloud.homeschool.delivery.DeliveryProperties;
import org.educloud.shared.NotFoundException;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.educloud.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The message pages: the caller's threads and contacts (and a teacher's receiving switch), one thread, writing.
 * A refused message (too long, too many, the teacher away) comes back as a problem above the page; a person the
 * caller may not write to, or a thread not theirs, is not found.
 */
@Controller
@RequestMapping("/homeschool/messages")
class MessagePages {

    private final Messaging messaging;
    private final MessageSource messages;
    private final int maxLength;

    MessagePages(Messaging messaging, MessageSource messages, DeliveryProperties properties) {
        this.messaging = messaging;
        this.messages = messages;
        this.maxLength = properties.messages().maxLength();
    }

    /**
     * A teacher (or parent) whose threads and contacts span several schools switches between them with
     * {@code ?school=}, as other pages choose a school; without it every school's are shown. A school that is none of
     * theirs is not found.
     */
    @GetMapping
    String list(Scope scope, @RequestParam(required = false) @Nullable Long school, Model model) {
        List<MessageThread> threads = messaging.threads(scope);
        List<Contact> contacts = messaging.contacts(scope);
        Map<Long, String> schools = messaging.schoolsOf(threads, contacts);
        if (school != null) {
            if (!schools.containsKey(school)) {
                throw new NotFoundException("homeschool.messages.notFound");
            }
            threads = threads.stream().filter(t -> t.schoolId() == school).toList();
            contacts = contacts.stream().filter(c -> c.school().value() == school).toList();
        }
        model.addAttribute("schools", schools.size() > 1 ? schools : Map.of());
        model.addAttribute("school", school);
        model.addAttribute("threads", threads);
        model.addAttribute("contacts", contacts);
        model.addAttribute("teacher", scope.has(org.educloud.shared.Role.TEACHER));
        model.addAttribute("setting", messaging.setting(scope));
        model.addAttribute("maxLength", maxLength);
        return "homeschool/messages";
    }

    @PostMapping
    String write(Scope scope, @RequestParam long to, @RequestParam(required = false) @Nullable String body,
                 RedirectAttributes redirect, Locale locale) {
        try {
            return "redirect:/homeschool/messages/" + messaging.write(scope, new UserId(to), body);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", say(e, locale));
            return "redirect:/homeschool/messages";
        }
    }

    @GetMapping("/{id}")
    String thread(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("opened", messaging.open(scope, id));
        model.addAttribute("maxLength", maxLength);
        return "homeschool/message-thread";
    }

    @PostMapping("/{id}")
    String reply(Scope scope, @PathVariable long id, @RequestParam(required = false) @Nullable String body,
                 RedirectAttributes redirect, Locale locale) {
        try {
            messaging.reply(scope, id, body);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", say(e, locale));
        }
        return "redirect:/homeschool/messages/" + id;
    }

    @PostMapping("/settings")
    String settings(Scope scope, @RequestParam(defaultValue = "false") boolean receiving,
                    @RequestParam(required = false) @Nullable String awayText, RedirectAttributes redirect,
                    Locale locale) {
        try {
            messaging.changeSetting(scope, receiving, awayText);
            redirect.addFlashAttribute("notice", "homeschool.messages.settingSaved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("problemText", say(e, locale));
        }
        return "redirect:/homeschool/messages";
    }

    private String say(RuleViolationException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.arguments(), locale);
    }
}
