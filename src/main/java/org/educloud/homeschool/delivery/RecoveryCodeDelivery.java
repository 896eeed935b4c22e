package org.educloud.homeschool.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.educloud.identity.RecoveryCodeSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Carries identity's password-recovery codes over the same channels as notices: the SMS gateway's verification
 * template, or e-mail. In the background, so the recovery page answers in the same time whether a code went out.
 */
@Component
class RecoveryCodeDelivery implements RecoveryCodeSender {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryCodeDelivery.class);

    private final MailChannel mail;
    private final SmsGateway sms;
    private final MessageSource messages;

    RecoveryCodeDelivery(ObjectProvider<JavaMailSender> mailSender, SmsGateway sms, MessageSource messages,
                         DeliveryProperties properties) {
        this.mail = new MailChannel(mailSender.getIfAvailable(), properties.mailFrom());
        this.sms = sms;
        this.messages = messages;
    }

    @Override
    public boolean reaches(ContactKind kind) {
        return kind == ContactKind.PHONE ? sms.sendsCodes() : mail.configured();
    }

    @Override
    // Not on the event listeners' few threads: a code must not wait behind a queue of events, and a slow mail or
    // SMS server must not hold those threads. Boot's executor starts a virtual thread per call.
    @Async("applicationTaskExecutor")
    public void send(ContactKind kind, String address, String code, Duration validFor) {
        deliver(kind, address, code, validFor, "homeschool.mail.codeSubject", "homeschool.mail.codeText");
    }

    /** A code proving an address: the SMS template is the same generic one, the e-mail says what it is for. */
    @Override
    @Async("applicationTaskExecutor")
    public void sendVerification(ContactKind kind, String address, String code, Duration validFor) {
        deliver(kind, address, code, validFor, "homeschool.mail.verifySubject", "homeschool.mail.verifyText");
    }

    private void deliver(ContactKind kind, String address, String code, Duration validFor, String subjectKey,
                         String textKey) {
        try {
            if (kind == ContactKind.PHONE) {
                sms.sendCode(address, code);
            } else {
                Locale zh = Locale.SIMPLIFIED_CHINESE;
                mail.send(List.of(address), messages.getMessage(subjectKey, null, zh),
                        messages.getMessage(textKey, new Object[] {code, validFor.toMinutes()}, zh));
            }
        } catch (DeliveryFailed e) {
            LOG.warn("A code could not be sent by {}", kind, e);
        }
    }
}
