package org.educloud.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * A staff or class import's outcome says what was imported and nothing about students' activation slips; only
 * imports that bring in students add that sentence (issue 25 item 10).
 */
@EduCloudTest
class ImportWordingTest {

    @Autowired
    MessageSource messages;

    @Test
    void theAppliedMessageOfEveryImportLeavesActivationSlipsToStudentImports() throws Exception {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String applied = messages.getMessage("roster.import.applied", new Object[] {3, 2, 1}, locale);
            assertThat(applied).doesNotContain("激活单", "activation slip").endsWith(locale == Locale.ENGLISH
                    ? "1 updated or linked." : "更新或关联 1 条。");
            assertThat(messages.getMessage("roster.import.slipsHint", null, locale)).containsAnyOf("激活单",
                    "activation slips");
        }
        String page = Files.readString(Path.of("src/main/resources/templates/roster/import-run.html"));
        assertThat(page).contains("th:if=\"${run.kind() == 'STUDENTS' or run.kind() == 'ONEROSTER'}\" "
                + "th:text=\"#{roster.import.slipsHint}\"");
    }
}
