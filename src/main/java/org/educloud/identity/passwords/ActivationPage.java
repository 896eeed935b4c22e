package org.educloud.identity.passwords;

import java.util.List;
import java.util.Objects;
import org.educloud.identity.IdentityManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First login of an imported person: the code from their slip sets their first password. */
@Controller
class ActivationPage {

    private final IdentityManagement identity;

    ActivationPage(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/activate")
    String form(Model model) {
        model.addAttribute("form", new ActivationForm(null, null, null, null));
        model.addAttribute("problems", List.of());
        model.addAttribute("minLength", identity.minPasswordLength());
        return "identity/activate";
    }

    @PostMapping("/activate")
    String activate(@ModelAttribute ActivationForm form, Model model, RedirectAttributes redirect) {
        List<String> problems;
        if (blank(form.username()) || blank(form.code()) || blank(form.password())) {
            problems = List.of("identity.activation.incomplete");
        } else if (!Objects.equals(form.password(), form.confirmation())) {
            problems = List.of("identity.password.confirmationDiffers");
        } else {
            problems = identity.activate(form.username(), form.code(), form.password());
        }
        if (!problems.isEmpty()) {
            model.addAttribute("form", new ActivationForm(form.username(), form.code(), null, null));
            model.addAttribute("problems", problems);
            model.addAttribute("minLength", identity.minPasswordLength());
            return "identity/activate";
        }
        redirect.addFlashAttribute("notice", "identity.notice.activated");
        // A slip printed before usernames were generated names the old one: say which name to use from now on.
        identity.usernameAfterActivation(form.username())
                .ifPresent(username -> redirect.addFlashAttribute("activatedUsername", username));
        return "redirect:/login";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
