package org.educloud.identity;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Login throttling and credential lifetimes. The per-address limit is deliberately far higher than the
 * per-account one, and beyond it an address is only slowed down ({@code addressDelay}, doubling with each further
 * failure up to {@code addressMaxDelay}), never locked: a whole school often reaches the platform from one NAT
 * address.
 */
@ConfigurationProperties("educloud.identity")
@Validated
public record IdentityProperties(
        @DefaultValue("5") @Min(1) int maxAccountFailures,
        @DefaultValue("15m") Duration accountLock,
        @DefaultValue("100") @Min(1) int maxAddressFailures,
        @DefaultValue("1s") Duration addressDelay,
        @DefaultValue("1m") Duration addressMaxDelay,
        @DefaultValue("30d") Duration activationCodeValidity,
        @DefaultValue("8") @Min(8) int minPasswordLength) {
}
