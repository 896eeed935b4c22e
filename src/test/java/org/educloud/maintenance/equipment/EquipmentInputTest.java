package org.educloud.maintenance.equipment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.educloud.maintenance.EquipmentKind;
import org.junit.jupiter.api.Test;

/** What the form and the import refuse in a device's description, with one set of rules for both. */
class EquipmentInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static EquipmentInput.Reading read(String kind, String serial, String bought, String value,
                                               String warranty) {
        return new EquipmentInput("三年级（1）班", kind, "希沃 F86EC", serial, bought, value, warranty).read(TODAY);
    }

    private static java.util.List<String> problems(EquipmentInput.Reading reading) {
        return reading.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aWellFormedDeviceIsReadWithItsChineseKindAndLooseDates() {
        EquipmentInput.Reading reading = read("交互式一体机", "SN-2024/03.A_1", "2024/3/1", "15,800.5", "2027-02-28");
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.draft().kind()).isEqualTo(EquipmentKind.INTERACTIVE_DISPLAY);
        assertThat(reading.draft().purchasedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(reading.draft().purchaseValue()).isEqualByComparingTo(new BigDecimal("15800.5"));
    }

    @Test
    void modelAndSerialAreRequiredAndTheKindMustBeKnown() {
        EquipmentInput.Reading reading = new EquipmentInput("", "打印机", " ", "", "", "", "").read(TODAY);
        assertThat(reading.draft()).isNull();
        assertThat(problems(reading)).containsExactlyInAnyOrder("kind:maintenance.equipment.error.kind",
                "model:maintenance.equipment.error.required", "serial:maintenance.equipment.error.required");
    }

    @Test
    void aSerialNumberHoldsNoSpacesMarkupOrFormula() {
        assertThat(problems(read("COMPUTER", "SN 1", "", "", ""))).containsExactly(
                "serial:maintenance.equipment.error.serialChars");
        assertThat(problems(read("COMPUTER", "<b>1", "", "", ""))).containsExactly(
                "serial:maintenance.equipment.error.plainText");
        assertThat(problems(read("COMPUTER", "=HYPERLINK(1)", "", "", ""))).containsExactly(
                "serial:maintenance.equipment.error.plainText");
    }

    @Test
    void datesMustBeRealNotInTheFutureAndTheWarrantyNotEndBeforeThePurchase() {
        assertThat(problems(read("COMPUTER", "A1", "2024-02-30", "", ""))).containsExactly(
                "purchasedOn:maintenance.equipment.error.date");
        assertThat(problems(read("COMPUTER", "A1", "2027-01-01", "", ""))).containsExactly(
                "purchasedOn:maintenance.equipment.error.purchaseInFuture");
        assertThat(problems(read("COMPUTER", "A1", "2024-03-01", "", "2024-02-01"))).containsExactly(
                "warrantyUntil:maintenance.equipment.error.warrantyBeforePurchase");
    }

    @Test
    void aValueIsAnAmountOfYuanNotNegativeWithAtMostTwoDecimals() {
        assertThat(problems(read("COMPUTER", "A1", "", "-1", ""))).containsExactly(
                "purchaseValue:maintenance.equipment.error.negative");
        assertThat(problems(read("COMPUTER", "A1", "", "1.234", ""))).containsExactly(
                "purchaseValue:maintenance.equipment.error.cents");
        assertThat(problems(read("COMPUTER", "A1", "", "一千", ""))).containsExactly(
                "purchaseValue:maintenance.equipment.error.number");
        assertThat(problems(read("COMPUTER", "A1", "", "100000001", ""))).containsExactly(
                "purchaseValue:maintenance.equipment.error.tooMuch");
    }
}
