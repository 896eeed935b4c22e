package org.educloud.homeschool.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.educloud.identity.AccountView;
import org.educloud.identity.IdentityManagement;
import org.educloud.shared.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;

/**
 * Tells parents of a notice by e-mail and by text message where those channels are configured, after the notice
 * was recorded and the bell rang. Runs in the background: a slow SMTP server or SMS provider never holds up the
 * teacher, and a refusal is logged (the bell has already told everyone inside the platform).
 */
@Service
public class OutsideChannels {

    private static final Logger LOG = LoggerFactory.getLogger(OutsideChannels.class);
    /** Notices go to Chinese families; the texts are the Chinese ones whatever the sender's language. */
    private static final Locale FAMILIES = Locale.SIMPLIFIED_CHINESE;

    /** Which channels are on, for the admin page. */
    public record Status(boolean mail, @org.jspecify.annotations.Nullable String mailFrom, boolean sms,
                         String smsProvider) {
    }

    private final MailChannel mail;
    private final SmsGateway sms;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final DeliveryProperties properties;

    OutsideChannels(ObjectProvider<JavaMailSender> mailSender, SmsGateway sms, IdentityManagement identity,
                    MessageSource messages, DeliveryProperties properties) {
        this.mail = new MailChannel(mailSender.getIfAvailable(), properties.mailFrom());
        this.sms = sms;
        this.identity = identity;
        this.messages = messages;
        this.properties = properties;
    }

    public Status status() {
        return new Status(mail.configured(), mail.from(), sms.configured(), sms.provider());
    }

    /** E-mails and texts these accounts about a notice at {@code path} (a path of the platform). */
    // Not on the event listeners' few threads: a slow mail or SMS server must not hold them (Boot's executor
    // starts a virtual thread per call).
    @Async("applicationTaskExecutor")
    public void tell(Collection<UserId> accounts, String title, String path, boolean reminder) {
        if (!mail.configured() && !sms.configured()) {
            return;
        }
        List<String> addresses = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (UserId account : accounts) {
            AccountView holder = identity.self(account);
            if (holder.email() != null && !holder.email().isBlank()) {
                addresses.add(holder.email());
            }
            if (holder.phone() != null && !holder.phone().isBlank()) {
                phones.add(holder.phone());
            }
        }
        String link = properties.publicUrl().resolve(path).toString();
        if (mail.configured() && !addresses.isEmpty()) {
            try {
                mail.send(addresses,
                        messages.getMessage(reminder ? "homeschool.mail.reminderSubject" : "homeschool.mail.subject",
                                new Object[] {title}, FAMILIES),
                        messages.getMessage("homeschool.mail.text", new Object[] {title, link}, FAMILIES));
            } catch (DeliveryFailed e) {
                LOG.warn("Notice e-mail to {} parents failed", addresses.size(), e);
            }
        }
        if (sms.configured() && !phones.isEmpty()) {
            try {
                sms.send(phones, title);
            } catch (DeliveryFailed e) {
                LOG.warn("Notice text to {} parents failed", phones.size(), e);
            }
        }
    }
}
