package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;

class AccessDeniedViewTest extends ViewTestSupport {

    @Test
    void member_of_autre_tampering_with_the_url_of_demo_gets_the_french_refusal() {
        signInAs(BOB_OF_AUTRE);

        AccessDeniedView page = assertRefused("c/" + DEMO);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Accès refusé");
        assertThat($(Anchor.class, page).single().getText()).isEqualTo("Retour à l’accueil");
    }

    @Test
    void every_community_page_of_demo_is_refused_to_a_member_of_autre() {
        signInAs(BOB_OF_AUTRE);

        for (String page : new String[] {"", "/members", "/audit", "/notifications"}) {
            assertRefused("c/" + DEMO + page);
        }
    }

    @Test
    void a_service_refusal_while_opening_a_page_shows_the_same_refusal() {
        signInAs(ALICE_MEMBER);

        assertRefused(FailingTestRoute.ROUTE + "/denied");
    }

    @Test
    void refusal_keeps_the_portal_frame_for_the_persons_own_communities() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/" + DEMO + "/audit");

        assertThat($(MainLayout.class).exists()).isTrue();
    }
}
