package org.educloud.shared.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the table-import kit reads cells, without a database: what it takes for a date in a workbook. */
class TabularFileTest {

    @Test
    void excelDateFormatsAreRecognisedIncludingChineseOnes() {
        assertThat(TabularFile.isDateFormat(14, "m/d/yy")).isTrue();
        assertThat(TabularFile.isDateFormat(31, null)).isTrue();
        assertThat(TabularFile.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
        assertThat(TabularFile.isDateFormat(177, "[Red]0.00")).isFalse();
        assertThat(TabularFile.isDateFormat(178, "[DBNum1]0")).isFalse();
        assertThat(TabularFile.isDateFormat(0, "General")).isFalse();
    }
}
