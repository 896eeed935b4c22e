package org.educloud.roster.oneroster.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.educloud.roster.oneroster.OneRosterObject;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonKind;
import org.educloud.roster.oneroster.csv.OneRosterRead.PersonRow;
import org.educloud.roster.oneroster.csv.OneRosterRead.TermRow;
import org.junit.jupiter.api.Test;

/**
 * What the first pass read is handed to the writing steps as it stays: in the files' order (the order rows are
 * written in) and closed to change, so no step can leave something for another in it.
 */
class OneRosterReadTest {

    private static PersonRow student(long row, String sourcedId) {
        return new PersonRow(row, sourcedId, PersonKind.STUDENT, "student", "school-1", "G" + row, "学生" + row,
                null, null, null, List.of(), null, null, false);
    }

    @Test
    void theRowsKeepTheFilesOrder() {
        Map<String, PersonRow> people = new LinkedHashMap<>();
        for (String id : List.of("z-3", "a-1", "m-2")) {
            people.put(id, student(people.size() + 2, id));
        }

        OneRosterRead read = new OneRosterRead(Map.of(), Map.of(), Map.of(), people, Map.of(), Map.of(), 3, 0);

        assertThat(read.people().keySet()).containsExactly("z-3", "a-1", "m-2");
        assertThat(read.size()).isEqualTo(3);
    }

    @Test
    void nothingReadCanBeChangedAfterwardsNorByWhatTheReadersStillHold() {
        Map<String, TermRow> terms = new LinkedHashMap<>();
        terms.put("t1", new TermRow("t1", "2026-2027", "第一学期", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 20), false));
        OneRosterRead read = new OneRosterRead(Map.of(), terms, Map.of(), new LinkedHashMap<>(), Map.of(), Map.of(),
                1, 0);

        terms.clear();

        assertThat(read.terms()).containsOnlyKeys("t1");
        assertThatThrownBy(() -> read.terms().remove("t1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read.people().put("x", student(2, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void eachKindOfPersonIsTheOneRosterObjectItIsLinkedAs() {
        assertThat(PersonKind.STUDENT.object()).isEqualTo(OneRosterObject.STUDENT);
        assertThat(PersonKind.STAFF.object()).isEqualTo(OneRosterObject.STAFF);
        assertThat(PersonKind.GUARDIAN.object()).isEqualTo(OneRosterObject.GUARDIAN);
    }
}
