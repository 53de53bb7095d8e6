package org.freelance.portal.cases;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.review.ReviewEnums.Pricing;

/**
 * What the case tests of both modules take in: a complete intake (Alpha Conseil SAS does not pay
 * a ServiceNow freelancer) and a real email as a mail client saves it.
 */
public final class CaseSamples {

    private CaseSamples() {
    }

    /** A complete intake, ready to submit: unpaid invoices, high urgency. */
    public static CaseIntake intake() {
        return intake("Factures impayées Banque du Nord");
    }

    public static CaseIntake intake(String title) {
        return intake(title, ProblemCategory.LATE_PAYMENT, Urgency.HIGH);
    }

    public static CaseIntake intake(String title, ProblemCategory category, Urgency urgency) {
        return new CaseIntake(title,
                new CaseIntake.Client("Alpha Conseil SAS", "732 829 320 00074", "1 rue de la Paix, 75002 Paris",
                        List.of(new CaseIntake.Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha.example",
                                "+33 1 23 45 67 89"))),
                Map.of(VettingItem.CLEAR_BRIEF, new CaseIntake.Vetting(VettingAnswer.NO, "Cahier des charges de 2 pages"),
                        VettingItem.LEGAL_STRUCTURE_IDENTIFIED, new CaseIntake.Vetting(VettingAnswer.YES, null)),
                new CaseIntake.Mission("Intégration ServiceNow ITSM", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 9, 30), Pricing.DAILY_RATE, new BigDecimal("650"), null),
                new CaseIntake.Scoping("Mise en production du module incidents",
                        List.of(new CaseIntake.Phase("Cadrage", LocalDate.of(2026, 3, 31)),
                                new CaseIntake.Phase("Recette", LocalDate.of(2026, 7, 15))),
                        "Le client valide chaque livrable sous 5 jours", "Formation des utilisateurs"),
                new CaseIntake.Problem(category, "Trois factures impayées depuis 75 jours.",
                        "Paiement des factures et des pénalités", urgency));
    }

    /**
     * A real email (.eml) from Jeanne Martin of the client to {@code to}: UTF-8 subject, a text body and
     * one PDF attached, sent at {@code sent} (take it from the test's clock: an email from the future
     * is refused like any entry).
     */
    public static byte[] eml(String to, String subject, String body, String attachmentName, byte[] attachment,
            Instant sent) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress("jeanne.martin@alpha.example", "Jeanne Martin"));
            message.setRecipients(MimeMessage.RecipientType.TO, to);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(sent));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, "UTF-8");
            MimeBodyPart file = new MimeBodyPart();
            file.setContent(attachment, "application/pdf");
            file.setFileName(attachmentName);
            file.setDisposition(MimeBodyPart.ATTACHMENT);
            message.setContent(new MimeMultipart(text, file));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
