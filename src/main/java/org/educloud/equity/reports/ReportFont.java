package org.educloud.equity.reports;

import org.educloud.equity.settings.EquityProperties;
import org.educloud.shared.pdf.CjkFont;
import org.springframework.stereotype.Component;

/** The Chinese font report PDFs embed: the configured {@code educloud.equity.report-font}, else a usual one. */
@Component
class ReportFont extends CjkFont {

    ReportFont(EquityProperties properties) {
        super(properties.reportFont(), '均');
    }
}
