package org.educloud.development.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.educloud.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The period of a self-assessment: a school year from 1 September to the next in China's time, whatever zone the
 * server runs in, named "2026-2027"; a label of any other shape names no period.
 */
class SchoolYearTest {

    @Test
    void a_school_year_starts_on_the_first_of_september_in_china() {
        assertThat(SchoolYear.current(at("2026-08-31T15:59:59Z")).label()).as("23:59 on 31 August in China")
                .isEqualTo("2025-2026");
        assertThat(SchoolYear.current(at("2026-08-31T16:00:00Z")).label()).as("midnight of 1 September in China")
                .isEqualTo("2026-2027");
        assertThat(SchoolYear.current(at("2027-01-15T04:00:00Z")).label()).isEqualTo("2026-2027");
    }

    @Test
    void a_year_runs_from_one_first_of_september_to_the_next() {
        SchoolYear year = new SchoolYear(2026);

        assertThat(year.from()).isEqualTo(Instant.parse("2026-08-31T16:00:00Z"));
        assertThat(year.to()).isEqualTo(Instant.parse("2027-08-31T16:00:00Z"));
        assertThat(year.previous().to()).as("the year before ends where this one starts").isEqualTo(year.from());
        assertThat(year.recent(3)).containsExactly("2026-2027", "2025-2026", "2024-2025");
    }

    @Test
    void a_label_names_the_year_it_was_made_from_and_nothing_else_names_a_year() {
        assertThat(SchoolYear.parse("2026-2027")).isEqualTo(new SchoolYear(2026));
        assertThatThrownBy(() -> SchoolYear.parse("2026-2028")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SchoolYear.parse("2026")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SchoolYear.parse("../2026-2027")).isInstanceOf(NotFoundException.class);
    }

    /** A server clock in UTC, as installations abroad or in containers run. */
    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
