package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;

class DomainNotFoundViewTest extends ViewTestSupport {

    @Test
    void record_missing_from_this_community_shows_the_french_not_found_page() {
        signInAs(ALICE_MEMBER);

        DomainNotFoundView page = open(FailingTestRoute.ROUTE + "/missing-record", DomainNotFoundView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Page introuvable");
        assertThat(textOf(page)).contains("Cette page n’existe pas, ou plus.");
        assertThat($(Anchor.class, page).single().getText()).isEqualTo("Retour à l’accueil");
    }
}
