package org.educloud.network.probes;

import org.educloud.shared.OrgId;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A school's probe, for its admins and the bureau admins above it: issue a one-time enrolment code (shown once,
 * with the command to run on the school's machine), see whether the probe reports, revoke it.
 */
@Controller
class ProbePages {

    private final Enrolment enrolment;

    ProbePages(Enrolment enrolment) {
        this.enrolment = enrolment;
    }

    @GetMapping("/network/schools/{school}/probe")
    String probes(Scope scope, @PathVariable long school, Model model) {
        model.addAttribute("school", enrolment.managedSchool(scope, OrgId.of(school)));
        model.addAttribute("probes", enrolment.probes(scope, OrgId.of(school)));
        return "network/probes";
    }

    @PostMapping("/network/schools/{school}/probe/codes")
    String issueCode(Scope scope, @PathVariable long school, Model model) {
        IssuedCode code = enrolment.issueCode(scope, OrgId.of(school));
        model.addAttribute("school", enrolment.managedSchool(scope, OrgId.of(school)));
        model.addAttribute("probes", enrolment.probes(scope, OrgId.of(school)));
        model.addAttribute("issued", code);
        // what to type on the school's machine; the code goes on the command line once and is then spent
        model.addAttribute("command", "java EduCloudProbe.java --platform "
                + ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + " --enrol " + code.code()
                + " --state-dir /var/lib/educloud-probe");
        return "network/probes";
    }

    @PostMapping("/network/schools/{school}/probe/{probe}/revoke")
    String revoke(Scope scope, @PathVariable long school, @PathVariable long probe,
                  RedirectAttributes redirect) {
        enrolment.managedSchool(scope, OrgId.of(school));
        enrolment.revoke(scope, probe);
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/network/schools/" + school + "/probe";
    }
}
