package org.freelance.portal.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitations and password resets travel through a real SMTP server (GreenMail) and their links work. */
@DomainIntegrationTest
class MailIT {

    static final GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        smtp.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("portal.mail-from", () -> "portail@demo.example");
        registry.add("portal.base-url", () -> "https://portal.example");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    static final Pattern INVITATION_LINK = Pattern.compile("https://portal\\.example/invitation/([A-Za-z0-9_-]+)");
    static final Pattern RESET_LINK = Pattern.compile("https://portal\\.example/password-reset/([A-Za-z0-9_-]+)");

    @Autowired TestFixtures fixtures;
    @Autowired InvitationService invitations;
    @Autowired MemberService members;
    @Autowired AccountService accounts;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcClient jdbc;
    @Autowired org.freelance.portal.review.ReviewService reviews;

    @BeforeEach
    void emptyMailbox() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Test
    void invitation_is_mailed_in_french_and_its_link_makes_the_newcomer_a_member() throws Exception {
        CommunityView community = fixtures.community("Mail");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        String email = "newcomer-" + TestFixtures.unique() + "@mail.example";

        InvitationIssued issued = fixtures.as(admin, community, () -> invitations.invite(email, EnumSet.of(Role.EXPERT)));

        assertThat(issued.mailed()).isTrue();
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        assertThat(mail.getFrom()[0].toString()).isEqualTo("portail@demo.example");
        assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre " + community.name());
        String body = (String) mail.getContent();
        Matcher link = INVITATION_LINK.matcher(body);
        assertThat(link.find()).as("link in %s", body).isTrue();
        assertThat(issued.link()).as("the inviter never holds a mailed link").isNull();

        assertThat(invitations.describe(link.group(1)).newcomerMayChoosePassword()).isTrue();

        String signInEmail = invitations.acceptWithNewPassword(link.group(1), "  Nadia Benali ", "a-good-passphrase");

        assertThat(signInEmail).isEqualTo(email);
        AccountView newcomer = accounts.findForSignIn(email).map(a -> accounts.find(a.id()).orElseThrow()).orElseThrow();
        assertThat(newcomer.displayName()).isEqualTo("Nadia Benali");
        assertThat(fixtures.as(newcomer, community, () -> members.me().roles())).containsExactly(Role.EXPERT);
    }

    @Test
    void mailed_invitation_asks_the_newcomer_for_a_name() throws Exception {
        CommunityView community = fixtures.community("MailName");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        String email = "newcomer-" + TestFixtures.unique() + "@mail.example";
        InvitationIssued issued = fixtures.as(admin, community, () -> invitations.invite(email, EnumSet.of(Role.MEMBER)));
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        assertThat(issued.mailed()).isTrue();
        Matcher link = INVITATION_LINK.matcher((String) smtp.getReceivedMessages()[0].getContent());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        assertThatThrownBy(() -> invitations.acceptWithNewPassword(token, "  ", "a-good-passphrase"))
                .isInstanceOf(PortalException.class).extracting("messageKey").isEqualTo("error.profile.name-required");

        assertThat(accounts.findForSignIn(email).orElseThrow().passwordHash()).isNull();
        assertThat(invitations.describe(token).status()).isEqualTo(InvitationDetails.Status.PENDING);
    }

    @Test
    void password_reset_link_arrives_by_mail_sets_the_new_password_and_works_once() throws Exception {
        AccountView person = fixtures.person("reset");

        assertThat(accounts.requestPasswordReset(person.email(), Locale.FRENCH)).isTrue();

        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Réinitialisation de votre mot de passe");
        Matcher link = RESET_LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(accounts.isResetTokenValid(token)).isTrue();

        accounts.resetPassword(token, "another-passphrase");

        String hash = jdbc.sql("select password_hash from user_account where id = :id").param("id", person.id())
                .query(String.class).single();
        assertThat(passwordEncoder.matches("another-passphrase", hash)).isTrue();
        assertThat(hash).startsWith("{");
        assertThat(accounts.isResetTokenValid(token)).isFalse();
    }

    @Test
    void review_notifications_are_mailed_to_the_expert_and_the_requester() throws Exception {
        CommunityView community = fixtures.community("MailReview");
        AccountView requester = fixtures.member(community, Role.MEMBER);
        AccountView expert = fixtures.member(community, Role.EXPERT);
        Long id = fixtures.as(requester, community, () -> reviews.create(new org.freelance.portal.review.MissionContext(
                "Contrat SAP", "Beta SA", null, org.freelance.portal.review.ReviewEnums.Pricing.TOTAL, null, null,
                null, null), org.freelance.portal.review.ContractInput.paste(
                        org.freelance.portal.review.ReviewSamples.UNBALANCED_CONTRACT)));
        fixtures.as(requester, community, () -> reviews.share(id,
                org.freelance.portal.review.ReviewEnums.ShareMode.ALL_EXPERTS, java.util.Set.of()));
        fixtures.as(expert, community, () -> reviews.take(id));
        fixtures.as(expert, community, () -> reviews.submitVerdict(id,
                org.freelance.portal.review.ReviewEnums.Verdict.WALK_AWAY, "Trop de points bloquants."));

        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(java.util.Arrays.stream(mails).map(m -> {
            try {
                return m.getAllRecipients()[0] + " | " + m.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        })).containsExactlyInAnyOrder(
                expert.email() + " | Un contrat à relire : Contrat SAP",
                requester.email() + " | " + expert.displayName() + " relit votre contrat",
                requester.email() + " | Avis reçu sur « Contrat SAP »");
        String verdictMail = (String) java.util.Arrays.stream(mails).filter(m -> {
            try {
                return m.getSubject().startsWith("Avis");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow().getContent();
        // the address comes from the web application's NotificationLinks (its route there is checked by
        // NotificationRoutesTest); the domain's tests use a stand-in that names the target plainly
        assertThat(verdictMail).contains("https://portal.example/test-target/" + community.slug() + "/REVIEW_REQUEST/" + id);
    }

    @Test
    void a_reset_request_for_an_unknown_address_sends_nothing_but_answers_the_same() throws Exception {
        assertThat(accounts.requestPasswordReset("nobody-" + TestFixtures.unique() + "@mail.example", Locale.FRENCH))
                .isTrue();
        assertThat(smtp.waitForIncomingEmail(500, 1)).isFalse();
    }

    @Test
    void a_reset_voids_every_other_link_the_person_was_sent() throws Exception {
        AccountView person = fixtures.person("reset-many");
        accounts.requestPasswordReset(person.email(), Locale.FRENCH);
        accounts.requestPasswordReset(person.email(), Locale.FRENCH);
        assertThat(smtp.waitForIncomingEmail(10000, 2)).isTrue();
        List<String> tokens = resetTokensIn(smtp.getReceivedMessages());
        assertThat(tokens).hasSize(2).allSatisfy(t -> assertThat(accounts.isResetTokenValid(t)).isTrue());

        accounts.resetPassword(tokens.get(1), "another-passphrase");

        assertThat(accounts.isResetTokenValid(tokens.get(0))).isFalse();
        assertThatThrownBy(() -> accounts.resetPassword(tokens.get(0), "attackers-passphrase"))
                .isInstanceOf(PortalException.class);
        String hash = jdbc.sql("select password_hash from user_account where id = :id").param("id", person.id())
                .query(String.class).single();
        assertThat(passwordEncoder.matches("another-passphrase", hash)).isTrue();
    }

    @Test
    void no_more_than_three_reset_mails_an_hour_reach_one_account() throws Exception {
        AccountView person = fixtures.person("reset-flood");
        for (int i = 0; i < 8; i++) {
            assertThat(accounts.requestPasswordReset(person.email(), Locale.FRENCH)).isTrue();
        }
        assertThat(smtp.waitForIncomingEmail(10000, 3)).isTrue();
        // the requests are handled in order on one thread: a marker request queued after them has
        // been handled once its mail arrives, so nothing more for the person can still be pending
        AccountView marker = fixtures.person("reset-marker");
        accounts.requestPasswordReset(marker.email(), Locale.FRENCH);
        assertThat(smtp.waitForIncomingEmail(10000, 4)).isTrue();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(person.email())))
                .hasSize(3);
    }

    @Test
    void asking_for_a_reset_answers_as_fast_for_an_unknown_address_as_for_an_account() throws Exception {
        AccountView person = fixtures.person("reset-timing");
        String unknown = "nobody-" + TestFixtures.unique() + "@mail.example";
        long[] known = new long[9];
        long[] missing = new long[9];
        for (int i = 0; i < 9; i++) {
            known[i] = timed(() -> accounts.requestPasswordReset(person.email(), Locale.FRENCH));
            missing[i] = timed(() -> accounts.requestPasswordReset(unknown, Locale.FRENCH));
        }
        Arrays.sort(known);
        Arrays.sort(missing);
        // the request only queues work: no database round trip and no SMTP exchange in either case
        assertThat(known[4]).as("median ns for an account").isLessThan(5_000_000L);
        assertThat(missing[4]).as("median ns for an unknown address").isLessThan(5_000_000L);
        assertThat(smtp.waitForIncomingEmail(10000, 3)).isTrue();
    }

    @Test
    void one_client_address_may_ask_for_five_resets_an_hour_whatever_the_accounts() {
        String address = "198.51.100." + (TestFixtures.unique().hashCode() & 0xff);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.requestPasswordReset("nobody-" + i + "-" + TestFixtures.unique() + "@mail.example",
                    Locale.FRENCH, address)).isTrue();
        }
        assertThatThrownBy(() -> accounts.requestPasswordReset("another-" + TestFixtures.unique() + "@mail.example",
                Locale.FRENCH, address)).satisfies(e -> assertThat(((PortalException) e).messageKey())
                        .isEqualTo("error.reset.too-many"));
        assertThat(accounts.requestPasswordReset("another-" + TestFixtures.unique() + "@mail.example",
                Locale.FRENCH, "203.0.113.200")).isTrue();
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return System.nanoTime() - start;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> resetTokensIn(MimeMessage[] messages) throws Exception {
        List<String> tokens = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            Matcher link = RESET_LINK.matcher((String) message.getContent());
            if (link.find()) {
                tokens.add(link.group(1));
            }
        }
        return tokens;
    }
}
