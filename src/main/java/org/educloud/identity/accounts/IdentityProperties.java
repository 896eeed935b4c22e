package org.educloud.identity.accounts;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
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
        @DefaultValue("8") @Min(8) int minPasswordLength) {

    /** A wait longer than the address's window of failures would outlast the failures it answers. */
    @AssertTrue(message = "address-delay must be positive and at most address-max-delay, which is at most 15m")
    public boolean isAddressDelayCapped() {
        return addressDelay.isPositive() && addressDelay.compareTo(addressMaxDelay) <= 0
                && addressMaxDelay.compareTo(Duration.ofMinutes(15)) <= 0;
    }
}
