package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;

class NotFoundViewTest extends ViewTestSupport {

    @Test
    void unknown_address_shows_the_french_not_found_page_with_the_way_home() {
        signInAs(ALICE_MEMBER);

        NotFoundView page = open("no/such/page", NotFoundView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Page introuvable");
        assertThat(textOf(page)).contains("Cette page n’existe pas, ou plus.");
        Anchor home = $(Anchor.class, page).single();
        assertThat(home.getText()).isEqualTo("Retour à l’accueil");
        assertThat(home.getHref()).isEmpty();
    }

    @Test
    void not_found_page_keeps_the_portal_frame() {
        signInAs(ALICE_MEMBER);

        open("no/such/page", NotFoundView.class);

        assertThat($(MainLayout.class).exists()).isTrue();
    }

    @Test
    void unknown_page_under_a_community_is_not_found_too() {
        signInAs(ALICE_MEMBER);

        open("c/" + DEMO + "/no-such-page", NotFoundView.class);
    }

    @Test
    void english_browser_gets_the_english_page() {
        signInAs(fixtures().person("english"));
        browserSpeaks(Locale.ENGLISH);

        NotFoundView page = open("no/such/page", NotFoundView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Page not found");
    }

    @Test
    void anonymous_visitor_is_asked_to_sign_in_rather_than_told_what_exists() {
        open("no/such/page", LoginView.class);
    }
}
