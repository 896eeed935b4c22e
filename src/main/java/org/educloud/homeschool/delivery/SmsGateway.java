package org.educloud.homeschool.delivery;

import java.util.Collection;

/** Sends one short text to phones through a provider's SMS service. */
public interface SmsGateway {

    /** Whether the provider is configured; an unconfigured gateway sends nothing and says so on the admin page. */
    boolean configured();

    /** Which provider this is, for the admin page. */
    String provider();

    /**
     * Sends the approved template with this title to the phones (mainland numbers); throws
     * {@link DeliveryFailed} when the provider refuses.
     */
    void send(Collection<String> phones, String title);

    /** Whether the provider also has a verification-code template configured. */
    boolean sendsCodes();

    /** Sends a one-time code (password recovery) to one phone. */
    void sendCode(String phone, String code);
}
