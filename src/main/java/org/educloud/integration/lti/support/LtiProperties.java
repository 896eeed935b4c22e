package org.educloud.integration.lti.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the LTI platform.
 *
 * @param allowPlainHttp   accept {@code http://} tool URLs (development and tests only)
 * @param allowLoopback    let the platform fetch a tool's JWKS from this machine (tests only)
 * @param loginLifetime    how long a started login waits for the tool's authentication request
 * @param idTokenLifetime  how long an id_token (launch message) is valid
 * @param tokenLifetime    how long a service access token is valid
 * @param deepLinkLifetime how long a deep-linking request waits for the tool's answer
 * @param jwksCacheSize    how many tools' key sources are kept at most (the least recently used goes first)
 * @param jwksCacheTtl     how long a tool's key source is kept before it is built anew (Nimbus also refetches a
 *                         tool's keys within it every five minutes and when a token names a key it has not seen)
 */
@ConfigurationProperties("educloud.integration.lti")
public record LtiProperties(@DefaultValue("false") boolean allowPlainHttp,
                            @DefaultValue("false") boolean allowLoopback,
                            @DefaultValue("5m") Duration loginLifetime,
                            @DefaultValue("5m") Duration idTokenLifetime,
                            @DefaultValue("1h") Duration tokenLifetime,
                            @DefaultValue("1h") Duration deepLinkLifetime,
                            @DefaultValue("1000") int jwksCacheSize,
                            @DefaultValue("1h") Duration jwksCacheTtl) {
}
