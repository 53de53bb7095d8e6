package org.freelance.portal.tenant;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.CurrentUser;
import org.freelance.portal.identity.UserAccount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities (tenants): the operator creates and archives them; members find the ones they belong
 * to. Entering a community is checked here, against the signed-in person's memberships.
 */
@Service
public class CommunityService {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");
    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    static final String DEFAULT_ACCENT = "#1a5fb4";

    private final CommunityRepository communities;
    private final MembershipRepository memberships;
    private final CrossTenantQueries crossTenant;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final TenantAccess access;
    private final InvitationService invitations;
    private final EntityManager entityManager;
    private final Clock clock;

    CommunityService(CommunityRepository communities, MembershipRepository memberships,
            CrossTenantQueries crossTenant, AccountService accounts, CurrentUser currentUser, TenantAccess access,
            InvitationService invitations, EntityManager entityManager, Clock clock) {
        this.communities = communities;
        this.memberships = memberships;
        this.crossTenant = crossTenant;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.access = access;
        this.invitations = invitations;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The communities the signed-in person belongs to (empty when anonymous). */
    @Transactional(readOnly = true)
    public List<MyCommunity> myCommunities() {
        return currentUser.id().map(crossTenant::communitiesOf).orElse(List.of());
    }

    /**
     * The community behind a slug with the signed-in person's roles there, only if they are a member
     * and it is not archived; empty otherwise, so a tampered URL learns nothing.
     */
    @Transactional(readOnly = true)
    public Optional<MyCommunity> enter(String slug) {
        if (slug == null) {
            return Optional.empty();
        }
        return myCommunities().stream().filter(c -> c.slug().equals(slug) && !c.archived()).findFirst();
    }

    /** The current community; requires membership. */
    @Transactional(readOnly = true)
    public CommunityView current() {
        return CommunityView.of(access.currentCommunity());
    }

    // --- operator ---------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<CommunityView> listAll() {
        accounts.requireOperator();
        return communities.findAllByOrderByNameAsc().stream().map(CommunityView::of).toList();
    }

    /**
     * Creates a community; operator only. Bad input gives a keyed {@link PortalException}
     * (name, slug format, slug taken, language, colour, contact email). When a first admin email is
     * given, that person is invited as ADMIN and the invitation link is returned.
     */
    public CreatedCommunity create(NewCommunity input) {
        if (input.firstAdminEmail() != null && !input.firstAdminEmail().isBlank()) {
            checkEmail(input.firstAdminEmail(), "error.community.first-admin-email");
        }
        CommunityView created = createCommunityRow(input);
        Optional<InvitationIssued> invitation = Optional.empty();
        if (input.firstAdminEmail() != null && !input.firstAdminEmail().isBlank()) {
            invitation = Optional.of(TenantScope.call(created.slug(),
                    () -> invitations.inviteAsOperator(input.firstAdminEmail(), EnumSet.of(Role.ADMIN))));
        }
        return new CreatedCommunity(created, invitation);
    }

    /**
     * The operator invites an admin into an existing, active community (a first admin whose link was
     * lost or expired, say); same refusals as {@link InvitationService#invite}, and an archived or
     * unknown community is not found. Operator only.
     */
    public InvitationIssued inviteAdmin(Long communityId, String email) {
        accounts.requireOperator();
        Community community = communities.findById(communityId).filter(c -> !c.isArchived())
                .orElseThrow(NotFoundException::new);
        return TenantScope.call(community.getSlug(), () -> invitations.inviteAsOperator(email, EnumSet.of(Role.ADMIN)));
    }

    /**
     * Without mail, the operator creates the account of the first admin they just invited into this
     * new community: the one-time code is returned once (see
     * {@link InvitationService#createAccountWithOneTimeCode}). Operator only; an unknown slug is not found.
     */
    public InviteeAccount createFirstAdminAccount(String slug, Long invitationId) {
        accounts.requireOperator();
        communities.findBySlug(slug == null ? "" : slug).orElseThrow(NotFoundException::new);
        return TenantScope.call(slug, () -> invitations.createAccountWithOneTimeCode(invitationId));
    }

    private static String checkEmail(String email, String errorKey) {
        try {
            return AccountService.validEmail(email);
        } catch (PortalException e) {
            throw new PortalException(errorKey, email);
        }
    }

    // not @Transactional: create() opens the new tenant's session only after this row is committed
    private CommunityView createCommunityRow(NewCommunity input) {
        accounts.requireOperator();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new PortalException("error.community.name");
        }
        String slug = input.slug() == null ? "" : input.slug().strip();
        if (!SLUG.matcher(slug).matches()) {
            throw new PortalException("error.community.slug-format");
        }
        if (communities.findBySlug(slug).isPresent()) {
            throw new PortalException("error.community.slug-taken", slug);
        }
        String language = input.defaultLanguage() == null ? "fr" : input.defaultLanguage();
        if (!LANGUAGES.contains(language)) {
            throw new PortalException("error.profile.language");
        }
        String colour = input.accentColour() == null || input.accentColour().isBlank() ? DEFAULT_ACCENT
                : input.accentColour().strip();
        if (!COLOUR.matcher(colour).matches()) {
            throw new PortalException("error.community.colour");
        }
        String contact = input.contactEmail() == null || input.contactEmail().isBlank() ? null
                : checkEmail(input.contactEmail(), "error.community.contact-email");
        String description = input.description() == null ? null : input.description().strip();
        if (description != null && description.length() > 2000) {
            throw new PortalException("error.community.description-too-long", 2000);
        }
        Community community = communities.save(
                new Community(slug, name, description, language, contact, colour, clock.instant()));
        TenantScope.run(slug, () -> invitations.recordCommunityCreated(name));
        return CommunityView.of(community);
    }

    /** Archives a community: its members can no longer enter it; nothing is deleted. Operator only. */
    @Transactional
    public CommunityView archive(Long communityId) {
        accounts.requireOperator();
        Community community = communities.findById(communityId).orElseThrow(NotFoundException::new);
        if (!community.isArchived()) {
            community.archive(clock.instant());
        }
        return CommunityView.of(community);
    }

    /**
     * Operator tool (also used by seeding): puts an existing account into the current community with
     * these roles, without an invitation. Refuses an empty role set or an existing member.
     */
    @Transactional
    public void addMemberDirectly(Long userId, Set<Role> roles) {
        accounts.requireOperator();
        if (roles == null || roles.isEmpty()) {
            throw new PortalException("error.member.roles-required");
        }
        if (memberships.findByUserId(userId).isPresent()) {
            throw new PortalException("error.member.already");
        }
        UserAccount user = entityManager.getReference(UserAccount.class, userId);
        memberships.save(new Membership(user, roles, clock.instant()));
    }
}
