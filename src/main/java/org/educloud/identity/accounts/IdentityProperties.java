package org.educloud.identity.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling and credential lifetimes. The per-address limit is deliberately far higher than the
 * per-account one, and beyond it an address is only slowed down ({@code addressDelay}, doubling with each further
 * failure up to {@code addressMaxDelay}), never locked: a whole school often reaches the platform from one NAT
 * address. The wait is capped, at most at the 15-minute window of failures it answers, so no configuration turns it
 * back into a lock-out; a browser with a device cookie for the account it logs in to ({@code deviceCookieValidity})
 * skips the address's wait altogether, so the wait falls on guessers and on browsers the account has not used.
 *
 * <p>{@code keyEncryptionKey} (base64 of 32 bytes) seals the secrets that must be read back (OpenID Connect signing
 * keys, webhook secrets); without it a key is made once and kept in {@code identity.server_key}, and then a database
 * dump alone opens them. {@code oidcKeyRotation} is the age at which the OpenID Connect signing key is replaced.
 */
@ConfigurationProperties("educloud.identity")
@Validated
public record IdentityProperties(
        @DefaultValue("5") @Min(1) int maxAccountFailures,
        @DefaultValue("15m") Duration accountLock,
        @DefaultValue("100") @Min(1) int maxAddressFailures,
        @DefaultValue("1s") Duration addressDelay,
        @DefaultValue("1m") Duration addressMaxDelay,
        @DefaultValue("365d") Duration deviceCookieValidity,
        @DefaultValue("30d") Duration activationCodeValidity,
        @DefaultValue("8") @Min(8) int minPasswordLength,
        @Nullable String keyEncryptionKey,
        @DefaultValue("90d") Duration oidcKeyRotation) {

    @AssertTrue(message = "oidc-key-rotation must be longer than a day (a retired key stays published a day)")
    public boolean isOidcKeyRotationLongerThanADay() {
        return oidcKeyRotation.compareTo(Duration.ofDays(1)) > 0;
    }

    /** A wait longer than the address's window of failures would outlast the failures it answers. */
    @AssertTrue(message = "address-delay must be positive and at most address-max-delay, which is at most 15m")
    public boolean isAddressDelayCapped() {
        return addressDelay.isPositive() && addressDelay.compareTo(addressMaxDelay) <= 0
                && addressMaxDelay.compareTo(Duration.ofMinutes(15)) <= 0;
    }
}
