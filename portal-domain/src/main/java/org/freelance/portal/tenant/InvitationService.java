package org.freelance.portal.tenant;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.freelance.portal.base.MailGateway;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.Tokens;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.OneTimeCodes;
import org.freelance.portal.identity.UserAccount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations into a community: an admin (or the operator, for a new community's first admin)
 * invites by email; the link carries a single-use token valid seven days. Accepting creates the
 * membership, for the signed-in person whose email matches, or for a newcomer who chooses a name and
 * password, which only a mailed link allows: a link shown to an admin (no SMTP) must not let the
 * admin set the invitee's password. Without mail, the operator may create the invitee's account with
 * a one-time code instead (audited).
 */
@Service
public class InvitationService {

    static final Duration VALIDITY = Duration.ofDays(7);

    /** The audit detail of an account created with a one-time code (the views put it in words). */
    public static final String ONE_TIME_CODE_SHOWN = "one-time-code-shown-once";

    private final InvitationRepository invitations;
    private final MembershipRepository memberships;
    private final CommunityRepository communities;
    private final CrossTenantQueries crossTenant;
    private final TenantAccess access;
    private final AccountService accounts;
    private final OneTimeCodes oneTimeCodes;
    private final AuditLog auditLog;
    private final MailGateway mail;
    private final PortalProperties properties;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InvitationService(InvitationRepository invitations, MembershipRepository memberships,
            CommunityRepository communities, CrossTenantQueries crossTenant, TenantAccess access,
            AccountService accounts, OneTimeCodes oneTimeCodes, AuditLog auditLog, MailGateway mail, PortalProperties properties,
            ApplicationEventPublisher events, EntityManager entityManager, PlatformTransactionManager transactions, Clock clock) {
        this.invitations = invitations;
        this.memberships = memberships;
        this.communities = communities;
        this.crossTenant = crossTenant;
        this.access = access;
        this.accounts = accounts;
        this.oneTimeCodes = oneTimeCodes;
        this.auditLog = auditLog;
        this.mail = mail;
        this.properties = properties;
        this.events = events;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Invites someone into the current community; community admins only. Refuses an invalid email
     * ({@code error.email.invalid}), no role ({@code error.member.roles-required}) and someone who is
     * already a member ({@code error.member.already}). When SMTP is configured the link is mailed after
     * commit (a failed mail is recorded and retried); otherwise it is returned to be passed on.
     */
    @Transactional
    public InvitationIssued invite(String email, Set<Role> roles) {
        access.requireRole(Role.ADMIN);
        return issue(email, roles, accounts.me());
    }

    /** The operator invites into the current community (a new community's first admin). */
    @Transactional
    public InvitationIssued inviteAsOperator(String email, Set<Role> roles) {
        accounts.requireOperator();
        return issue(email, roles, accounts.me());
    }

    @Transactional
    void recordCommunityCreated(String name) {
        accounts.requireOperator();
        auditLog.record(AuditEventType.COMMUNITY_CREATED, accounts.me(), null, name);
    }

    /** Invitations not accepted, revoked or expired yet; community admins only. */
    @Transactional(readOnly = true)
    public List<PendingInvitation> pending() {
        access.requireRole(Role.ADMIN);
        Instant now = clock.instant();
        return invitations.findAllByOrderByCreatedAtDesc().stream().filter(i -> i.isPending(now))
                .map(i -> new PendingInvitation(i.getId(), i.getEmail(), i.getRoles(), i.getCreatedAt(),
                        i.getExpiresAt(), i.isMailed(), i.isMailFailed()))
                .toList();
    }

    /** Revokes a pending invitation; its link stops working. Another community's id is not found. */
    @Transactional
    public void revoke(Long invitationId) {
        access.requireRole(Role.ADMIN);
        Invitation invitation = invitations.findById(invitationId).orElseThrow(NotFoundException::new);
        if (invitation.isPending(clock.instant())) {
            invitation.revoke(clock.instant());
            auditLog.record(AuditEventType.INVITATION_REVOKED, accounts.me(), invitation.getEmail(), null);
        }
    }

    /** What the link leads to, for anyone holding it; unknown tokens give {@link NotFoundException}. */
    public InvitationDetails describe(String token) {
        return inTenantOf(token, invitation -> {
            Community community = communities.findBySlug(invitation.tenantId()).orElseThrow(NotFoundException::new);
            AccountView account = accounts.ensureAccount(invitation.getEmail());
            return new InvitationDetails(community.getSlug(), community.getName(), invitation.getEmail(),
                    invitation.getRoles(), status(invitation, community), invitation.getExpiresAt(),
                    accounts.hasCredentials(account.id()), invitation.isMailed());
        });
    }

    /**
     * Accepts for the signed-in person, whose email must be the invited one
     * ({@code error.invitation.other-account}); returns the community's slug. A used, revoked or
     * expired link gives {@code error.invitation.invalid}.
     */
    public String acceptAsCurrentUser(String token) {
        return inTenantOf(token, invitation -> {
            requirePending(invitation);
            AccountView me = accounts.me();
            if (!me.email().equals(invitation.getEmail())) {
                throw new PortalException("error.invitation.other-account", invitation.getEmail());
            }
            join(invitation, me);
            return invitation.tenantId();
        });
    }

    /**
     * Accepts for a newcomer with no credentials yet: sets their name and first password and creates
     * the membership; returns the email to sign in with. Only a mailed link may do this
     * ({@code error.invitation.not-mailed} for a link that was shown to whoever invited). Refused if the
     * account can already sign in ({@code error.invitation.account-exists}), the name is blank or the
     * password too weak.
     */
    public String acceptWithNewPassword(String token, String displayName, String password) {
        return inTenantOf(token, invitation -> {
            requirePending(invitation);
            if (!invitation.isMailed()) {
                throw new PortalException("error.invitation.not-mailed", invitation.getEmail());
            }
            AccountView account = accounts.ensureAccount(invitation.getEmail());
            accounts.setInitialPassword(account.id(), displayName, password);
            join(invitation, account);
            return account.email();
        });
    }

    /**
     * The operator creates the account of someone they invited into the current community and whose
     * link could not be mailed: returns a one-time code, shown this once, which the person must replace
     * at their first sign-in; the audit log records it. Operator only; an invitation of someone else
     * or of another community is not found; a used, revoked or expired one gives
     * {@code error.invitation.invalid}; an account that can already sign in gives
     * {@code error.invitation.account-exists}.
     */
    @Transactional
    public InviteeAccount createAccountWithOneTimeCode(Long invitationId) {
        accounts.requireOperator();
        AccountView operator = accounts.me();
        Invitation invitation = invitations.findById(invitationId)
                .filter(i -> i.getInvitedBy().equals(operator.id())).orElseThrow(NotFoundException::new);
        requirePending(invitation);
        AccountView invitee = accounts.ensureAccount(invitation.getEmail());
        String code = oneTimeCodes.issue(invitee.id());
        auditLog.record(AuditEventType.ACCOUNT_CREATED_WITH_CODE, operator, invitee.email(), ONE_TIME_CODE_SHOWN);
        return new InviteeAccount(invitee.email(), code);
    }

    private InvitationIssued issue(String email, Set<Role> roles, AccountView inviter) {
        String normalised = AccountService.validEmail(email);
        if (roles == null || roles.isEmpty()) {
            throw new PortalException("error.member.roles-required");
        }
        AccountView invitee = accounts.ensureAccount(normalised);
        if (memberships.findByUserId(invitee.id()).isPresent()) {
            throw new PortalException("error.member.already", normalised);
        }
        // a mailed link is the invitee's alone (it may create their account): the mail, after commit,
        // carries a token of its own (InvitationMailer), and this one is never shown to anybody
        boolean mailed = mail.isConfigured();
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Invitation invitation = invitations.save(new Invitation(normalised, EnumSet.copyOf(roles),
                Tokens.hash(token), inviter.id(), now, now.plus(VALIDITY)));
        Community community = communities.findBySlug(invitation.tenantId()).orElseThrow(NotFoundException::new);
        if (mailed) {
            invitation.markMailed();
            String language = invitee.language() != null ? invitee.language() : community.getDefaultLanguage();
            events.publishEvent(new MemberInvitedByMail(community.getSlug(), invitation.getId(), normalised,
                    community.getName(), inviter.displayName(), language));
        }
        auditLog.record(AuditEventType.MEMBER_INVITED, inviter, normalised, String.valueOf(invitation.getRoles()));
        return new InvitationIssued(invitation.getId(), normalised, mailed ? null : properties.link("/invitation/" + token),
                mailed, accounts.hasCredentials(invitee.id()));
    }

    private void join(Invitation invitation, AccountView account) {
        var existing = memberships.findByUserId(account.id());
        if (existing.isPresent()) {
            Set<Role> merged = existing.get().getRoles();
            merged.addAll(invitation.getRoles());
            existing.get().setRoles(merged);
        } else {
            memberships.save(new Membership(entityManager.getReference(UserAccount.class, account.id()),
                    invitation.getRoles(), clock.instant()));
        }
        invitation.accept(clock.instant());
        auditLog.record(AuditEventType.INVITATION_ACCEPTED, account, account.email(),
                String.valueOf(invitation.getRoles()));
    }

    private void requirePending(Invitation invitation) {
        if (!invitation.isPending(clock.instant())) {
            throw new PortalException("error.invitation.invalid");
        }
        Community community = communities.findBySlug(invitation.tenantId()).orElseThrow(NotFoundException::new);
        if (community.isArchived()) {
            throw new PortalException("error.invitation.invalid");
        }
    }

    private InvitationDetails.Status status(Invitation invitation, Community community) {
        if (invitation.isAccepted()) {
            return InvitationDetails.Status.USED;
        }
        if (invitation.isPending(clock.instant()) && !community.isArchived()) {
            return InvitationDetails.Status.PENDING;
        }
        return invitation.getExpiresAt().isAfter(clock.instant()) ? InvitationDetails.Status.REVOKED
                : InvitationDetails.Status.EXPIRED;
    }

    /** The token names its community; the session is opened in that tenant, then the row is read there. */
    private <T> T inTenantOf(String token, java.util.function.Function<Invitation, T> work) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new NotFoundException();
        }
        String hash = Tokens.hash(token);
        String tenant = crossTenant.tenantOfInvitation(hash).orElseThrow(NotFoundException::new);
        return TenantScope.call(tenant, () -> transaction.execute(status -> work.apply(
                invitations.findByTokenHash(hash).orElseThrow(NotFoundException::new))));
    }
}
