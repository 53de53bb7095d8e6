package org.freelance.portal.knowledge.ui;

import java.util.List;
import java.util.Set;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.CommunityScene;
import org.freelance.portal.testsupport.TestFixtures;

/**
 * A community of its own for one knowledge-base test, with a plain member, an expert (the author)
 * and an admin whose names say their part, and articles written, submitted and published through the
 * real {@link KnowledgeService}.
 */
final class KnowledgeScene extends CommunityScene {

    final AccountView member;
    final AccountView expert;
    final AccountView admin;
    private final KnowledgeService knowledge;

    KnowledgeScene(TestFixtures fixtures, KnowledgeService knowledge) {
        super(fixtures, "Kb", KnowledgeSearchView.PAGE);
        this.knowledge = knowledge;
        member = person("member", Role.MEMBER);
        expert = person("expert", Role.EXPERT);
        admin = person("admin", Role.ADMIN);
    }

    Long draft(ArticleDraft draft) {
        return as(expert, () -> knowledge.create(draft));
    }

    Long inReview(ArticleDraft draft) {
        Long id = draft(draft);
        as(expert, () -> knowledge.submit(id));
        return id;
    }

    Long published(ArticleDraft draft) {
        return published(draft, Scope.COMMUNITY);
    }

    Long published(ArticleDraft draft, Scope scope) {
        Long id = inReview(draft);
        as(admin, () -> knowledge.publish(id, scope));
        return id;
    }

    /** An article about an unpaid invoice where the client (Alpha Conseil SAS) and its contact are named. */
    static ArticleDraft payment() {
        return new ArticleDraft("Factures impayées : l'acompte qui aurait tout changé",
                "Mission de six mois pour Alpha Conseil SAS sans acompte.",
                "Les factures sont restées impayées pendant quatre-vingt-dix jours. Jeanne Martin ne répondait plus.",
                "Une mise en demeure précise, avec les pénalités de retard calculées, a débloqué le paiement.",
                "Exiger un acompte de 30 %\n- Écrire les pénalités de retard dans le contrat",
                Set.of(ClauseCategory.PAYMENT_TERMS, ClauseCategory.DEPOSIT), Outcome.PAID_IN_FULL, 6,
                Sector.IT_SERVICES, 2025, List.of(KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil SAS"),
                        KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin")));
    }

    static ArticleDraft scope() {
        return new ArticleDraft("Dérive du périmètre sans avenant", "Refonte d'un portail de données.",
                "Le périmètre a doublé au fil des réunions, sans avenant ni nouveau devis.",
                "Un avenant signé avant toute nouvelle demande.",
                "Refuser tout travail hors périmètre sans avenant écrit",
                Set.of(ClauseCategory.OBJECT_SCOPE), Outcome.CONTRACT_RENEGOTIATED, 4, Sector.DATA, 2024, List.of());
    }

    static ArticleDraft simple(String title, String body) {
        return new ArticleDraft(title, null, body, null, "Relire le contrat", Set.of(ClauseCategory.PRICE),
                Outcome.AGREEMENT, 2, Sector.CONSULTING, 2023, List.of());
    }
}
