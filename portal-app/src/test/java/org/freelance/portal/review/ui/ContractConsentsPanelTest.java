package org.freelance.portal.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ContractConsentService;
import org.freelance.portal.review.ContractConsentService.ConsentView;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The requester sees on the request's page who may read its contract through a linked case. */
class ContractConsentsPanelTest extends ReviewViewTestSupport {

    @Autowired
    ContractConsentService consents;

    @Test
    void requester_sees_who_reads_the_contract_and_since_when_then_the_withdrawal_and_experts_see_nothing_of_it() {
        CommunityView community = newCommunity("RevConsent");
        AccountView requester = person(community, "Camille Martin", Role.MEMBER);
        AccountView lead = person(community, "Maya Référente", Role.MEDIATOR);
        AccountView expert = person(community, "Erin Experte", Role.EXPERT);
        Long request = request(requester, community, "Contrat Alpha");
        shareWith(requester, community, request, expert);

        signInAs(requester);
        open(detail(community, request), ReviewDetailView.class);
        assertThat($(ContractConsentsPanel.class).all()).as("no consent yet, no panel").isEmpty();

        ConsentView given = as(requester, community, () -> consents.grant(request, lead.id()));
        signInAs(requester);
        ReviewDetailView page = open(detail(community, request), ReviewDetailView.class);
        assertThat(textOf($(Div.class, page).id("review-consents"))).contains(
                "Accès au contrat donné depuis un dossier", "pas les avis des experts",
                "Maya Référente : accès donné le " + Formats.dateTime(given.grantedAt()) + ", en cours.");

        as(requester, community, () -> {
            consents.revoke(request, lead.id());
            return null;
        });
        ConsentView withdrawn = as(requester, community, () -> consents.latest(request, lead.id())).orElseThrow();
        signInAs(requester);
        page = open(detail(community, request), ReviewDetailView.class);
        assertThat(textOf($(Div.class, page).id("review-consents"))).contains("Maya Référente : accès donné le "
                + Formats.dateTime(given.grantedAt()) + ", retiré le " + Formats.dateTime(withdrawn.revokedAt()) + ".");

        signInAs(expert);
        open(detail(community, request), ReviewDetailView.class);
        assertThat($(ContractConsentsPanel.class).all()).isEmpty();
        assertThat(pageText()).doesNotContain("Maya Référente");
    }
}
