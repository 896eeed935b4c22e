package org.educloud.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.educloud.support.EduCloudTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signing key is replaced on schedule once it reached the configured age (90 days), and only once. */
@EduCloudTest
class SigningKeyRotationTest {

    @Autowired
    SigningKeys keys;
    @Autowired
    SigningKeyRotation rotation;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aKeyYoungerThanNinetyDaysStaysCurrent() {
        String current = keys.rotate();
        age(current, Duration.ofDays(89));

        rotation.rotateWhenDue();

        assertThat(currentInDatabase()).isEqualTo(current);
    }

    @Test
    void aKeyNinetyDaysOldIsReplacedAndStaysPublishedForItsTokens() {
        String old = keys.rotate();
        age(old, Duration.ofDays(91));

        rotation.rotateWhenDue();

        String current = currentInDatabase();
        assertThat(current).isNotEqualTo(old);
        assertThat(keys.currentKid()).as("this node signs with it at once").isEqualTo(current);
        assertThat(keys.published().getKeys()).extracting(JWK::getKeyID).contains(old, current);
        rotation.rotateWhenDue();
        assertThat(currentInDatabase()).as("the next run leaves the new key").isEqualTo(current);
    }

    @Test
    void twoNodesRunningTheScheduleTogetherRotateOnce() throws Exception {
        String old = keys.rotate();
        age(old, Duration.ofDays(91));
        Callable<Optional<String>> node = () -> keys.rotateIfOlderThan(Duration.ofDays(90));

        List<Optional<String>> outcomes;
        try (ExecutorService nodes = Executors.newFixedThreadPool(2)) {
            List<Future<Optional<String>>> runs = nodes.invokeAll(List.of(node, node));
            outcomes = List.of(runs.get(0).get(), runs.get(1).get());
        }

        assertThat(outcomes.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM identity.oidc_signing_key WHERE retired_at IS NULL")
                .query(Long.class).single()).isEqualTo(1);
    }

    private void age(String kid, Duration age) {
        jdbc.sql("UPDATE identity.oidc_signing_key SET created_at = ? WHERE kid = ?")
                .params(Timestamp.from(Instant.now().minus(age)), kid).update();
    }

    private String currentInDatabase() {
        return jdbc.sql("SELECT kid FROM identity.oidc_signing_key WHERE retired_at IS NULL").query(String.class)
                .single();
    }
}
