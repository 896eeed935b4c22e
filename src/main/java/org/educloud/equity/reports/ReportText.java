package org.educloud.equity.reports;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** The words and number formats of an exported report, in the language it was asked for. */
final class ReportText {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    ReportText(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String time(Instant instant) {
        return STAMP.format(instant.atZone(zone));
    }

    /** A figure with a fixed number of decimals, or the dash that stands for "not defined". */
    String decimal(Double value, int decimals) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    String yesNo(boolean yes) {
        return get(yes ? "equity.balance.yes" : "equity.balance.no");
    }
}
