package org.educloud.maintenance.vendors;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.educloud.identity.AccountCreated;
import org.educloud.shared.ConflictException;
import org.educloud.shared.FormErrors;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The district's register of service companies, and a company's page where its accounts are created. */
@Controller
class VendorPages {

    private final Vendors vendors;
    private final MessageSource messages;

    VendorPages(Vendors vendors, MessageSource messages) {
        this.vendors = vendors;
        this.messages = messages;
    }

    @GetMapping("/maintenance/vendors")
    String list(Scope scope, Model model) {
        return page(scope, model, new VendorDraft("", "", "", ""), Map.of());
    }

    @PostMapping("/maintenance/vendors")
    String register(Scope scope, @RequestParam long districtId, @Valid @ModelAttribute("form") VendorDraft form,
                    BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(scope, model, form, FormErrors.of(result, messages, locale));
        }
        try {
            VendorView vendor = vendors.register(scope, districtId, form);
            redirect.addFlashAttribute("notice", "maintenance.notice.vendorRegistered");
            return "redirect:/maintenance/vendors/" + vendor.id();
        } catch (ConflictException e) {
            return page(scope, model, form, FormErrors.of(e, "name", messages, locale));
        }
    }

    @GetMapping("/maintenance/vendors/{id}")
    String vendor(Scope scope, @PathVariable long id, Model model) {
        VendorView vendor = vendors.readable(scope, id);
        model.addAttribute("vendor", vendor);
        model.addAttribute("accounts", vendors.accountNames(scope, id));
        model.addAttribute("mayManage", scope.canAdminister(vendor.districtPath()));
        return "maintenance/vendor";
    }

    @PostMapping("/maintenance/vendors/{id}/accounts")
    String account(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") VendorAccountDraft form,
                   BindingResult result, RedirectAttributes redirect, Locale locale) {
        vendors.readable(scope, id);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("problemText", String.join(" ",
                    FormErrors.of(result, messages, locale).values()));
            return "redirect:/maintenance/vendors/" + id;
        }
        try {
            AccountCreated created = vendors.createAccount(scope, id, form);
            redirect.addFlashAttribute("created", created.account().username());
            redirect.addFlashAttribute("activationCode", created.activationCode());
            redirect.addFlashAttribute("notice", "maintenance.notice.vendorAccountCreated");
        } catch (RuleViolationException | ConflictException e) {
            redirect.addFlashAttribute("problemText", messages.getMessage(e.messageKey(), e.arguments(), locale));
        } catch (jakarta.validation.ConstraintViolationException e) {
            redirect.addFlashAttribute("problemText", e.getConstraintViolations().stream()
                    .map(jakarta.validation.ConstraintViolation::getMessage).sorted()
                    .collect(java.util.stream.Collectors.joining(" ")));
        }
        return "redirect:/maintenance/vendors/" + id;
    }

    private String page(Scope scope, Model model, VendorDraft form, Map<String, String> errors) {
        model.addAttribute("vendors", vendors.list(scope));
        model.addAttribute("districts", vendors.administeredDistricts(scope));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "maintenance/vendors";
    }
}
