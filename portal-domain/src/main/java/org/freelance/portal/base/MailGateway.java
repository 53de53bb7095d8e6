package org.freelance.portal.base;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Outgoing mail through the configured SMTP server ({@code SPRING_MAIL_HOST}). When none is
 * configured, {@link #send} returns false and the caller shows the link to copy instead.
 */
@Component
public class MailGateway {

    private static final Logger log = LoggerFactory.getLogger(MailGateway.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final PortalProperties properties;
    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    public MailGateway(ObjectProvider<JavaMailSender> sender, PortalProperties properties) {
        this.sender = sender;
        this.properties = properties;
        texts.setBasename("mail/mail");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    /** Whether the mail bundle has a subject for this key. */
    public boolean hasTemplate(String key) {
        try {
            texts.getMessage(key + ".subject", null, Locale.ROOT);
            return true;
        } catch (org.springframework.context.NoSuchMessageException e) {
            return false;
        }
    }

    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    /**
     * Sends like {@link #send}, for a listener whose event publication must stay incomplete (and be
     * retried) when the mail did not go: throws {@link NotSent} when no SMTP server is configured or
     * it refused the mail.
     */
    public void deliver(String to, String key, Locale locale, Object... arguments) {
        if (!send(to, key, locale, arguments)) {
            throw new NotSent(key);
        }
    }

    /** A mail that did not go out (the reason is logged where it happened). */
    public static final class NotSent extends RuntimeException {

        NotSent(String key) {
            super("Mail '" + key + "' not sent", null, false, false);
        }
    }

    /**
     * Sends the mail whose subject and body are the bundle keys {@code <key>.subject} and
     * {@code <key>.body}; returns false when no SMTP server is configured or it refused the mail.
     */
    public boolean send(String to, String key, Locale locale, Object... arguments) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(to);
        message.setSubject(texts.getMessage(key + ".subject", arguments, locale));
        message.setText(texts.getMessage(key + ".body", arguments, locale));
        try {
            mailSender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Mail '{}' to {} could not be sent: {}", key, to, e.getMessage());
            return false;
        }
    }
}
