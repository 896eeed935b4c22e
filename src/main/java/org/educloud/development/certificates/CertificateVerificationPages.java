package org.educloud.development.certificates;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public check of a certificate code, without login: the certificate's own lines, or "not found" with nothing
 * more. Each client address may ask {@link Certificates#ATTEMPTS} times in {@link Certificates#WINDOW}; beyond that
 * the page answers 429 without looking the code up.
 */
@Controller
class CertificateVerificationPages {

    private static final int MAX_CODE = 64;

    private final Certificates certificates;

    CertificateVerificationPages(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/open/certificates")
    String verify(@RequestParam(required = false) @Nullable String code, HttpServletRequest request, Model model,
                  HttpServletResponse response) {
        response.setHeader("X-Robots-Tag", "noindex");
        model.addAttribute("code", code == null || code.length() > MAX_CODE ? "" : code);
        if (code == null || code.isBlank()) {
            return "development/verify";
        }
        if (code.length() > MAX_CODE || !Certificates.wellFormed(code)) {
            // no code can look like this: not found, without counting an attempt (nothing is written for junk)
            model.addAttribute("asked", true);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "development/verify";
        }
        if (!certificates.admit(request.getRemoteAddr())) {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Certificates.WINDOW.toSeconds()));
            model.addAttribute("throttled", true);
            return "development/verify";
        }
        Certificate found = certificates.verify(code).orElse(null);
        model.addAttribute("asked", true);
        model.addAttribute("certificate", found);
        if (found == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        return "development/verify";
    }
}
