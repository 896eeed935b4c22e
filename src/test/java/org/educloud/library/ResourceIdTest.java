package org.educloud.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.educloud.roster.ClassId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resource id travels between modules typed, and leaves the application as it did when it was a {@code long}: a
 * bare number in JSON (the REST API, the push API's body) and in URLs and form values.
 */
class ResourceIdTest {

    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    @Test
    void isWrittenAndReadAsABareNumber() {
        PushDraft draft = new PushDraft(List.of(ResourceId.of(42)), List.of(ClassId.of(7)), LocalDate.of(2026, 12, 7),
                null, null);

        String written = json.writeValueAsString(draft);

        assertThat(written).contains("\"resourceIds\":[42]").contains("\"classIds\":[7]");
        PushDraft read = json.readValue("{\"resourceIds\":[42],\"classIds\":[7],\"lessonDate\":\"2026-12-07\"}",
                PushDraft.class);
        assertThat(read.resourceIds()).containsExactly(ResourceId.of(42));
        assertThat(read.classIds()).containsExactly(ClassId.of(7));
    }

    @Test
    void printsAsTheNumberForLinksAndForms() {
        assertThat("/library/resources/" + ResourceId.of(42)).isEqualTo("/library/resources/42");
    }
}
