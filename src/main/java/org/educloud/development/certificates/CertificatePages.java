package org.educloud.development.certificates;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.educloud.shared.RuleViolationException;
import org.educloud.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The teacher's own certificate of a completed programme, as PDF. */
@Controller
class CertificatePages {

    private final Certificates certificates;
    private final CertificatePdf pdf;

    CertificatePages(Certificates certificates, CertificatePdf pdf) {
        this.certificates = certificates;
        this.pdf = pdf;
    }

    @GetMapping("/development/programmes/{id}/certificate.pdf")
    void download(Scope scope, @PathVariable long id, HttpServletRequest request, Locale locale,
                  HttpServletResponse response) throws IOException {
        Certificate certificate = certificates.mine(scope, id);
        if (!pdf.available()) {
            throw new RuleViolationException("development.certificate.noFont");
        }
        String verify = ServletUriComponentsBuilder.fromContextPath(request).path("/open/certificates")
                .queryParam("code", certificate.groupedCode()).build().toUriString();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(certificate, verify, locale, out);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"certificate.pdf\"; filename*=UTF-8''"
                + URLEncoder.encode("培训证书-" + certificate.code() + ".pdf", StandardCharsets.UTF_8));
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
