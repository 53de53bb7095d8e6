package org.freelance.portal.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.review.ReviewViews.RequestSummary;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewListViewTest extends ReviewViewTestSupport {

    @Autowired
    CommunityService communities;

    @Test
    void member_sees_their_requests_newest_first_in_french() {
        CommunityView community = newCommunity("RevList");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        request(alice, community, "Mission ITSM Banque");
        Long second = request(alice, community, "Mission SAP Assureur");
        shareWithAllExperts(alice, community, second);
        signInAs(alice);

        ReviewListView page = open(reviews(community), ReviewListView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Deuxième avis sur contrat");
        assertThat(headings(page)).containsExactly("Mes demandes");
        GridTester<Grid<RequestSummary>, RequestSummary> mine = grid(page, "my-reviews");
        assertThat(IntStream.range(0, 6).mapToObj(mine::getHeaderCell)).containsExactly("Intitulé", "Client",
                "Partage", "Points relevés", "Avis", "Mise à jour");
        assertThat(titles(mine)).containsExactly("Mission SAP Assureur", "Mission ITSM Banque");
        assertThat(mine.getCellText(0, 1)).isEqualTo("Alpha Conseil");
        assertThat(mine.getCellText(0, 2)).isEqualTo("Tous les experts");
        assertThat(mine.getCellText(1, 2)).isEqualTo("Non partagée");
        assertThat(Integer.parseInt(mine.getCellText(0, 3))).isPositive();
        assertThat(mine.getCellText(0, 4)).isEqualTo("0");
        assertThat(page.getPageTitle()).isEqualTo("Deuxième avis sur contrat");
    }

    @Test
    void plain_member_has_no_shared_with_me_section() {
        CommunityView community = newCommunity("RevList");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        AccountView other = person(community, "Autre Membre", Role.MEMBER);
        shareWithAllExperts(other, community, request(other, community, "Contrat d’un autre"));
        signInAs(alice);

        ReviewListView page = open(reviews(community), ReviewListView.class);

        assertThat(headings(page)).containsExactly("Mes demandes");
        assertThat($(Grid.class, page).all()).hasSize(1);
        assertThat(textOf(page)).doesNotContain("Partagées avec moi");
    }

    @Test
    void new_member_is_told_to_ask_before_signing() {
        CommunityView community = newCommunity("RevList");
        signInAs(person(community, "Nouvelle Membre", Role.MEMBER));

        ReviewListView page = open(reviews(community), ReviewListView.class);

        Grid<?> mine = $(Grid.class, page).id("my-reviews");
        assertThat(test(GridTester.class, mine).size()).isZero();
        assertThat(mine.getEmptyStateText()).isEqualTo("Aucune demande de relecture pour l’instant : avant de signer "
                + "votre prochain contrat, demandez un deuxième avis à vos pairs.");
    }

    @Test
    void expert_sees_the_requests_shared_with_them_with_the_requester() {
        CommunityView community = newCommunity("RevList");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        AccountView eric = person(community, "Éric Expert", Role.EXPERT);
        AccountView erin = person(community, "Erin Experte", Role.EXPERT);
        shareWithAllExperts(alice, community, request(alice, community, "Pour tous les experts"));
        shareWith(alice, community, request(alice, community, "Pour Éric seulement"), eric);
        shareWith(alice, community, request(alice, community, "Pour Erin seulement"), erin);
        request(alice, community, "Pas encore partagée");
        signInAs(eric);

        ReviewListView page = open(reviews(community), ReviewListView.class);

        assertThat(headings(page)).containsExactly("Mes demandes", "Partagées avec moi");
        GridTester<Grid<RequestSummary>, RequestSummary> shared = grid(page, "shared-reviews");
        assertThat(shared.getHeaderCell(2)).isEqualTo("Demandeur");
        assertThat(titles(shared)).containsExactly("Pour Éric seulement", "Pour tous les experts");
        assertThat(shared.getCellText(0, 2)).isEqualTo("Alice Requérante");
        assertThat(shared.getCellText(0, 3)).isEqualTo("Experts choisis");
        assertThat(grid(page, "my-reviews").size()).isZero();
    }

    @Test
    void expert_with_nothing_shared_is_told_so() {
        CommunityView community = newCommunity("RevList");
        signInAs(person(community, "Éric Expert", Role.EXPERT));

        ReviewListView page = open(reviews(community), ReviewListView.class);

        assertThat($(Grid.class, page).id("shared-reviews").getEmptyStateText())
                .isEqualTo("Aucune demande partagée avec vous pour l’instant.");
    }

    @Test
    void expert_does_not_find_their_own_request_among_those_shared_with_them() {
        CommunityView community = newCommunity("RevList");
        AccountView eric = person(community, "Éric Expert", Role.MEMBER, Role.EXPERT);
        person(community, "Erin Experte", Role.EXPERT);
        shareWithAllExperts(eric, community, request(eric, community, "Mon propre contrat"));
        signInAs(eric);

        ReviewListView page = open(reviews(community), ReviewListView.class);

        assertThat(titles(grid(page, "my-reviews"))).containsExactly("Mon propre contrat");
        assertThat(grid(page, "shared-reviews").size()).isZero();
    }

    @Test
    void clicking_my_request_opens_it() {
        CommunityView community = newCommunity("RevList");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        Long id = request(alice, community, "Mission à ouvrir");
        signInAs(alice);
        ReviewListView page = open(reviews(community), ReviewListView.class);

        grid(page, "my-reviews").clickRow(0);

        ReviewDetailView detail = (ReviewDetailView) getCurrentView();
        assertThat(detail.detail().id()).isEqualTo(id);
        assertThat(detail.getPageTitle()).isEqualTo("Mission à ouvrir");
    }

    @Test
    void clicking_a_shared_request_opens_it_for_the_expert() {
        CommunityView community = newCommunity("RevList");
        AccountView alice = person(community, "Alice Requérante", Role.MEMBER);
        AccountView eric = person(community, "Éric Expert", Role.EXPERT);
        Long id = request(alice, community, "Mission à relire");
        shareWithAllExperts(alice, community, id);
        signInAs(eric);
        ReviewListView page = open(reviews(community), ReviewListView.class);

        grid(page, "shared-reviews").clickRow(0);

        ReviewDetailView detail = (ReviewDetailView) getCurrentView();
        assertThat(detail.detail().id()).isEqualTo(id);
        assertThat($(Button.class, detail).id("review-take").getText()).isEqualTo("Prendre cette relecture");
    }

    @Test
    void new_request_button_opens_the_form() {
        CommunityView community = newCommunity("RevList");
        signInAs(person(community, "Alice Requérante", Role.MEMBER));
        ReviewListView page = open(reviews(community), ReviewListView.class);

        Button create = $(Button.class, page).id("review-new");
        assertThat(create.getText()).isEqualTo("Nouvelle demande de deuxième avis");
        test(create).click();

        assertThat(getCurrentView()).isInstanceOf(ReviewRequestFormView.class);
    }

    @Test
    void my_requests_in_another_community_stay_there() {
        CommunityView first = newCommunity("RevList");
        CommunityView second = newCommunity("RevList");
        AccountView alice = person(first, "Alice Requérante", Role.MEMBER);
        asOperatorIn(second.slug(), () -> communities.addMemberDirectly(alice.id(),
                EnumSet.of(Role.MEMBER, Role.EXPERT)));
        request(alice, first, "Contrat de la première");
        signInAs(alice);

        ReviewListView page = open(reviews(second), ReviewListView.class);

        assertThat(grid(page, "my-reviews").size()).isZero();
        assertThat(grid(page, "shared-reviews").size()).isZero();
    }

    @Test
    void member_of_autre_cannot_open_the_reviews_of_another_community() {
        CommunityView community = newCommunity("RevList");
        signInAs(BOB_OF_AUTRE);

        assertRefused(reviews(community));
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("c/" + DEMO + "/" + ReviewListView.PAGE, LoginView.class);
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<RequestSummary>, RequestSummary> grid(ReviewListView page, String id) {
        return test(GridTester.class, $(Grid.class, page).id(id));
    }

    private static List<String> titles(GridTester<Grid<RequestSummary>, RequestSummary> grid) {
        return IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 0)).toList();
    }

    private List<String> headings(ReviewListView page) {
        return $(H3.class, page).all().stream().map(H3::getText).toList();
    }
}
