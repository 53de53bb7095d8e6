package org.freelance.portal.knowledge.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.ui.CaseDetailView;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ui.ReviewDetailView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The similar lessons learned shown on a case's page and on a review request's page. */
class KnowledgeSimilarViewTest extends ViewTestSupport {

    @Autowired
    KnowledgeService knowledge;
    @Autowired
    CaseService cases;
    @Autowired
    ReviewService reviews;

    @Test
    void a_case_page_links_the_most_similar_published_lessons_learned() {
        KnowledgeScene scene = scene();
        Long payment = scene.published(KnowledgeScene.payment());
        scene.published(KnowledgeScene.scope());
        AccountView freelancer = scene.person("freelance", Role.MEMBER);
        Long caseId = scene.as(freelancer, () -> cases.createDraft(new CaseIntake("Factures impayées, aucun acompte",
                null, null, new CaseIntake.Mission("Migration de données", null, null, null, null, null), null,
                new CaseIntake.Problem(ProblemCategory.LATE_PAYMENT,
                        "Le client ne paie plus les factures depuis deux mois.", null, Urgency.HIGH))));
        signInAs(freelancer);

        CaseDetailView page = open("c/" + scene.community.slug() + "/cases/" + caseId, CaseDetailView.class);
        Div similar = $(Div.class, page).withId("kb-similar").single();
        assertThat(textOf(similar)).startsWith("Retours d’expérience similaires");
        Anchor first = $(Anchor.class, similar).first();
        assertThat(first.getHref()).isEqualTo(scene.page(payment));
        assertThat(first.getText()).startsWith("Factures impayées");
        assertThat(textOf(similar)).doesNotContain("Jeanne Martin");
    }

    @Test
    void a_review_request_page_shows_similar_lessons_learned_or_says_there_are_none() {
        KnowledgeScene scene = scene();
        AccountView requester = scene.person("requester", Role.MEMBER);
        Long request = scene.as(requester, () -> reviews.create(new MissionContext("Migration de données", "Beta",
                null, Pricing.TOTAL, new BigDecimal("10000"), LocalDate.of(2026, 3, 1), null, "Factures et acompte"),
                ContractInput.paste("CONTRAT\n\nArticle 1 – Paiement\nLes factures sont payables à 90 jours fin de "
                        + "mois.\n\n" + "Le prestataire exécute la mission avec soin. ".repeat(10))));
        signInAs(requester);
        ReviewDetailView page = open("c/" + scene.community.slug() + "/reviews/" + request, ReviewDetailView.class);
        assertThat(textOf($(Div.class, page).withId("kb-similar").single()))
                .contains("Aucun retour d’expérience publié ne ressemble à celui-ci.");

        Long payment = scene.published(KnowledgeScene.payment());
        page = open("c/" + scene.community.slug() + "/reviews/" + request, ReviewDetailView.class);
        List<String> links = $(Anchor.class, $(Div.class, page).withId("kb-similar").single()).all().stream()
                .map(Anchor::getHref).toList();
        assertThat(links).contains(scene.page(payment));
    }

    private KnowledgeScene scene() {
        return new KnowledgeScene(fixtures(), knowledge);
    }
}
