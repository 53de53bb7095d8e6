package org.freelance.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewEnums.Evolution;
import org.freelance.portal.review.ReviewEnums.FindingOrigin;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.review.analysis.FindingType;
import org.freelance.portal.review.analysis.Severity;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The second-opinion journey through the service, on the real database, and who may see what. */
@DomainIntegrationTest
public class ReviewServiceIT {

    @Autowired TestFixtures fixtures;
    @Autowired ReviewService reviews;
    @Autowired NotificationService notifications;
    @Autowired JdbcClient jdbc;

    CommunityView community;
    AccountView alice;
    AccountView eric;
    AccountView erin;
    AccountView admin;

    @BeforeEach
    void community() {
        community = fixtures.community("Review");
        alice = fixtures.member(community, Role.MEMBER);
        eric = fixtures.member(community, Role.EXPERT);
        erin = fixtures.member(community, Role.EXPERT);
        admin = fixtures.member(community, Role.ADMIN);
    }

    static MissionContext mission() {
        return ReviewSamples.mission("Mission ServiceNow Banque du Nord");
    }

    Long create(String text) {
        return fixtures.as(alice, community, () -> reviews.create(mission(), ContractInput.paste(text)));
    }

    @Test
    void an_uploaded_pdf_is_stored_with_its_checksum_and_pre_reviewed() throws Exception {
        byte[] pdf = ContractDocuments.pdf();
        Long id = fixtures.as(alice, community, () -> reviews.create(mission(), ContractInput.upload(pdf, "contrat.pdf")));

        RequestDetail detail = fixtures.as(alice, community, () -> reviews.get(id));
        assertThat(detail.shown().mediaType()).isEqualTo("application/pdf");
        assertThat(detail.shown().sha256()).isEqualTo(ContractTextExtractor.sha256(pdf));
        assertThat(detail.mission().clientIdentifier()).isEqualTo("732829320");
        assertThat(detail.findings()).extracting(FindingView::type).contains(FindingType.PAY_WHEN_PAID,
                FindingType.PAYMENT_TOO_LATE, FindingType.NOTICE_TOO_SHORT);
        assertThat(fixtures.as(alice, community, () -> reviews.contractFile(id, 1))).hasValue(pdf);
        assertThat(detail.permissions().requester()).isTrue();
    }

    @Test
    void bad_mission_data_is_refused_and_nothing_is_stored() {
        long before = jdbc.sql("select count(*) from review_request").query(Long.class).single();
        MissionContext badSiren = new MissionContext("T", "C", "732 829 321", Pricing.TOTAL, BigDecimal.TEN, null,
                null, null);
        assertThatThrownBy(() -> fixtures.as(alice, community,
                () -> reviews.create(badSiren, ContractInput.paste(ReviewSamples.UNBALANCED_CONTRACT))))
                .extracting("messageKey").isEqualTo("error.company.identifier");
        MissionContext badDates = new MissionContext("T", "C", null, Pricing.TOTAL, BigDecimal.TEN,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null);
        assertThatThrownBy(() -> fixtures.as(alice, community,
                () -> reviews.create(badDates, ContractInput.paste(ReviewSamples.UNBALANCED_CONTRACT))))
                .extracting("messageKey").isEqualTo("error.review.dates");
        assertThatThrownBy(() -> fixtures.as(alice, community,
                () -> reviews.create(mission(), ContractInput.paste("trop court"))))
                .extracting("messageKey").isEqualTo("error.review.text-too-short");
        assertThat(jdbc.sql("select count(*) from review_request").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void experts_take_assess_add_findings_comment_and_give_verdicts_and_the_requester_is_notified() {
        Long id = create(ReviewSamples.UNBALANCED_CONTRACT);
        assertThat(fixtures.as(eric, community, () -> reviews.queue())).isEmpty();
        fixtures.as(alice, community, () -> reviews.share(id, ShareMode.ALL_EXPERTS, Set.of()));

        assertThat(fixtures.as(eric, community, () -> reviews.queue())).extracting(r -> r.id()).containsExactly(id);
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> reviews.submitVerdict(id, Verdict.SIGN, "ok")))
                .extracting("messageKey").isEqualTo("error.review.take-first");
        fixtures.as(eric, community, () -> reviews.take(id));
        fixtures.as(erin, community, () -> reviews.take(id));
        assertThat(fixtures.as(eric, community, () -> reviews.queue())).isEmpty();

        RequestDetail seenByEric = fixtures.as(eric, community, () -> reviews.get(id));
        FindingView payWhenPaid = finding(seenByEric, FindingType.PAY_WHEN_PAID);
        FindingView confidentiality = finding(seenByEric, FindingType.CONFIDENTIALITY_ONE_SIDED);
        fixtures.as(eric, community, () -> reviews.assess(payWhenPaid.id(), Decision.CONFIRMED, "Inacceptable",
                "Paiement à 30 jours, quel que soit le client final."));
        fixtures.as(eric, community, () -> reviews.assess(confidentiality.id(), Decision.REJECTED, "Standard ici", null));
        int start = ReviewSamples.UNBALANCED_CONTRACT.indexOf("Le taux journalier");
        Long own = fixtures.as(erin, community, () -> reviews.addFinding(id, start, start + 40, ClauseCategory.PRICE,
                Severity.MINOR, "Taux sans révision", "Pas de révision annuelle du taux",
                "Le taux est révisé chaque 1er janvier."));
        fixtures.as(erin, community, () -> reviews.comment(id, 2, "Demandez aussi un acompte."));
        fixtures.as(alice, community, () -> reviews.comment(id, 2, "Merci, je le propose."));
        fixtures.as(eric, community, () -> reviews.submitVerdict(id, Verdict.NEGOTIATE, "Trois points bloquants."));

        RequestDetail seenByAlice = fixtures.as(alice, community, () -> reviews.get(id));
        assertThat(seenByAlice.experts()).extracting(e -> e.verdict()).containsExactly(Verdict.NEGOTIATE, null);
        assertThat(seenByAlice.comments()).extracting(c -> c.body()).containsExactly("Demandez aussi un acompte.",
                "Merci, je le propose.");
        assertThat(seenByAlice.findings()).filteredOn(f -> f.origin() == FindingOrigin.EXPERT).singleElement()
                .satisfies(f -> {
                    assertThat(f.id()).isEqualTo(own);
                    assertThat(f.quote()).isEqualTo(ReviewSamples.UNBALANCED_CONTRACT.substring(start, start + 40));
                    assertThat(f.clauseIndex()).isEqualTo(2);
                });
        List<NotificationView> aliceNotes = fixtures.as(alice, community, () -> notifications.mine(10));
        assertThat(aliceNotes).extracting(NotificationView::messageKey).contains("review.taken", "review.verdict");
        assertThat(fixtures.as(eric, community, () -> notifications.mine(10))).extracting(NotificationView::messageKey)
                .contains("review.shared");

        List<NegotiationItem> list = fixtures.as(alice, community, () -> reviews.negotiationList(id));
        assertThat(list).extracting(NegotiationItem::type).contains(FindingType.PAY_WHEN_PAID)
                .doesNotContain(FindingType.CONFIDENTIALITY_ONE_SIDED);
        assertThat(list).extracting(NegotiationItem::severity).isSorted();
        assertThat(list).filteredOn(i -> i.type() == FindingType.PAY_WHEN_PAID).singleElement()
                .satisfies(i -> {
                    assertThat(i.proposal()).isEqualTo("Paiement à 30 jours, quel que soit le client final.");
                    assertThat(i.confirmations()).isEqualTo(1);
                });
        assertThat(list).filteredOn(i -> i.type() == null).singleElement()
                .extracting(NegotiationItem::proposal).isEqualTo("Le taux est révisé chaque 1er janvier.");
    }

    @Test
    void negotiation_status_is_kept_and_a_new_version_shows_what_changed() {
        Long id = create(ReviewSamples.UNBALANCED_CONTRACT);
        fixtures.as(alice, community, () -> reviews.markPoint(id, "type:PAY_WHEN_PAID", PointStatus.OBTAINED,
                "Accepté par mail du 3 mars"));
        fixtures.as(alice, community, () -> reviews.addVersion(id, ContractInput.paste(ReviewSamples.BETTER_CONTRACT)));

        RequestDetail detail = fixtures.as(alice, community, () -> reviews.get(id));
        assertThat(detail.versions()).hasSize(2);
        assertThat(detail.evolution()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(FindingType.PAY_WHEN_PAID);
            assertThat(e.evolution()).isEqualTo(Evolution.RESOLVED);
        }).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(FindingType.NOTICE_TOO_SHORT);
            assertThat(e.evolution()).isEqualTo(Evolution.STILL_OPEN);
        }).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(FindingType.UNLIMITED_LIABILITY);
            assertThat(e.evolution()).isEqualTo(Evolution.NEW);
        });
        RequestDetail first = fixtures.as(alice, community, () -> reviews.get(id, 1));
        assertThat(first.findings()).extracting(FindingView::type).contains(FindingType.PAY_WHEN_PAID);
        fixtures.as(alice, community, () -> reviews.markPoint(id, "type:NOTICE_TOO_SHORT", PointStatus.CONCEDED, null));
        assertThat(fixtures.as(alice, community, () -> reviews.negotiationList(id)))
                .filteredOn(i -> i.type() == FindingType.NOTICE_TOO_SHORT).singleElement()
                .extracting(NegotiationItem::status).isEqualTo(PointStatus.CONCEDED);
        assertThatThrownBy(() -> fixtures.as(alice, community,
                () -> reviews.markPoint(id, "type:PAY_WHEN_PAID", PointStatus.OBTAINED, null)))
                .as("resolved in the latest version: no longer on the list").isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_contract_is_visible_to_its_requester_and_the_experts_it_is_shared_with_nobody_else() {
        Long id = create(ReviewSamples.UNBALANCED_CONTRACT);
        AccountView otherMember = fixtures.member(community, Role.MEMBER);
        for (AccountView outsider : List.of(eric, admin, otherMember)) {
            assertThatThrownBy(() -> fixtures.as(outsider, community, () -> reviews.get(id)))
                    .as("private request, %s", outsider.email()).isInstanceOf(NotFoundException.class);
        }
        fixtures.as(alice, community, () -> reviews.share(id, ShareMode.NAMED, Set.of(erin.id())));
        assertThat(fixtures.as(erin, community, () -> reviews.get(id)).id()).isEqualTo(id);
        for (AccountView outsider : List.of(eric, admin, otherMember)) {
            assertThatThrownBy(() -> fixtures.as(outsider, community, () -> reviews.get(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, community, () -> reviews.negotiationList(id)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, community, () -> reviews.contractFile(id, 1)))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(fixtures.as(eric, community, () -> reviews.sharedWithMe())).isEmpty();
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> {
            reviews.share(id, ShareMode.NAMED, Set.of(otherMember.id()));
            return null;
        })).extracting("messageKey").isEqualTo("error.review.not-an-expert");
        assertThatThrownBy(() -> fixtures.as(erin, community, () -> reviews.addVersion(id,
                ContractInput.paste(ReviewSamples.BETTER_CONTRACT)))).as("only the requester adds versions")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void no_other_community_sees_anything() {
        Long id = create(ReviewSamples.UNBALANCED_CONTRACT);
        fixtures.as(alice, community, () -> reviews.share(id, ShareMode.ALL_EXPERTS, Set.of()));
        CommunityView other = fixtures.community("Other");
        AccountView foreignExpert = fixtures.member(other, Role.EXPERT, Role.ADMIN);
        assertThatThrownBy(() -> fixtures.as(foreignExpert, other, () -> reviews.get(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(foreignExpert, other, () -> reviews.sharedWithMe())).isEmpty();
        assertThatThrownBy(() -> fixtures.as(foreignExpert, community, () -> reviews.get(id)))
                .as("tampered route: not a member of the request's community").isInstanceOf(PortalException.class);
        Long findingId = fixtures.as(alice, community, () -> reviews.get(id)).findings().getFirst().id();
        assertThatThrownBy(() -> fixtures.as(foreignExpert, other, () -> {
            reviews.assess(findingId, Decision.REJECTED, null, null);
            return null;
        })).isInstanceOf(NotFoundException.class);
    }

    private static FindingView finding(RequestDetail detail, FindingType type) {
        return detail.findings().stream().filter(f -> f.type() == type).findFirst().orElseThrow(
                () -> new AssertionError(type + " not found in " + detail.findings().stream().map(FindingView::type)
                        .toList()));
    }
}
