package org.educloud.identity.recovery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.educloud.identity.RecoveryCodeSender;
import org.springframework.stereotype.Component;

/**
 * The test context's stand-in for a mailbox: the codes recovery sends to e-mail addresses, kept per address. Only in
 * the tests; the application's own channels (SMTP, SMS) are tested against servers in DeliveryChannelsTest.
 */
@Component
class CapturedRecoveryCodes implements RecoveryCodeSender {

    private final Map<String, List<String>> codes = new ConcurrentHashMap<>();

    @Override
    public boolean reaches(ContactKind kind) {
        return kind == ContactKind.EMAIL;
    }

    @Override
    public void send(ContactKind kind, String address, String code, Duration validFor) {
        codes.computeIfAbsent(address, a -> new ArrayList<>()).add(code);
    }

    List<String> sentTo(String address) {
        return codes.getOrDefault(address, List.of());
    }
}
