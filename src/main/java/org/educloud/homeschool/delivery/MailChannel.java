package org.educloud.homeschool.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Notice e-mails through the installation's SMTP server. One message per notice with every parent in BCC, so no
 * parent sees another's address and a class of fifty costs one SMTP conversation.
 */
public final class MailChannel {

    private final @Nullable JavaMailSender sender;
    private final @Nullable String from;

    public MailChannel(@Nullable JavaMailSender sender, @Nullable String from) {
        this.sender = sender;
        this.from = from == null || from.isBlank() ? null : from.strip();
    }

    public boolean configured() {
        return sender != null && from != null;
    }

    public @Nullable String from() {
        return from;
    }

    public void send(Collection<String> addresses, String subject, String text) {
        if (sender == null || from == null) {
            throw new DeliveryFailed("E-mail is not configured");
        }
        if (addresses.isEmpty()) {
            return;
        }
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(from);
            helper.setBcc(addresses.stream().distinct().toArray(String[]::new));
            helper.setSubject(subject);
            helper.setText(text, false);
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new DeliveryFailed("The SMTP server did not take the notice e-mail", e);
        }
    }
}
