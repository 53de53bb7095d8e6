package org.freelance.portal.testsupport;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The SMTP server of the view tests: keeps every mail the portal sends, so a test can read the link
 * a person would have received. Mail to {@value #UNREACHABLE_DOMAIN} is refused, as by an SMTP server
 * that is down; {@link #withoutMailServer} runs a step as if no SMTP server were configured at all,
 * which is how a test reaches the "no mail goes out, copy the link" paths. Registered by
 * {@link MailOutboxConfiguration} (for {@link ViewTestSupport} and a few tests of their own).
 */
public class MailOutbox {

    /** Recipients at this domain make the send fail, as with an SMTP server that refuses the mail. */
    public static final String UNREACHABLE_DOMAIN = "@unreachable.test";
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final List<SimpleMailMessage> sent = new CopyOnWriteArrayList<>();
    private volatile boolean configured = true;

    /** Runs the step as if the portal had no SMTP server configured; the server is back afterwards. */
    public <T> T withoutMailServer(Supplier<T> step) {
        configured = false;
        try {
            return step.get();
        } finally {
            configured = true;
        }
    }

    public void withoutMailServer(Runnable step) {
        withoutMailServer(() -> {
            step.run();
            return null;
        });
    }

    /** The SMTP server as the portal sees it: none while {@link #withoutMailServer} runs (it asks at each mail). */
    JavaMailSender server() {
        return configured ? smtp : null;
    }

    /** Mails sent to this address, oldest first (addresses are unique per test, so no cleanup is needed). */
    public List<SimpleMailMessage> to(String email) {
        return sent.stream().filter(m -> m.getTo() != null && Arrays.asList(m.getTo()).contains(email)).toList();
    }

    /** The first link in the latest mail to this address containing {@code pathPart}. */
    public Optional<String> lastLinkTo(String email, String pathPart) {
        List<SimpleMailMessage> mails = to(email);
        for (int i = mails.size() - 1; i >= 0; i--) {
            Matcher matcher = LINK.matcher(String.valueOf(mails.get(i).getText()));
            while (matcher.find()) {
                if (matcher.group().contains(pathPart)) {
                    return Optional.of(matcher.group());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Waits (on the outbox's monitor, woken by each mail sent) until a mail to this address holds a
     * link containing {@code pathPart}, for mails sent on another thread such as reset links.
     */
    public Optional<String> awaitLinkTo(String email, String pathPart, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (sent) {
            Optional<String> link = lastLinkTo(email, pathPart);
            while (link.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return link;
                }
                sent.wait(Math.max(1, left / 1_000_000));
                link = lastLinkTo(email, pathPart);
            }
            return link;
        }
    }

    private final JavaMailSender smtp = new JavaMailSender() {

        @Override
        public void send(SimpleMailMessage... messages) {
            for (SimpleMailMessage message : messages) {
                if (message.getTo() != null && Arrays.stream(message.getTo()).anyMatch(t -> t.endsWith(UNREACHABLE_DOMAIN))) {
                    throw new MailSendException("refused by the test outbox: " + Arrays.toString(message.getTo()));
                }
                synchronized (sent) {
                    sent.add(new SimpleMailMessage(message));
                    sent.notifyAll();
                }
            }
        }

        @Override
        public MimeMessage createMimeMessage() {
            return new MimeMessage(Session.getInstance(new Properties()));
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) {
            throw new UnsupportedOperationException("the portal sends plain text mail only");
        }

        @Override
        public void send(MimeMessage... mimeMessages) {
            throw new UnsupportedOperationException("the portal sends plain text mail only");
        }
    };
}
