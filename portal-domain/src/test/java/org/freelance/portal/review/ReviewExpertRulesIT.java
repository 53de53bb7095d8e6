package org.freelance.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Set;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewEnums.Verdict;
import org.freelance.portal.review.ReviewViews.ExpertReviewView;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
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

/**
 * What the service enforces on an expert's work, whatever the screen: a rejection carries a reason
 * the requester reads, an own point has a title, and a sent verdict stays editable until the
 * requester acts on it (issue 12, item 11).
 */
@DomainIntegrationTest
class ReviewExpertRulesIT {

    @Autowired TestFixtures fixtures;
    @Autowired ReviewService reviews;

    CommunityView community;
    AccountView alice;
    AccountView eric;
    Long id;

    @BeforeEach
    void takenRequest() {
        community = fixtures.community("ExpertRules");
        alice = fixtures.member(community, Role.MEMBER);
        eric = fixtures.member(community, Role.EXPERT);
        MissionContext mission = new MissionContext("Mission ServiceNow", "Alpha Conseil", null, Pricing.DAILY_RATE,
                new BigDecimal("650"), null, null, null);
        id = fixtures.as(alice, community, () -> reviews.create(mission, ContractInput.paste(ReviewSamples.UNBALANCED_CONTRACT)));
        fixtures.as(alice, community, () -> reviews.share(id, ShareMode.ALL_EXPERTS, Set.of()));
        fixtures.as(eric, community, () -> reviews.take(id));
    }

    @Test
    void rejecting_a_finding_without_a_reason_is_refused_and_the_reason_given_reaches_the_requester() {
        Long notice = finding(FindingType.NOTICE_TOO_SHORT).id();

        for (String blank : new String[] {null, "", "   \n"}) {
            assertThatThrownBy(() -> fixtures.as(eric, community, () -> {
                reviews.assess(notice, Decision.REJECTED, blank, null);
                return null;
            })).extracting("messageKey").isEqualTo("error.review.reject-reason");
        }
        assertThat(finding(FindingType.NOTICE_TOO_SHORT).assessments()).isEmpty();
        fixtures.as(eric, community, () -> {
            reviews.assess(notice, Decision.CONFIRMED, null, null);
            return null;
        });
        fixtures.as(eric, community, () -> {
            reviews.assess(notice, Decision.REJECTED, "Huit jours suffisent pour une mission d'un mois.", null);
            return null;
        });

        FindingView seenByAlice = fixtures.as(alice, community, () -> reviews.get(id)).findings().stream()
                .filter(f -> f.type() == FindingType.NOTICE_TOO_SHORT).findFirst().orElseThrow();
        assertThat(seenByAlice.isRejected()).isTrue();
        assertThat(seenByAlice.assessments()).singleElement()
                .satisfies(a -> assertThat(a.comment()).isEqualTo("Huit jours suffisent pour une mission d'un mois."));
    }

    @Test
    void an_own_point_needs_a_title_which_names_it_in_the_negotiation_list() {
        int start = ReviewSamples.UNBALANCED_CONTRACT.indexOf("Le taux journalier");

        assertThatThrownBy(() -> fixtures.as(eric, community, () -> reviews.addFinding(id, start, start + 40,
                ClauseCategory.PRICE, Severity.MINOR, "  ", "Pas de révision annuelle du taux.", null)))
                .extracting("messageKey").isEqualTo("error.review.point-title");
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> reviews.addFinding(id, start, start + 40,
                ClauseCategory.PRICE, Severity.MINOR, "x".repeat(201), "Pas de révision annuelle du taux.", null)))
                .extracting("messageKey").isEqualTo("error.review.point-title");
        fixtures.as(eric, community, () -> reviews.addFinding(id, start, start + 40, ClauseCategory.PRICE,
                Severity.MINOR, " Taux sans révision annuelle ", "Pas de révision annuelle du taux : au bout d'un an "
                        + "votre tarif aura perdu l'inflation.", "Le taux est révisé chaque 1er janvier."));

        NegotiationItem point = fixtures.as(alice, community, () -> reviews.negotiationList(id)).stream()
                .filter(i -> i.type() == null).findFirst().orElseThrow();
        assertThat(point.title()).isEqualTo("Taux sans révision annuelle");
        assertThat(fixtures.as(alice, community, () -> reviews.get(id)).findings())
                .filteredOn(f -> f.type() == null).singleElement()
                .satisfies(f -> assertThat(f.title()).isEqualTo("Taux sans révision annuelle"));
    }

    @Test
    void a_sent_verdict_can_be_changed_until_the_requester_marks_a_point_then_again_on_a_new_version() {
        fixtures.as(eric, community, () -> {
            reviews.submitVerdict(id, Verdict.NEGOTIATE, "Négociez le paiement.");
            return null;
        });
        assertThat(mine().locked()).isFalse();
        fixtures.as(eric, community, () -> {
            reviews.submitVerdict(id, Verdict.WALK_AWAY, "Le paiement au client final est rédhibitoire.");
            return null;
        });
        assertThat(mine().verdict()).isEqualTo(Verdict.WALK_AWAY);

        fixtures.as(alice, community, () -> {
            reviews.markPoint(id, "type:PAY_WHEN_PAID", PointStatus.OBTAINED, null);
            return null;
        });

        assertThat(mine().locked()).isTrue();
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> {
            reviews.submitVerdict(id, Verdict.SIGN, "Finalement signable.");
            return null;
        })).extracting("messageKey").isEqualTo("error.review.verdict-locked");
        assertThat(mine().verdict()).isEqualTo(Verdict.WALK_AWAY);

        fixtures.as(alice, community, () -> reviews.addVersion(id,
                ContractInput.paste(ReviewSamples.BETTER_CONTRACT)));
        assertThat(mine().locked()).as("a new version is reviewed again").isFalse();
        fixtures.as(eric, community, () -> {
            reviews.submitVerdict(id, Verdict.SIGN, "Version 2 signable.");
            return null;
        });
        assertThat(mine().verdict()).isEqualTo(Verdict.SIGN);
    }

    private ExpertReviewView mine() {
        return fixtures.as(eric, community, () -> reviews.get(id)).experts().stream()
                .filter(e -> e.expertId().equals(eric.id())).findFirst().orElseThrow();
    }

    private FindingView finding(FindingType type) {
        return fixtures.as(eric, community, () -> reviews.get(id)).findings().stream().filter(f -> f.type() == type)
                .findFirst().orElseThrow();
    }
}
