package org.educloud.integration.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.Role;
import org.educloud.shared.Scope;
import org.educloud.support.EduCloudTest;
import org.educloud.support.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Webhook secrets are sealed by identity's one sealing service; secrets sealed the former way are sealed again. */
@EduCloudTest
class WebhookSecretSealingTest {

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    SecretBox box;
    @Autowired
    LegacySecrets legacy;
    @Autowired
    TenantFixture fixture;
    @Autowired
    IdentityManagement identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewSecretIsStoredSealedAndOpensForSigning() {
        IssuedSecret issued = switchedOffSubscription("封存");

        String stored = storedCipher(issued);

        assertThat(stored).startsWith("ecs1:").doesNotContain(issued.secret());
        assertThat(box.open(stored)).isEqualTo(issued.secret());
    }

    @Test
    void aSecretSealedUnderTheWebhooksFormerKeyIsSealedAgainAtStart() throws Exception {
        IssuedSecret issued = switchedOffSubscription("旧密钥");
        String former = formerlySealed(formerKey(), issued.secret());
        jdbc.sql("UPDATE integration.webhook_subscription SET secret_cipher = ? WHERE id = ?")
                .params(former, issued.subscription().id()).update();
        assertThat(box.open(former)).as("read before it is sealed again").isEqualTo(issued.secret());

        legacy.sealAgain();
        legacy.sealAgain();

        String stored = storedCipher(issued);
        assertThat(stored).startsWith("ecs1:");
        assertThat(box.open(stored)).isEqualTo(issued.secret());
    }

    @Test
    void aSecretThatCannotBeOpenedIsLeftAsItIsAndTheOthersAreStillSealedAgain() throws Exception {
        IssuedSecret lost = switchedOffSubscription("钥匙丢了");
        IssuedSecret kept = switchedOffSubscription("钥匙还在");
        byte[] otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        String unreadable = formerlySealed(otherKey, lost.secret());
        jdbc.sql("UPDATE integration.webhook_subscription SET secret_cipher = ? WHERE id = ?")
                .params(unreadable, lost.subscription().id()).update();
        jdbc.sql("UPDATE integration.webhook_subscription SET secret_cipher = ? WHERE id = ?")
                .params(formerlySealed(formerKey(), kept.secret()), kept.subscription().id()).update();
        try {
            assertThatCode(legacy::sealAgain).as("the node starts anyway").doesNotThrowAnyException();

            assertThat(storedCipher(lost)).isEqualTo(unreadable);
            assertThat(storedCipher(kept)).startsWith("ecs1:");
            assertThat(box.open(storedCipher(kept))).isEqualTo(kept.secret());
        } finally {
            // no unreadable secret left behind for the next context's start
            subscriptions.rotate(identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN)), lost.subscription().id());
        }
    }

    /** The webhooks' former key, made if no earlier test made it. */
    private byte[] formerKey() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("INSERT INTO integration.webhook_key (id, key_bytes) VALUES (1, ?) ON CONFLICT (id) DO NOTHING")
                .param(fresh).update();
        return jdbc.sql("SELECT key_bytes FROM integration.webhook_key WHERE id = 1").query(byte[].class).single();
    }

    private IssuedSecret switchedOffSubscription(String name) {
        Scope admin = identity.scopeOf(fixture.a().person(Role.SCHOOL_ADMIN));
        IssuedSecret issued = subscriptions.subscribe(admin, fixture.a().school().id(), name,
                "https://93.184.216.34/educloud-hook", List.of(EventKind.SURVEY_CONFIRMED));
        subscriptions.disable(admin, issued.subscription().id());
        return issued;
    }

    private String storedCipher(IssuedSecret issued) {
        return jdbc.sql("SELECT secret_cipher FROM integration.webhook_subscription WHERE id = ?")
                .param(issued.subscription().id()).query(String.class).single();
    }

    /** The form of before: a 12-byte nonce and the AES-GCM ciphertext, base64, no purpose bound. */
    private static String formerlySealed(byte[] key, String secret) throws Exception {
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed)
                .array());
    }
}
