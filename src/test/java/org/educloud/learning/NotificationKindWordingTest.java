package org.educloud.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every kind of notice the bell carries is worded in both languages, both as the line in the bell
 * ({@code learning.notification.KIND}) and as the choice on the settings page ({@code learning.notificationKind.KIND}):
 * other modules add kinds, and a missing line shows a raw key to whoever receives that notice first.
 */
class NotificationKindWordingTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages/learning.properties", "messages/learning_en.properties"})
    void everyKindHasItsBellLineAndItsSettingsChoice(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream(bundle), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(messages).as(bundle + " " + kind).containsKeys("learning.notification." + kind.name(),
                    "learning.notificationKind." + kind.name());
        }
    }
}
