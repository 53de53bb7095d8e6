package org.freelance.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.EventPublicationMaintenance;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.cases.CaseTaken;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewSamples;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewService;

import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationIssued;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications and mails go after commit through events kept in the publication registry: nothing
 * for a rolled-back operation, nothing lost while the SMTP server is down, each event delivered once,
 * each notification in its own community.
 */
@DomainIntegrationTest
class NotificationDeliveryIT {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp = startSmtp();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("portal.base-url", () -> "https://portal.example");
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired TestFixtures fixtures;
    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;
    @Autowired InvitationService invitations;
    @Autowired CommunityService communities;
    @Autowired AccountService accounts;
    @Autowired EventPublicationMaintenance maintenance;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired JdbcClient jdbc;

    @BeforeEach
    void smtpUp() {
        if (!smtp.isRunning()) {
            smtp = startSmtp();
        }
    }

    @Test
    void a_rolled_back_operation_stores_no_notification_sends_no_mail_and_keeps_no_publication() {
        Review review = sharedReview("Rollback");
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);

        fixtures.as(review.expert(), review.community(), () -> transaction.executeWithoutResult(status -> {
            reviews.take(review.id());
            status.setRollbackOnly();
        }));

        assertThat(keysOf(review.requester(), review.community())).isEmpty();
        assertThat(publications(review.community(), "ReviewTaken")).isZero();
        // the same take, committed this time: its one mail is the only one the requester ever gets
        fixtures.as(review.expert(), review.community(), () -> reviews.take(review.id()));
        awaitMails(review.requester(), 1);
        assertThat(keysOf(review.requester(), review.community())).containsExactly("review.taken");
        awaitAllCompleted(review.community());
        assertThat(mailsTo(review.requester())).hasSize(1);
    }

    @Test
    void a_notification_whose_mail_failed_while_smtp_was_down_is_mailed_once_smtp_is_back() {
        Review review = sharedReview("SmtpDown");
        smtp.stop();

        fixtures.as(review.expert(), review.community(), () -> reviews.take(review.id()));

        // the notification itself is stored at once; only its mail waits
        assertThat(keysOf(review.requester(), review.community())).containsExactly("review.taken");
        await().atMost(Duration.ofSeconds(20)).until(() -> failed(review.community(), "NotificationStored") == 1);

        smtp = startSmtp();
        maintenance.resubmitFailed();

        awaitMails(review.requester(), 1);
        awaitAllCompleted(review.community());
        assertThat(subjects(mailsTo(review.requester()))).containsExactly(
                review.expert().displayName() + " relit votre contrat");
        maintenance.resubmitFailed();
        assertThat(keysOf(review.requester(), review.community())).containsExactly("review.taken");
        assertThat(mailsTo(review.requester())).hasSize(1);
    }

    @Test
    void an_event_published_in_a_transaction_is_delivered_once_even_when_resubmission_runs_again() {
        CommunityView community = fixtures.community("Once");
        AccountView freelancer = fixtures.member(community, Role.MEMBER);

        fixtures.as(freelancer, community, () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> events.publishEvent(new CaseTaken(community.slug(), 77L, "Impayé Alpha", "Maya Médiatrice",
                        freelancer.id()))));

        awaitMails(freelancer, 1);
        awaitAllCompleted(community);
        assertThat(publications(community, "CaseTaken")).isEqualTo(1);
        assertThat(publications(community, "NotificationStored")).isEqualTo(1);
        maintenance.resubmitFailed();
        maintenance.purgeCompleted();
        assertThat(keysOf(freelancer, community)).containsExactly("case.taken");
        assertThat(mailsTo(freelancer)).hasSize(1);
        assertThat(incomplete(community)).isZero();
    }

    @Test
    void a_notification_for_community_a_published_while_b_is_bound_is_stored_and_mailed_for_a_only() throws Exception {
        CommunityView a = fixtures.community("TenantA");
        CommunityView b = fixtures.community("TenantB");
        AccountView person = fixtures.member(a, Role.MEMBER);
        fixtures.asOperator(() -> {
            TenantScope.run(b.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(Role.MEMBER)));
            return null;
        });

        fixtures.as(person, b, () -> new TransactionTemplate(transactionManager).executeWithoutResult(
                status -> events.publishEvent(new CaseTaken(a.slug(), 4242L, "Dossier de A", "Lead de A",
                        person.id()))));

        assertThat(fixtures.as(person, b, () -> notifications.mine(10))).isEmpty();
        assertThat(fixtures.as(person, b, () -> notifications.unreadCount())).isZero();
        List<NotificationView> inA = fixtures.as(person, a, () -> notifications.mine(10));
        assertThat(inA).singleElement().satisfies(n -> {
            assertThat(n.arguments()).containsExactly("Lead de A", "Dossier de A");
            assertThat(n.target()).isEqualTo(NotificationTarget.of(NotificationTarget.Type.CASE, 4242L));
        });
        assertThat(jdbc.sql("select tenant_id from notification where id = :id").param("id", inA.getFirst().id())
                .query(String.class).single()).isEqualTo(a.slug());
        awaitMails(person, 1);
        String body = (String) mailsTo(person).getFirst().getContent();
        assertThat(body).contains("https://portal.example/test-target/" + a.slug() + "/CASE/4242")
                .doesNotContain(b.slug());
    }

    @Test
    void an_invitation_mail_refused_at_commit_is_recorded_then_sent_with_a_working_link_once_smtp_is_back()
            throws Exception {
        CommunityView community = fixtures.community("InviteRetry");
        AccountView admin = fixtures.member(community, Role.ADMIN);
        String email = "newcomer-" + TestFixtures.unique() + "@mail.example";
        smtp.stop();

        InvitationIssued issued = fixtures.as(admin, community, () -> invitations.invite(email, EnumSet.of(Role.EXPERT)));

        assertThat(issued.mailed()).isTrue();
        assertThat(issued.link()).isNull();
        assertThat(fixtures.as(admin, community, () -> invitations.pending())).singleElement()
                .satisfies(p -> assertThat(p.mailFailed()).isTrue());

        smtp = startSmtp();
        maintenance.resubmitFailed();

        MimeMessage mail = awaitMailTo(email);
        Matcher link = Pattern.compile("https://portal\\.example/invitation/([A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        assertThat(invitations.describe(link.group(1)).newcomerMayChoosePassword()).isTrue();
        assertThat(fixtures.as(admin, community, () -> invitations.pending())).singleElement()
                .satisfies(p -> assertThat(p.mailFailed()).isFalse());
        assertThat(registryHolds(link.group(1))).as("no usable link in the registry").isFalse();
    }

    @Test
    void a_reset_mail_refused_at_commit_is_sent_with_a_working_link_once_smtp_is_back() throws Exception {
        AccountView person = fixtures.person("reset-retry");
        smtp.stop();

        assertThat(accounts.requestPasswordReset(person.email(), Locale.FRENCH)).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from EVENT_PUBLICATION"
                + " where EVENT_TYPE like '%ResetLinkIssued' and STATUS = 'FAILED'").query(Long.class).single() > 0);

        smtp = startSmtp();
        maintenance.resubmitFailed();

        MimeMessage mail = awaitMailTo(person.email());
        Matcher link = Pattern.compile("https://portal\\.example/password-reset/([A-Za-z0-9_-]+)")
                .matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        assertThat(accounts.isResetTokenValid(link.group(1))).isTrue();
        assertThat(registryHolds(link.group(1))).as("no usable link in the registry").isFalse();
    }

    // --- helpers ---------------------------------------------------------------------------------

    record Review(CommunityView community, AccountView requester, AccountView expert, Long id) {
    }

    /** A request shared with one expert, whose own mail about it has arrived (so tests start from quiet). */
    private Review sharedReview(String prefix) {
        CommunityView community = fixtures.community(prefix);
        AccountView requester = fixtures.member(community, Role.MEMBER);
        AccountView expert = fixtures.member(community, Role.EXPERT);
        Long id = fixtures.as(requester, community, () -> {
            Long created = reviews.create(new MissionContext("Contrat " + prefix, "Beta SA", null, Pricing.TOTAL, null,
                    null, null, null), ContractInput.paste(ReviewSamples.UNBALANCED_CONTRACT));
            reviews.share(created, ShareMode.ALL_EXPERTS, Set.of());
            return created;
        });
        awaitMails(expert, 1);
        awaitAllCompleted(community);
        return new Review(community, requester, expert, id);
    }

    private List<String> keysOf(AccountView person, CommunityView community) {
        return fixtures.as(person, community, () -> notifications.mine(20)).stream().map(NotificationView::messageKey)
                .toList();
    }

    private long publications(CommunityView community, String eventType) {
        return jdbc.sql("select count(*) from EVENT_PUBLICATION where EVENT_TYPE like :type and SERIALIZED_EVENT like :slug")
                .param("type", "%." + eventType).param("slug", "%\"" + community.slug() + "\"%").query(Long.class).single();
    }

    private long failed(CommunityView community, String eventType) {
        return jdbc.sql("select count(*) from EVENT_PUBLICATION where EVENT_TYPE like :type and SERIALIZED_EVENT like :slug"
                + " and STATUS = 'FAILED'").param("type", "%." + eventType)
                .param("slug", "%\"" + community.slug() + "\"%").query(Long.class).single();
    }

    private long incomplete(CommunityView community) {
        return jdbc.sql("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and SERIALIZED_EVENT like :slug")
                .param("slug", "%\"" + community.slug() + "\"%").query(Long.class).single();
    }

    private boolean registryHolds(String token) {
        return jdbc.sql("select count(*) from EVENT_PUBLICATION where SERIALIZED_EVENT like :token")
                .param("token", "%" + token + "%").query(Long.class).single() > 0;
    }

    private void awaitAllCompleted(CommunityView community) {
        await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(community) == 0);
    }

    private void awaitMails(AccountView person, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(person).size() >= count);
    }

    private MimeMessage awaitMailTo(String email) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsTo(email).isEmpty());
        return mailsTo(email).getFirst();
    }

    private List<MimeMessage> mailsTo(AccountView person) {
        return mailsTo(person.email());
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(email)).toList();
    }

    private static List<String> subjects(List<MimeMessage> mails) {
        return mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
