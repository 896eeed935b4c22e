package org.educloud.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exported cells are never run as formulas by the spreadsheet that opens them. */
class SpreadsheetCellsTest {

    @Test
    void a_value_that_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.safe("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.safe("-2")).isEqualTo("'-2");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void ordinary_values_are_left_as_they_are() {
        assertThat(SpreadsheetCells.safe("张三")).isEqualTo("张三");
        assertThat(SpreadsheetCells.safe("3-2")).isEqualTo("3-2");
        assertThat(SpreadsheetCells.safe("")).isEmpty();
    }
}
