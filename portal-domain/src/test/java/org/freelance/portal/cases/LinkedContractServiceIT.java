package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.LinkedContractService.LinkedContract;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.review.ContractConsentService;
import org.freelance.portal.review.ContractConsentService.ConsentView;
import org.freelance.portal.review.ContractConsentService.GrantedContract;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The contract of a case's linked review request, read by the case's lead only with the freelancer's
 * consent, through the cases and review services on the real database.
 */
@DomainIntegrationTest
class LinkedContractServiceIT {

    @Autowired TestFixtures fixtures;
    @Autowired CaseService cases;
    @Autowired LinkedContractService linked;
    @Autowired ContractConsentService consents;
    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;

    CommunityView community;
    AccountView alice;
    AccountView eric;
    AccountView maya;
    AccountView erin;
    AccountView admin;
    Long review;
    Long otherReview;
    Long caseId;
    byte[] contractPdf;

    static final MissionContext MISSION = new MissionContext("Contrat Alpha", "Alpha Conseil", null, Pricing.TOTAL,
            new BigDecimal("12000"), null, null, null);

    @BeforeEach
    void scene() throws Exception {
        community = fixtures.community("Linked");
        alice = fixtures.member(community, Role.MEMBER);
        eric = fixtures.member(community, Role.EXPERT);
        maya = fixtures.member(community, Role.MEDIATOR);
        erin = fixtures.member(community, Role.EXPERT);
        admin = fixtures.member(community, Role.ADMIN);
        byte[] pdf = ContractDocuments.pdf();
        contractPdf = pdf;
        review = fixtures.as(alice, community, () -> reviews.create(MISSION, ContractInput.upload(pdf, "contrat.pdf")));
        // Erin reviews another request of Alice's (shared with her by name): that gives her nothing here
        otherReview = fixtures.as(alice, community, () -> reviews.create(MISSION,
                ContractInput.paste("CONTRAT DE PRESTATION\n\nArticle 1 – Objet\n"
                        + "Le prestataire réalise une mission. ".repeat(20))));
        fixtures.as(alice, community, () -> reviews.share(otherReview, ShareMode.NAMED, Set.of(erin.id())));
        CaseIntake base = CaseSamples.intake();
        CaseIntake intake = new CaseIntake(base.title(), base.client(), base.vetting(), new CaseIntake.Mission(
                "Mission", null, null, null, null, review), base.scoping(), base.problem());
        caseId = fixtures.as(alice, community, () -> cases.createDraft(intake));
        fixtures.as(alice, community, () -> cases.submit(caseId));
        fixtures.as(eric, community, () -> cases.take(caseId, false, "Aucun lien"));
        fixtures.as(eric, community, () -> cases.inviteSupporter(caseId, maya.id()));
    }

    static String key(Throwable e) {
        return ((PortalException) e).messageKey();
    }

    @Test
    void lead_reads_the_contract_only_once_the_freelancer_consents_and_no_longer_after_revoking() throws Exception {
        LinkedContract before = fixtures.as(eric, community, () -> linked.status(caseId));
        assertThat(before.consent()).isNull();
        assertThat(before.canRead()).isFalse();
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> linked.contract(caseId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> consents.contract(review)))
                .isInstanceOf(NotFoundException.class);
        // the review itself stays out of the lead's reach: he is not an expert it was shared with
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> reviews.get(review)))
                .isInstanceOf(NotFoundException.class);

        LinkedContract offered = fixtures.as(alice, community, () -> linked.status(caseId));
        assertThat(offered.canGrant()).isTrue();
        assertThat(offered.leadName()).isEqualTo(eric.displayName());
        ConsentView consent = fixtures.as(alice, community, () -> linked.grant(caseId));
        assertThat(consent.grantedByName()).isEqualTo(alice.displayName());
        assertThat(consent.granteeName()).isEqualTo(eric.displayName());
        assertThat(consent.grantedAt()).isNotNull();
        assertThat(consent.active()).isTrue();
        assertThat(fixtures.as(eric, community, () -> notifications.mine(20)))
                .extracting(NotificationView::messageKey).contains("case.contract-shared");

        LinkedContract granted = fixtures.as(eric, community, () -> linked.status(caseId));
        assertThat(granted.canRead()).isTrue();
        assertThat(granted.consent().grantedByName()).isEqualTo(alice.displayName());
        GrantedContract contract = fixtures.as(eric, community, () -> linked.contract(caseId));
        assertThat(contract.title()).isEqualTo("Contrat Alpha");
        assertThat(contract.latestText()).contains(ContractDocuments.LINES.getFirst().substring(0, 10));
        assertThat(contract.versions()).singleElement().satisfies(v -> assertThat(v.hasFile()).isTrue());
        assertThat(fixtures.as(eric, community, () -> linked.contractFile(caseId, 1))).get()
                .isEqualTo(contractPdf);
        // the consent opens the contract, not the experts' review of it
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> reviews.get(review)))
                .isInstanceOf(NotFoundException.class);

        fixtures.as(alice, community, () -> linked.revoke(caseId));
        LinkedContract revoked = fixtures.as(alice, community, () -> linked.status(caseId));
        assertThat(revoked.consent().active()).isFalse();
        assertThat(revoked.consent().revokedByName()).isEqualTo(alice.displayName());
        assertThat(revoked.consent().revokedAt()).isAfterOrEqualTo(revoked.consent().grantedAt());
        assertThat(revoked.canGrant()).isTrue();
        assertThat(fixtures.as(eric, community, () -> linked.status(caseId)).canRead()).isFalse();
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> linked.contract(caseId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> linked.contractFile(caseId, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> consents.contract(review)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(eric, community, () -> notifications.mine(20)))
                .extracting(NotificationView::messageKey).contains("case.contract-revoked");

        // consenting again is a new record; the lead reads again
        ConsentView again = fixtures.as(alice, community, () -> linked.grant(caseId));
        assertThat(again.id()).isNotEqualTo(consent.id());
        assertThat(fixtures.as(eric, community, () -> linked.contract(caseId)).title()).isEqualTo("Contrat Alpha");
        // the requester keeps the whole history; nobody else reads it
        assertThat(fixtures.as(alice, community, () -> consents.consents(review)))
                .extracting(ConsentView::id, ConsentView::active)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(again.id(), true),
                        org.assertj.core.groups.Tuple.tuple(consent.id(), false));
        for (AccountView other : List.of(eric, maya, erin, admin)) {
            assertThatThrownBy(() -> fixtures.as(other, community, () -> consents.consents(review)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void only_the_freelancer_consents_and_supporters_admins_and_other_experts_never_read() {
        fixtures.as(alice, community, () -> linked.grant(caseId));
        for (AccountView other : List.of(maya, erin, admin)) {
            assertThatThrownBy(() -> fixtures.as(other, community, () -> linked.status(caseId)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> linked.contract(caseId)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> linked.contractFile(caseId, 1)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> consents.contract(review)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> consents.latest(review, eric.id())))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
        }
        // Erin, expert of Alice's other request, reads that one, and still not this contract
        assertThat(fixtures.as(erin, community, () -> reviews.get(otherReview)).id()).isEqualTo(otherReview);
        assertThatThrownBy(() -> fixtures.as(erin, community, () -> reviews.get(review)))
                .isInstanceOf(NotFoundException.class);
        // nobody but the freelancer gives or withdraws the consent, through the case or the review
        for (AccountView other : List.of(eric, maya, erin, admin)) {
            assertThatThrownBy(() -> fixtures.as(other, community, () -> linked.grant(caseId)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> linked.revoke(caseId)))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> consents.grant(review, erin.id())))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(other, community, () -> consents.revoke(review, eric.id())))
                    .as(other.displayName()).isInstanceOf(NotFoundException.class);
        }
        // nor does a member of another community, in her own community
        CommunityView other = fixtures.community("Autre");
        AccountView foreign = fixtures.member(other, Role.EXPERT);
        assertThatThrownBy(() -> fixtures.as(foreign, other, () -> linked.contract(caseId)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(foreign, other, () -> consents.contract(review)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(eric, community, () -> linked.contract(caseId)).title()).isEqualTo("Contrat Alpha");
    }

    @Test
    void a_consent_needs_a_linked_review_and_a_lead() {
        Long unlinked = fixtures.as(alice, community, () -> cases.createDraft(CaseSamples.intake()));
        fixtures.as(alice, community, () -> cases.submit(unlinked));
        fixtures.as(eric, community, () -> cases.take(unlinked, false, "Aucun lien"));
        assertThat(fixtures.as(alice, community, () -> linked.status(unlinked)).linked()).isFalse();
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> linked.grant(unlinked)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.case.no-linked-review"));
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> linked.contract(unlinked)))
                .isInstanceOf(NotFoundException.class);

        CaseIntake base = CaseSamples.intake();
        Long waiting = fixtures.as(alice, community, () -> cases.createDraft(new CaseIntake(base.title(), base.client(),
                base.vetting(), new CaseIntake.Mission("Mission", null, null, null, null, review), base.scoping(),
                base.problem())));
        fixtures.as(alice, community, () -> cases.submit(waiting));
        LinkedContract noLead = fixtures.as(alice, community, () -> linked.status(waiting));
        assertThat(noLead.linked()).isTrue();
        assertThat(noLead.canGrant()).isFalse();
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> linked.grant(waiting)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.case.no-lead"));
        // the review side refuses a grantee outside the community or the requester herself
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> consents.grant(review, alice.id())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.consent-grantee"));
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> consents.grant(review, -1L)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.review.consent-grantee"));
    }

    @Test
    void a_lead_of_another_case_gains_nothing_from_this_consent() {
        fixtures.as(alice, community, () -> linked.grant(caseId));
        // Erin leads another case of Alice's linked to the same review: Alice consented to Eric, not to her
        CaseIntake base = CaseSamples.intake();
        Long second = fixtures.as(alice, community, () -> cases.createDraft(new CaseIntake(base.title(), base.client(),
                base.vetting(), new CaseIntake.Mission("Mission", null, null, null, null, review), base.scoping(),
                base.problem())));
        fixtures.as(alice, community, () -> cases.submit(second));
        fixtures.as(erin, community, () -> cases.take(second, false, "Aucun lien"));
        assertThat(fixtures.as(erin, community, () -> linked.status(second)).canRead()).isFalse();
        assertThatThrownBy(() -> fixtures.as(erin, community, () -> linked.contract(second)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(erin, community, () -> consents.contract(review)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(eric, community, () -> linked.contract(caseId)).title()).isEqualTo("Contrat Alpha");
    }
}
