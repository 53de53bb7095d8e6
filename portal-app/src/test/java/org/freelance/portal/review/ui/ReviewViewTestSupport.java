package org.freelance.portal.review.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the review view tests share: a contract with known unbalanced clauses, a better version of it,
 * and people with names of their own (fixtures are all called "Person m"), with their requests
 * prepared through the real services. No Spring annotation here: the context stays the one of
 * {@link ViewTestSupport}.
 */
abstract class ReviewViewTestSupport extends ViewTestSupport {

    /** Pay-when-paid, 90 days end of month, client-only termination with 8 days' notice, no mediation. */
    static final String CONTRACT = """
            CONTRAT DE PRESTATION DE SERVICES

            Article 1 – Objet
            Le Prestataire réalise pour le Client une mission d'expertise ServiceNow auprès du client final.

            Article 2 – Prix et paiement
            Le taux journalier est de 650 € HT par jour. Les factures sont payables à 90 jours fin de mois, \
            après réception du règlement du client final.

            Article 3 – Résiliation
            Le Client peut résilier le contrat à tout moment, sans motif, moyennant un préavis de 8 jours.

            Article 4 – Confidentialité
            Le Prestataire s'engage à garder strictement confidentielles toutes les informations du Client.

            Article 5 – Litiges
            Tout litige sera porté devant le Tribunal de commerce de Paris.
            """;

    /** Payment at 30 days and a mediation step, but unlimited liability added. */
    static final String BETTER_CONTRACT = CONTRACT
            .replace("payables à 90 jours fin de mois, après réception du règlement du client final",
                    "payables à 30 jours date de facture")
            .replace("Tout litige sera porté", "Avant tout procès, les parties recherchent une solution amiable. "
                    + "À défaut, tout litige sera porté")
            + "\nArticle 6 – Responsabilité\nLe Prestataire est responsable de tous les dommages, sans limitation.\n";

    /** A valid SIREN (Luhn) written as people write it. */
    static final String SIREN = "732 829 320";

    @Autowired
    ReviewService reviews;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;

    /** A new person with these roles in the community, renamed so screens can be read by name. */
    AccountView person(CommunityView community, String name, Role first, Role... more) {
        AccountView person = newMember(community, first, more);
        return as(person, community, () -> accounts.updateProfile(name, null));
    }

    static MissionContext mission(String title) {
        return new MissionContext(title, "Alpha Conseil", SIREN, Pricing.DAILY_RATE, new BigDecimal("650"),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31), "Intégration ITSM pour le client final.");
    }

    /** A request of this requester with {@link #CONTRACT} pasted, not shared yet. */
    Long request(AccountView requester, CommunityView community, String title) {
        return as(requester, community, () -> reviews.create(mission(title), ContractInput.paste(CONTRACT)));
    }

    void shareWithAllExperts(AccountView requester, CommunityView community, Long request) {
        as(requester, community, () -> {
            reviews.share(request, ShareMode.ALL_EXPERTS, Set.of());
            return null;
        });
    }

    void shareWith(AccountView requester, CommunityView community, Long request, AccountView... experts) {
        as(requester, community, () -> {
            reviews.share(request, ShareMode.NAMED, Arrays.stream(experts).map(AccountView::id)
                    .collect(Collectors.toSet()));
            return null;
        });
    }

    void take(AccountView expert, CommunityView community, Long request) {
        as(expert, community, () -> {
            reviews.take(request);
            return null;
        });
    }

    /** The message keys of a person's notifications in the community, newest first. */
    List<String> notificationKeys(AccountView person, CommunityView community) {
        return as(person, community, () -> notifications.mine(50)).stream().map(n -> n.messageKey()).toList();
    }

    static String reviews(CommunityView community) {
        return "c/" + community.slug() + "/" + ReviewListView.PAGE;
    }

    static String detail(CommunityView community, Long request) {
        return reviews(community) + "/" + request;
    }
}
