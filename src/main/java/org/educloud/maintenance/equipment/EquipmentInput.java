package org.educloud.maintenance.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.educloud.maintenance.EquipmentKind;
import org.jspecify.annotations.Nullable;

/**
 * A device as typed, every field text: what the form posts and what a spreadsheet row holds. {@link #read} checks it
 * once for both, so the form and the import refuse the same things with the same messages: model and serial number
 * required; a serial of letters, digits and {@code - _ . /} only (what a label shows, nothing a formula or markup
 * could hide in); dates as yyyy-mm-dd (or yyyy/mm/dd), a purchase not in the future and a warranty not ending before
 * it; a value in yuan, not negative, at most two decimals.
 */
public record EquipmentInput(@Nullable String room, @Nullable String kind, @Nullable String model,
                             @Nullable String serial, @Nullable String purchasedOn, @Nullable String purchaseValue,
                             @Nullable String warrantyUntil) {

    static final int MAX_ROOM = 60;
    static final int MAX_MODEL = 100;
    static final int MAX_SERIAL = 64;
    private static final BigDecimal MAX_VALUE = new BigDecimal("100000000");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern PLAIN = Pattern.compile("[^<>\\p{Cntrl}]*");

    /** The kinds as a Chinese spreadsheet names them, beside their codes. */
    static final Map<String, EquipmentKind> KIND_NAMES = Map.of("教学终端", EquipmentKind.TERMINAL,
            "交互式一体机", EquipmentKind.INTERACTIVE_DISPLAY, "投影仪", EquipmentKind.PROJECTOR,
            "计算机", EquipmentKind.COMPUTER, "网络设备", EquipmentKind.NETWORK_GEAR, "服务器", EquipmentKind.SERVER,
            "其他", EquipmentKind.OTHER);

    /** A field that is wrong: which, the message key and its arguments. */
    record Problem(String field, String messageKey, List<String> arguments) {
    }

    /** The draft, when every field is well-formed, and the problems otherwise. */
    record Reading(@Nullable EquipmentDraft draft, List<Problem> problems) {
    }

    static EquipmentInput blank() {
        return new EquipmentInput("", EquipmentKind.COMPUTER.name(), "", "", "", "", "");
    }

    static EquipmentInput of(EquipmentView e) {
        return new EquipmentInput(e.room() == null ? "" : e.room(), e.kind().name(), e.model(), e.serial(),
                e.purchasedOn() == null ? "" : e.purchasedOn().toString(),
                e.purchaseValue() == null ? "" : e.purchaseValue().toPlainString(),
                e.warrantyUntil() == null ? "" : e.warrantyUntil().toString());
    }

    Reading read(LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        String roomText = text("room", room, MAX_ROOM, false, problems);
        EquipmentKind kindValue = kind(problems);
        String modelText = text("model", model, MAX_MODEL, true, problems);
        String serialText = text("serial", serial, MAX_SERIAL, true, problems);
        if (!serialText.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("serial"))
                && !SERIAL.matcher(serialText).matches()) {
            problems.add(new Problem("serial", "maintenance.equipment.error.serialChars", List.of()));
        }
        LocalDate bought = date("purchasedOn", purchasedOn, problems);
        if (bought != null && bought.isAfter(today)) {
            problems.add(new Problem("purchasedOn", "maintenance.equipment.error.purchaseInFuture", List.of()));
        }
        LocalDate warranty = date("warrantyUntil", warrantyUntil, problems);
        if (bought != null && warranty != null && warranty.isBefore(bought)) {
            problems.add(new Problem("warrantyUntil", "maintenance.equipment.error.warrantyBeforePurchase", List.of()));
        }
        BigDecimal value = value(problems);
        if (!problems.isEmpty() || kindValue == null) {
            return new Reading(null, problems);
        }
        return new Reading(new EquipmentDraft(roomText.isEmpty() ? null : roomText, kindValue, modelText, serialText,
                bought, value, warranty), List.of());
    }

    private @Nullable EquipmentKind kind(List<Problem> problems) {
        String text = kind == null ? "" : kind.strip();
        if (text.isEmpty()) {
            problems.add(new Problem("kind", "maintenance.equipment.error.required", List.of()));
            return null;
        }
        EquipmentKind named = KIND_NAMES.get(text);
        if (named != null) {
            return named;
        }
        try {
            return EquipmentKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("kind", "maintenance.equipment.error.kind",
                    List.of(String.join("、", KIND_NAMES.keySet().stream().sorted().toList()))));
            return null;
        }
    }

    private static String text(String field, @Nullable String value, int max, boolean required,
                               List<Problem> problems) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            problems.add(new Problem(field, "maintenance.equipment.error.required", List.of()));
        } else if (text.length() > max) {
            problems.add(new Problem(field, "maintenance.equipment.error.tooLong", List.of(String.valueOf(max))));
        } else if (!PLAIN.matcher(text).matches() || !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            problems.add(new Problem(field, "maintenance.equipment.error.plainText", List.of()));
        }
        return text;
    }

    private static @Nullable LocalDate date(String field, @Nullable String value, List<Problem> problems) {
        String text = value == null ? "" : value.strip().replace('/', '-');
        if (text.isEmpty()) {
            return null;
        }
        try {
            // a spreadsheet may drop the leading zeros: 2024-3-5
            String[] parts = text.split("-");
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
            }
            return LocalDate.parse(text);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            problems.add(new Problem(field, "maintenance.equipment.error.date", List.of()));
            return null;
        }
    }

    private @Nullable BigDecimal value(List<Problem> problems) {
        String text = purchaseValue == null ? "" : purchaseValue.strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            if (amount.signum() < 0) {
                problems.add(new Problem("purchaseValue", "maintenance.equipment.error.negative", List.of()));
            } else if (amount.stripTrailingZeros().scale() > 2) {
                problems.add(new Problem("purchaseValue", "maintenance.equipment.error.cents", List.of()));
            } else if (amount.compareTo(MAX_VALUE) > 0) {
                problems.add(new Problem("purchaseValue", "maintenance.equipment.error.tooMuch",
                        List.of(MAX_VALUE.toPlainString())));
            } else {
                return amount;
            }
        } catch (NumberFormatException e) {
            problems.add(new Problem("purchaseValue", "maintenance.equipment.error.number", List.of()));
        }
        return null;
    }
}
