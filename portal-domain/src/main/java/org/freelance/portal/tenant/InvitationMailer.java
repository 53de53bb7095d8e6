package org.freelance.portal.tenant;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.freelance.portal.base.MailGateway;
import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.Tokens;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails an invitation's link once the invitation is committed, in the inviting admin's request as
 * before. The link gets a token of its own, minted here and kept only as its hash: neither the
 * inviter nor the event publication registry ever holds a usable link. A refused mail is recorded on
 * the invitation (the admin's list says so) and thrown, so the publication is retried later with a
 * fresh token; an invitation already mailed, accepted, revoked or expired is not mailed.
 */
@Component
class InvitationMailer {

    private final InvitationRepository invitations;
    private final MailGateway mail;
    private final PortalProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    InvitationMailer(InvitationRepository invitations, MailGateway mail, PortalProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.invitations = invitations;
        this.mail = mail;
        this.properties = properties;
        // after commit the finished transaction's resources are still bound: joining them would never commit
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener
    void on(MemberInvitedByMail event) {
        TenantScope.run(event.community(), () -> freshToken(event.invitationId()).ifPresent(token -> {
            try {
                mail.deliver(event.email(), "invitation", Locale.of(event.language()), event.communityName(),
                        event.inviterName(), properties.link("/invitation/" + token), InvitationService.VALIDITY.toDays());
            } catch (MailGateway.NotSent e) {
                record(event.invitationId(), false);
                throw e;
            }
            record(event.invitationId(), true);
        }));
    }

    private Optional<String> freshToken(Long invitationId) {
        return ownTransaction.execute(status -> invitations.findById(invitationId)
                .filter(i -> i.isPending(clock.instant()) && i.getMailSentAt() == null).map(invitation -> {
                    String token = Tokens.newToken();
                    invitation.rekey(Tokens.hash(token));
                    return token;
                }));
    }

    private void record(Long invitationId, boolean sent) {
        ownTransaction.executeWithoutResult(status -> invitations.findById(invitationId).ifPresent(invitation -> {
            if (sent) {
                invitation.mailSent(clock.instant());
            } else {
                invitation.mailFailed(clock.instant());
            }
        }));
    }
}
