package org.freelance.portal.cases.ui;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.CommunityScene;
import org.freelance.portal.testsupport.TestFixtures;

/**
 * A community of its own for one case test, with a freelancer, an expert and a mediator whose names
 * say their part ("Person freelance"...), and cases prepared through the real {@link CaseService}.
 * Also the files the case screens take in: a real .eml built with Jakarta Mail, and ZIP helpers to
 * take an evidence bundle apart and put it back together.
 */
final class CaseScene extends CommunityScene {

    final AccountView freelancer;
    final AccountView expert;
    final AccountView mediator;
    private final CaseService cases;

    CaseScene(TestFixtures fixtures, CaseService cases) {
        super(fixtures, "Cases", CaseListView.PAGE);
        this.cases = cases;
        freelancer = person("freelance", Role.MEMBER);
        expert = person("expert", Role.EXPERT);
        mediator = person("mediator", Role.MEDIATOR);
    }

    Long draft(CaseIntake intake) {
        return as(freelancer, () -> cases.createDraft(intake));
    }

    Long submitted(CaseIntake intake) {
        Long id = draft(intake);
        as(freelancer, () -> cases.submit(id));
        return id;
    }

    Long submitted(String title) {
        return submitted(intake(title));
    }

    /** Submitted by the freelancer and taken by the expert, who declared no conflict. */
    Long taken(String title) {
        Long id = submitted(title);
        as(expert, () -> cases.take(id, false, "Aucun lien avec Alpha Conseil"));
        return id;
    }

    /** A complete intake, ready to submit. */
    static CaseIntake intake(String title) {
        return intake(title, ProblemCategory.LATE_PAYMENT, Urgency.HIGH);
    }

    static CaseIntake intake(String title, ProblemCategory category, Urgency urgency) {
        return new CaseIntake(title,
                new CaseIntake.Client("Alpha Conseil SAS", "732 829 320 00074", "1 rue de la Paix, 75002 Paris",
                        List.of(new CaseIntake.Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha.example",
                                "+33 1 23 45 67 89"))),
                Map.of(VettingItem.CLEAR_BRIEF, new CaseIntake.Vetting(VettingAnswer.NO, "Cahier des charges de 2 pages")),
                new CaseIntake.Mission("Intégration ServiceNow ITSM", LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 9, 30), Pricing.DAILY_RATE, new BigDecimal("650.00"), null),
                new CaseIntake.Scoping("Mise en production du module incidents",
                        List.of(new CaseIntake.Phase("Cadrage", LocalDate.of(2026, 3, 31))),
                        "Le client valide chaque livrable sous 5 jours", "Formation des utilisateurs"),
                new CaseIntake.Problem(category, "Trois factures impayées depuis 75 jours.",
                        "Paiement des factures et des pénalités", urgency));
    }

    // --- files ------------------------------------------------------------------------------------

    /** A real email as a mail client saves it (.eml): UTF-8 subject, text body and one attachment. */
    static byte[] eml(String subject, String body, String attachmentName, byte[] attachment) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress("jeanne.martin@alpha.example", "Jeanne Martin"));
            message.setRecipients(MimeMessage.RecipientType.TO, "freelance@independant.example");
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
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
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files of a ZIP by path. */
    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
