package org.freelance.portal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.ModerationAction;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.freelance.portal.knowledge.KnowledgeViews.ReplacementView;
import org.freelance.portal.knowledge.pseudonym.EntityKind;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Lessons learned through the service on the real database: drafting, pseudonymisation review, publication. */
@DomainIntegrationTest
public class KnowledgeServiceIT {

    @Autowired TestFixtures fixtures;
    @Autowired KnowledgeService knowledge;
    @Autowired CaseService cases;

    CommunityView community;
    AccountView eric;
    AccountView ada;
    AccountView alice;
    AccountView maya;

    @BeforeEach
    void community() {
        community = fixtures.community("Kb");
        eric = fixtures.member(community, Role.EXPERT);
        ada = fixtures.member(community, Role.ADMIN);
        alice = fixtures.member(community, Role.MEMBER);
        maya = fixtures.member(community, Role.MEDIATOR);
    }

    static final List<KnownParty> PARTIES = List.of(
            KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil SAS"),
            KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin", "jeanne.martin@alpha-conseil.fr"));

    static ArticleDraft draft() {
        return new ArticleDraft("Trois factures impayées chez Alpha Conseil",
                "Mission ServiceNow de six mois pour Alpha Conseil, via une ESN.",
                "Le 12 mars 2025, Jeanne Martin a promis un virement de 18 450 € « sous quinze jours ». "
                        + "Rien n'est arrivé ; Jeanne ne répondait plus aux e-mails (jeanne.martin@alpha-conseil.fr).",
                "La mise en demeure envoyée par lettre recommandée a débloqué le paiement en dix jours.",
                "Demander un acompte\nPrévoir les pénalités de retard et l'indemnité de 40 €\nTout écrire",
                Set.of(ClauseCategory.PAYMENT_TERMS, ClauseCategory.LATE_PAYMENT_PENALTIES), Outcome.PAID_IN_FULL, 6,
                Sector.IT_SERVICES, 2025, PARTIES);
    }

    static String key(Throwable e) {
        return ((PortalException) e).messageKey();
    }

    @Test
    void an_expert_drafts_an_admin_reviews_the_replacements_and_publishes_a_pseudonymised_article() {
        Long id = fixtures.as(eric, community, () -> knowledge.create(draft()));
        fixtures.as(eric, community, () -> knowledge.submit(id));
        assertThat(fixtures.as(ada, community, () -> knowledge.reviewQueue())).extracting(a -> a.id()).contains(id);

        ArticleReview review = fixtures.as(ada, community, () -> knowledge.review(id));
        assertThat(review.status()).isEqualTo(ArticleStatus.IN_REVIEW);
        assertThat(review.canModerate()).isTrue();
        String happened = review.fields().get(Field.WHAT_HAPPENED).preview();
        assertThat(happened).doesNotContain("Jeanne", "Martin", "alpha-conseil", "18 450", "12 mars")
                .contains("mars 2025");
        assertThat(review.fields().get(Field.TITLE).preview()).doesNotContain("Alpha");
        assertThat(review.fields().get(Field.WHAT_HAPPENED).replacements()).extracting(ReplacementView::kind)
                .contains(EntityKind.KNOWN_PARTY, EntityKind.DATE, EntityKind.AMOUNT);
        assertThat(review.publishable()).isTrue();
        // every amount becomes a range, the statutory 40 € indemnity too: the reviewer undoes that one
        ReplacementView indemnity = review.fields().get(Field.NEXT_TIME).replacements().stream()
                .filter(r -> r.original().equals("40 €")).findFirst().orElseThrow();
        fixtures.as(ada, community, () -> knowledge.keep(indemnity.id(), false));

        fixtures.as(ada, community, () -> knowledge.publish(id, Scope.COMMUNITY));
        PublishedArticle published = fixtures.as(alice, community, () -> knowledge.published(id));
        assertThat(published.whatHappened()).isEqualTo(happened);
        assertThat(published.nextTime()).containsExactly("Demander un acompte",
                "Prévoir les pénalités de retard et l'indemnité de 40 €", "Tout écrire");
        assertThat(published.title() + published.context() + published.whatWorked()).doesNotContain("Alpha", "Jeanne");
        assertThat(fixtures.as(eric, community, () -> knowledge.review(id)).log())
                .extracting(l -> l.action()).containsExactly(ModerationAction.CREATED, ModerationAction.SUBMITTED,
                        ModerationAction.PUBLISHED);
    }

    @Test
    void the_leak_guard_blocks_publication_while_a_known_party_remains() {
        Long id = fixtures.as(eric, community, () -> knowledge.create(draft()));
        fixtures.as(eric, community, () -> knowledge.submit(id));
        ReplacementView jeanne = fixtures.as(ada, community, () -> knowledge.review(id)).fields()
                .get(Field.WHAT_HAPPENED).replacements().stream().filter(r -> r.original().equals("Jeanne Martin"))
                .findFirst().orElseThrow();
        fixtures.as(ada, community, () -> knowledge.keep(jeanne.id(), false));
        ArticleReview undone = fixtures.as(ada, community, () -> knowledge.review(id));
        assertThat(undone.publishable()).isFalse();
        assertThat(undone.fields().get(Field.WHAT_HAPPENED).leaks()).contains("Jeanne Martin");
        assertThatThrownBy(() -> fixtures.as(ada, community, () -> knowledge.publish(id, Scope.COMMUNITY)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.leak"));

        fixtures.as(ada, community, () -> knowledge.keep(jeanne.id(), true));
        fixtures.as(ada, community, () -> knowledge.publish(id, Scope.SHARED));
        assertThat(fixtures.as(alice, community, () -> knowledge.published(id)).scope()).isEqualTo(Scope.SHARED);
    }

    @Test
    void the_reviewer_picks_an_alias_and_adds_a_replacement_the_engine_missed() {
        ArticleDraft base = draft();
        ArticleDraft withNickname = new ArticleDraft(base.title(), base.context(),
                base.whatHappened() + " Son collègue surnommé Zorglub a confirmé.", base.whatWorked(),
                base.nextTime(), base.categories(), base.outcome(), base.durationMonths(), base.sector(), base.year(),
                base.parties());
        Long id = fixtures.as(eric, community, () -> knowledge.create(withNickname));
        fixtures.as(eric, community, () -> knowledge.submit(id));
        ArticleReview review = fixtures.as(ada, community, () -> knowledge.review(id));
        Long client = review.parties().stream().filter(p -> p.party().organisation()).findFirst().orElseThrow().id();
        fixtures.as(ada, community, () -> knowledge.alias(client, "Vector"));
        String text = review.fields().get(Field.WHAT_HAPPENED).original();
        int start = text.indexOf("Zorglub");
        fixtures.as(ada, community, () -> knowledge.addReplacement(id, Field.WHAT_HAPPENED, start, start + 7, "X"));
        assertThatThrownBy(() -> fixtures.as(ada, community,
                () -> knowledge.addReplacement(id, Field.WHAT_HAPPENED, start, start + 3, "Y")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.span"));

        ArticleReview after = fixtures.as(ada, community, () -> knowledge.review(id));
        assertThat(after.fields().get(Field.TITLE).preview()).contains("Vector");
        assertThat(after.fields().get(Field.WHAT_HAPPENED).preview()).contains("surnommé X").doesNotContain("Zorglub");
    }

    @Test
    void a_draft_is_completed_before_review_and_the_admin_can_send_it_back_or_retire_it() {
        ArticleDraft empty = new ArticleDraft("Titre seul", null, null, null, null, null, null, null, null, null,
                null);
        Long id = fixtures.as(maya, community, () -> knowledge.create(empty));
        assertThatThrownBy(() -> fixtures.as(maya, community, () -> knowledge.submit(id)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.what-happened"));
        fixtures.as(maya, community, () -> knowledge.save(id, draft()));
        fixtures.as(maya, community, () -> knowledge.submit(id));
        assertThatThrownBy(() -> fixtures.as(ada, community, () -> knowledge.returnToAuthor(id, " ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.note-required"));
        fixtures.as(ada, community, () -> knowledge.returnToAuthor(id, "Le montant reste trop précis."));
        assertThat(fixtures.as(maya, community, () -> knowledge.review(id)).canEdit()).isTrue();
        fixtures.as(maya, community, () -> knowledge.submit(id));
        fixtures.as(ada, community, () -> knowledge.publish(id, Scope.COMMUNITY));
        fixtures.as(ada, community, () -> knowledge.retire(id, "Remplacé par un article plus complet."));
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> knowledge.published(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(maya, community, () -> knowledge.review(id)).log()).extracting(l -> l.action())
                .containsExactly(ModerationAction.CREATED, ModerationAction.SUBMITTED, ModerationAction.RETURNED,
                        ModerationAction.SUBMITTED, ModerationAction.PUBLISHED, ModerationAction.RETIRED);
    }

    /** The draft with another year and duration, and the title saying so. */
    static ArticleDraft dated(String title, Integer year, Integer months) {
        ArticleDraft d = draft();
        return new ArticleDraft(title, d.context(), d.whatHappened(), d.whatWorked(), d.nextTime(), d.categories(),
                d.outcome(), months, d.sector(), year, d.parties());
    }

    @Test
    void a_year_or_a_duration_out_of_range_is_refused_on_create_and_no_draft_is_stored() {
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.create(dated("Avant", 1989, 6))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.year"))
                .satisfies(e -> assertThat(((PortalException) e).arguments()).containsExactly("1990", "2100"));
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.create(dated("Après", 2101, 6))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.year"));
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.create(dated("Négative", 2025, -1))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.duration"))
                .satisfies(e -> assertThat(((PortalException) e).arguments()).containsExactly("600"));
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.create(dated("Trop longue", 2025, 601))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.duration"));
        assertThat(fixtures.as(eric, community, () -> knowledge.mine())).isEmpty();
    }

    @Test
    void a_year_or_a_duration_out_of_range_is_refused_on_save_and_the_draft_keeps_what_it_had() {
        Long id = fixtures.as(eric, community, () -> knowledge.create(draft()));
        for (ArticleDraft refused : List.of(dated("Modifié", 1989, 6), dated("Modifié", 2101, 6),
                dated("Modifié", 2025, -1), dated("Modifié", 2025, 601))) {
            assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.save(id, refused)))
                    .satisfies(e -> assertThat(key(e)).isEqualTo(refused.year() == 2025 ? "error.kb.duration"
                            : "error.kb.year"));
            ArticleDraft stored = fixtures.as(eric, community, () -> knowledge.review(id)).draft();
            assertThat(stored.title()).isEqualTo("Trois factures impayées chez Alpha Conseil");
            assertThat(stored.year()).isEqualTo(2025);
            assertThat(stored.durationMonths()).isEqualTo(6);
        }
    }

    @Test
    void the_first_and_last_years_and_durations_of_zero_and_fifty_years_are_accepted() {
        Long id = fixtures.as(eric, community, () -> knowledge.create(dated("Bornes basses", 1990, 0)));
        ArticleDraft low = fixtures.as(eric, community, () -> knowledge.review(id)).draft();
        assertThat(low.year()).isEqualTo(1990);
        assertThat(low.durationMonths()).isZero();

        fixtures.as(eric, community, () -> knowledge.save(id, dated("Bornes hautes", 2100, 600)));
        ArticleDraft high = fixtures.as(eric, community, () -> knowledge.review(id)).draft();
        assertThat(high.year()).isEqualTo(2100);
        assertThat(high.durationMonths()).isEqualTo(600);
        assertThat(high.title()).isEqualTo("Bornes hautes");
    }

    @Test
    void the_authors_text_stays_with_the_author_and_the_admins_and_nothing_crosses_communities() {
        Long id = fixtures.as(eric, community, () -> knowledge.create(draft()));
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> knowledge.review(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(maya, community, () -> knowledge.save(id, draft())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> knowledge.create(draft())))
                .isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> knowledge.published(id)))
                .isInstanceOf(NotFoundException.class);
        fixtures.as(eric, community, () -> knowledge.submit(id));
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.publish(id, Scope.COMMUNITY)))
                .isInstanceOf(PortalException.class);
        fixtures.as(ada, community, () -> knowledge.publish(id, Scope.COMMUNITY));

        CommunityView other = fixtures.community("Other");
        AccountView otherAdmin = fixtures.member(other, Role.ADMIN, Role.EXPERT);
        assertThatThrownBy(() -> fixtures.as(otherAdmin, other, () -> knowledge.published(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(otherAdmin, other, () -> knowledge.review(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(otherAdmin, other, () -> knowledge.reviewQueue())).isEmpty();
    }

    @Test
    void the_lead_of_a_closed_case_drafts_from_it_with_its_parties() {
        CaseIntake intake = new CaseIntake("Factures impayées Alpha",
                new CaseIntake.Client("Alpha Conseil SAS", null, null,
                        List.of(new CaseIntake.Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha-conseil.fr", null))),
                Map.of(), new CaseIntake.Mission("Intégration ServiceNow", LocalDate.of(2025, 1, 6), null,
                        Pricing.DAILY_RATE, new BigDecimal("650"), null),
                null, new CaseIntake.Problem(ProblemCategory.LATE_PAYMENT, "Trois factures impayées.", null,
                        Urgency.HIGH));
        Long caseId = fixtures.as(alice, community, () -> cases.createDraft(intake));
        fixtures.as(alice, community, () -> cases.submit(caseId));
        fixtures.as(maya, community, () -> cases.take(caseId, false, "Aucun lien"));
        assertThatThrownBy(() -> fixtures.as(maya, community, () -> knowledge.draftFromCase(caseId)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.kb.case-not-closed"));
        fixtures.as(maya, community, () -> cases.move(caseId, CaseStatus.RESOLVED, "Accord : paiement sous 15 jours"));
        fixtures.as(maya, community, () -> cases.move(caseId, CaseStatus.CLOSED, null));
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> knowledge.draftFromCase(caseId)))
                .isInstanceOf(NotFoundException.class);

        Long id = fixtures.as(maya, community, () -> knowledge.draftFromCase(caseId));
        ArticleReview review = fixtures.as(maya, community, () -> knowledge.review(id));
        assertThat(review.sourceCaseId()).isEqualTo(caseId);
        assertThat(review.draft().title()).isEqualTo("Factures impayées Alpha");
        assertThat(review.draft().whatWorked()).isEqualTo("Accord : paiement sous 15 jours");
        assertThat(review.draft().outcome()).isEqualTo(Outcome.AGREEMENT);
        assertThat(review.draft().categories()).contains(ClauseCategory.PAYMENT_TERMS);
        assertThat(review.parties()).extracting(p -> p.party().name())
                .contains("Alpha Conseil SAS", "Jeanne Martin");
    }

    @Test
    void an_admin_cannot_read_a_lesson_drafted_from_a_case_until_its_author_submits_it() {
        CaseIntake intake = new CaseIntake("Factures impayées Alpha",
                new CaseIntake.Client("Alpha Conseil SAS", null, null,
                        List.of(new CaseIntake.Contact("Jeanne Martin", "DSI", "jeanne.martin@alpha-conseil.fr", null))),
                Map.of(), new CaseIntake.Mission("Intégration ServiceNow", LocalDate.of(2025, 1, 6), null,
                        Pricing.DAILY_RATE, new BigDecimal("650"), null),
                null, new CaseIntake.Problem(ProblemCategory.LATE_PAYMENT, "Trois factures impayées.", null,
                        Urgency.HIGH));
        Long caseId = fixtures.as(alice, community, () -> cases.createDraft(intake));
        fixtures.as(alice, community, () -> cases.submit(caseId));
        fixtures.as(maya, community, () -> cases.take(caseId, false, "Aucun lien"));
        fixtures.as(maya, community, () -> cases.move(caseId, CaseStatus.RESOLVED, "Accord : paiement sous 15 jours"));
        fixtures.as(maya, community, () -> cases.move(caseId, CaseStatus.CLOSED, null));
        Long id = fixtures.as(maya, community, () -> knowledge.draftFromCase(caseId));

        assertThatThrownBy(() -> fixtures.as(ada, community, () -> knowledge.review(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(ada, community, () -> knowledge.reviewQueue())).isEmpty();

        fixtures.as(maya, community, () -> knowledge.save(id, draft()));
        fixtures.as(maya, community, () -> knowledge.submit(id));
        assertThat(fixtures.as(ada, community, () -> knowledge.review(id)).status()).isEqualTo(ArticleStatus.IN_REVIEW);

        fixtures.as(ada, community, () -> knowledge.returnToAuthor(id, "Le nom du client reste visible."));
        assertThatThrownBy(() -> fixtures.as(ada, community, () -> knowledge.review(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixtures.as(maya, community, () -> knowledge.review(id)).status()).isEqualTo(ArticleStatus.DRAFT);
    }
}
