package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import java.util.Locale;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;

class InternalErrorViewTest extends ViewTestSupport {

    @Test
    void unexpected_failure_shows_a_translated_apology_with_a_correlation_id_and_no_detail() {
        signInAs(ALICE_MEMBER);

        InternalErrorView page = open(FailingTestRoute.ROUTE + "/unexpected", InternalErrorView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Une erreur est survenue");
        assertThat(textOf(page))
                .containsPattern("Une erreur inattendue est survenue\\. Réessayez ; si elle persiste, communiquez ce code "
                        + "à l’opérateur : [0-9a-f]{8}\\.")
                .doesNotContain(FailingTestRoute.SECRET, "IllegalStateException", "at org.");
    }

    @Test
    void failure_the_user_can_understand_shows_its_own_translated_message() {
        signInAs(ALICE_MEMBER);

        InternalErrorView page = open(FailingTestRoute.ROUTE + "/known", InternalErrorView.class);

        assertThat(textOf(page)).contains("La communauté doit garder au moins un administrateur.");
    }

    @Test
    void english_browser_gets_the_apology_in_english() {
        signInAs(fixtures().person("english"));
        browserSpeaks(Locale.ENGLISH);

        InternalErrorView page = open(FailingTestRoute.ROUTE + "/unexpected", InternalErrorView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Something went wrong");
    }
}
