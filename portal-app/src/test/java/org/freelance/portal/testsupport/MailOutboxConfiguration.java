package org.freelance.portal.testsupport;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Scope;
import org.springframework.mail.javamail.JavaMailSender;

/** A {@link MailOutbox} as the portal's SMTP server, for a test context that reads the mails sent. */
@TestConfiguration(proxyBeanMethods = false)
public class MailOutboxConfiguration {

    @Bean
    MailOutbox mailOutbox() {
        return new MailOutbox();
    }

    /**
     * The portal asks for its SMTP server at each mail: a prototype lets {@link MailOutbox#withoutMailServer}
     * take it away for one step (a factory method returning null reads as no server).
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    JavaMailSender mailServer(MailOutbox outbox) {
        return outbox.server();
    }
}
