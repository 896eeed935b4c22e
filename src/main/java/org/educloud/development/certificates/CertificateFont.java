package org.educloud.development.certificates;

import org.educloud.shared.pdf.CjkFont;
import org.springframework.stereotype.Component;

/**
 * The Chinese font a certificate embeds, one of the usual ones (as equity's reports find theirs). Without one, a
 * certificate PDF is refused with a clear message; the certificate itself and its public check work regardless.
 */
@Component
class CertificateFont extends CjkFont {

    CertificateFont() {
        super(null, '证');
    }
}
