package org.educloud.homeschool.delivery;

import org.educloud.shared.ForbiddenException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * For admins: which channels notices reach parents through. Says plainly when e-mail or SMS is not configured,
 * and what to set, rather than pretending to send.
 */
@Controller
class DeliveryPage {

    private final OutsideChannels channels;

    DeliveryPage(OutsideChannels channels) {
        this.channels = channels;
    }

    @GetMapping("/homeschool/delivery")
    String status(Scope scope, Model model) {
        if (!scope.isAdministrator()) {
            throw new ForbiddenException("homeschool.error.adminsOnly");
        }
        model.addAttribute("status", channels.status());
        return "homeschool/delivery";
    }
}
