package org.freelance.portal.tenant.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.shell.NotFoundView;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class CommunitiesViewTest extends ViewTestSupport {

    @Autowired
    CommunityService communities;
    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void operator_sees_every_community_of_the_platform_in_french() {
        signInAs(OSCAR_OPERATOR);

        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        assertThat($(H2.class, page).single().getText()).isEqualTo("Communautés de la plateforme");
        GridTester<Grid<CommunityView>, CommunityView> grid = grid(page);
        assertThat(grid.getHeaderCell(0)).isEqualTo("Nom");
        assertThat(grid.getHeaderCell(3)).isEqualTo("Statut");
        int demo = rowOf(page, DEMO);
        assertThat(grid.getCellText(demo, 0)).isEqualTo("Collectif Démo");
        assertThat(grid.getCellText(demo, 3)).isEqualTo("Active");
        assertThat(rowOf(page, AUTRE)).isNotNegative();
        assertThat(page.getPageTitle()).isEqualTo("Communautés de la plateforme");
    }

    @Test
    void community_admin_who_is_no_operator_cannot_open_the_operator_page() {
        signInAs(ADA_ADMIN);

        open(CommunitiesView.ROUTE, NotFoundView.class);
    }

    @Test
    void plain_member_cannot_open_the_operator_page() {
        signInAs(ALICE_MEMBER);

        open(CommunitiesView.ROUTE, NotFoundView.class);
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open(CommunitiesView.ROUTE, LoginView.class);
    }

    @Test
    void operator_creates_a_community_which_appears_in_the_list() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String slug = "nouvelle-" + TestFixtures.unique();

        test(field(page, "community-name")).setValue("Nouvelle Communauté");
        test(field(page, "community-slug")).setValue(slug);
        test(create(page)).click();

        assertThat(notificationTexts()).contains("Communauté « Nouvelle Communauté » créée.");
        assertThat(grid(page).getCellText(rowOf(page, slug), 0)).isEqualTo("Nouvelle Communauté");
        assertThat(field(page, "community-name").getValue()).isEmpty();
        assertThat(field(page, "community-slug").getValue()).isEmpty();
    }

    @Test
    void emptied_form_shows_no_error_after_a_successful_creation() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        test(field(page, "community-name")).setValue("Erreur Puis Succès");
        test(field(page, "community-slug")).setValue("Pas Valide");
        test(create(page)).click();
        assertThat(errorOf(field(page, "community-slug"))).isNotNull();

        test(field(page, "community-slug")).setValue("erreur-puis-succes-" + TestFixtures.unique());
        test(create(page)).click();

        assertThat(notificationTexts()).contains("Communauté « Erreur Puis Succès » créée.");
        assertThat(field(page, "community-name").isInvalid()).isFalse();
        assertThat(field(page, "community-slug").isInvalid()).isFalse();
        assertThat(email(page, "community-first-admin").isInvalid()).isFalse();
    }

    @Test
    void badly_formed_slug_is_refused_and_everything_typed_is_kept() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        test(field(page, "community-name")).setValue("Les Indépendants");
        test(field(page, "community-slug")).setValue("Les Indépendants!");
        test(email(page, "community-first-admin")).setValue("premier@portal.test");
        test(create(page)).click();

        assertThat(errorOf(field(page, "community-slug")))
                .isEqualTo("L’identifiant doit faire de 1 à 40 caractères : minuscules, chiffres et tirets.");
        assertThat(field(page, "community-name").getValue()).isEqualTo("Les Indépendants");
        assertThat(field(page, "community-slug").getValue()).isEqualTo("Les Indépendants!");
        assertThat(email(page, "community-first-admin").getValue()).isEqualTo("premier@portal.test");
        assertThat(mailOutbox.to("premier@portal.test")).isEmpty();
    }

    @Test
    void slug_already_used_is_refused_by_name() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        test(field(page, "community-name")).setValue("Un autre démo");
        test(field(page, "community-slug")).setValue(DEMO);
        test(create(page)).click();

        assertThat(errorOf(field(page, "community-slug"))).isEqualTo("L’identifiant « demo » est déjà utilisé.");
    }

    @Test
    void missing_name_is_refused_on_the_name_field() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        test(field(page, "community-slug")).setValue("sans-nom-" + TestFixtures.unique());
        test(create(page)).click();

        assertThat(errorOf(field(page, "community-name")))
                .isEqualTo("Le nom de la communauté est obligatoire (120 caractères au plus).");
    }

    @Test
    void badly_formed_colour_is_refused_on_the_colour_field() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        test(field(page, "community-name")).setValue("Couleur");
        test(field(page, "community-slug")).setValue("couleur-" + TestFixtures.unique());
        test($(TextField.class, page).withLabel("Couleur d’accent").single()).setValue("bleu");
        test(create(page)).click();

        assertThat(errorOf($(TextField.class, page).withLabel("Couleur d’accent").single()))
                .isEqualTo("La couleur doit être au format #rrggbb.");
    }

    @Test
    void badly_formed_first_admin_email_is_refused_before_anything_is_created() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String slug = "admin-invalide-" + TestFixtures.unique();

        test(field(page, "community-name")).setValue("Admin invalide");
        test(field(page, "community-slug")).setValue(slug);
        test(email(page, "community-first-admin")).setValue("pas-une-adresse");
        test(create(page)).click();

        assertThat(errorOf(email(page, "community-first-admin")))
                .isEqualTo("L’e-mail du premier administrateur « pas-une-adresse » n’est pas valide.");
        assertThat(rowOf(page, slug)).isNegative();
    }

    @Test
    void first_admin_is_invited_by_mail() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String admin = "premier-admin-" + TestFixtures.unique() + "@portal.test";

        test(field(page, "community-name")).setValue("Avec Admin");
        test(field(page, "community-slug")).setValue("avec-admin-" + TestFixtures.unique());
        test(email(page, "community-first-admin")).setValue(admin);
        test(create(page)).click();

        assertThat(mailOutbox.lastLinkTo(admin, "/invitation/")).isPresent();
        assertThat($(TextField.class, page).withId("first-admin-link").exists()).isFalse();
    }

    @Test
    void without_mail_the_operator_is_told_the_link_cannot_create_the_account_and_may_create_it_with_a_code() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String admin = "premier-admin-" + TestFixtures.unique() + "@portal.test";

        test(field(page, "community-name")).setValue("Sans Mail");
        test(field(page, "community-slug")).setValue("sans-mail-" + TestFixtures.unique());
        test(email(page, "community-first-admin")).setValue(admin);
        mailOutbox.withoutMailServer(() -> test(create(page)).click());

        TextField link = $(TextField.class, page).id("first-admin-link");
        assertThat(link.getValue()).contains("/invitation/");
        assertThat(link.isReadOnly()).isTrue();
        assertThat($(Paragraph.class, page).id("first-admin-explanation").getText()).isEqualTo("Aucun e-mail n’est "
                + "parti, et " + admin + " n’a pas encore de compte : le lien seul ne permet pas d’en créer un (il "
                + "n’agit que pour une personne connectée avec cette adresse). Vous pouvez créer ce compte vous-même : "
                + "un code à usage unique s’affichera une seule fois ; transmettez le lien et le code à " + admin
                + " par un autre canal. À sa première connexion, " + admin + " remplacera ce code par son propre mot "
                + "de passe. Cette création est inscrite au journal d’audit de la communauté.");
        assertThat($(TextField.class, page).withId("first-admin-code").exists()).isFalse();
        assertThat(accounts.findForSignIn(admin).orElseThrow().passwordHash()).isNull();

        test($(Button.class, page).id("first-admin-create-account")).click();

        TextField code = $(TextField.class, page).id("first-admin-code");
        assertThat(code.getValue()).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
        assertThat(code.isReadOnly()).isTrue();
        assertThat($(Paragraph.class, page).id("first-admin-code-text").getText()).isEqualTo("Compte " + admin
                + " créé. Notez ce code maintenant : il ne sera plus jamais affiché. " + admin + " se connecte avec son "
                + "adresse et ce code, puis choisit son mot de passe.");
        assertThat($(Button.class, page).withId("first-admin-create-account").exists()).isFalse();
        assertThat(passwordEncoder.matches(code.getValue(), accounts.findForSignIn(admin).orElseThrow().passwordHash()))
                .isTrue();
        assertThat($(Button.class, page).withId("first-admin-code-copy").exists()).isTrue();
    }

    @Test
    void without_mail_a_first_admin_who_has_an_account_only_gets_the_link() {
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String admin = fixtures().asOperator(() -> accounts.createLocalAccount("deja-" + TestFixtures.unique()
                + "@portal.test", "Déjà Là", TestFixtures.PASSWORD, false)).email();

        test(field(page, "community-name")).setValue("Sans Mail");
        test(field(page, "community-slug")).setValue("sans-mail-" + TestFixtures.unique());
        test(email(page, "community-first-admin")).setValue(admin);
        mailOutbox.withoutMailServer(() -> test(create(page)).click());

        assertThat($(Paragraph.class, page).id("first-admin-explanation").getText()).isEqualTo("Aucun e-mail n’est "
                + "parti : transmettez vous-même ce lien à " + admin + ", qui a déjà un compte. Le lien donne le rôle "
                + "d’administrateur à " + admin + " après sa connexion avec ce compte ; il est valable 7 jours et ne "
                + "sert qu’une fois.");
        assertThat($(Button.class, page).withId("first-admin-create-account").exists()).isFalse();
    }

    @Test
    void operator_invites_an_admin_again_from_the_list_and_may_create_their_account_with_a_code() {
        CommunityView community = newCommunity("Relance");
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String admin = "relance-" + TestFixtures.unique() + "@portal.test";

        test((Button) grid(page).getCellComponent(rowOf(page, community.slug()), 5)).click();
        Dialog dialog = $(Dialog.class).id("admin-invite-dialog");
        assertThat(dialog.getHeaderTitle()).isEqualTo("Inviter un administrateur dans « " + community.name() + " »");
        test($(EmailField.class, dialog).id("admin-invite-email")).setValue(admin);
        mailOutbox.withoutMailServer(() -> test(footerButton(dialog, "admin-invite-send")).click());

        assertThat($(Paragraph.class, dialog).id("first-admin-explanation").getText())
                .startsWith("Aucun e-mail n’est parti, et " + admin + " n’a pas encore de compte");
        test($(Button.class, dialog).id("first-admin-create-account")).click();

        String code = $(TextField.class, dialog).id("first-admin-code").getValue();
        assertThat(passwordEncoder.matches(code, accounts.findForSignIn(admin).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void operator_invites_an_admin_by_mail_from_the_list() {
        CommunityView community = newCommunity("Relance");
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);
        String admin = "relance-" + TestFixtures.unique() + "@portal.test";

        test((Button) grid(page).getCellComponent(rowOf(page, community.slug()), 5)).click();
        Dialog dialog = $(Dialog.class).id("admin-invite-dialog");
        test($(EmailField.class, dialog).id("admin-invite-email")).setValue(admin);
        test(footerButton(dialog, "admin-invite-send")).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(notificationTexts()).contains("Invitation envoyée par e-mail à " + admin + ".");
        assertThat(mailOutbox.lastLinkTo(admin, "/invitation/")).isPresent();
    }

    private static Button footerButton(Dialog dialog, String id) {
        return (Button) dialog.getFooter().getElement().getChildren()
                .map(e -> e.getComponent().orElseThrow()).filter(c -> c.getId().orElse("").equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void operator_archives_a_community_after_confirming_and_its_members_can_no_longer_enter() {
        CommunityView community = newCommunity("Archive");
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        test(archiveButton(page, community.slug())).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).single();
        assertThat(test(confirm).getHeader()).isEqualTo("Archiver « " + community.name() + " » ?");
        assertThat(test(confirm).getText()).isEqualTo("Plus personne ne pourra ouvrir ses pages. Les données sont conservées.");
        test(confirm).confirm();

        assertThat(notificationTexts()).contains("Communauté « " + community.name() + " » archivée.");
        assertThat(grid(page).getCellText(rowOf(page, community.slug()), 3)).isEqualTo("Archivée");
        assertThat(fixtures().asOperator(() -> communities.listAll()).stream()
                .filter(c -> c.slug().equals(community.slug())).findFirst().orElseThrow().archived()).isTrue();
    }

    @Test
    void cancelling_the_archive_dialog_leaves_the_community_active() {
        CommunityView community = newCommunity("Archive");
        newMember(community, Role.ADMIN);
        signInAs(OSCAR_OPERATOR);
        CommunitiesView page = open(CommunitiesView.ROUTE, CommunitiesView.class);

        test(archiveButton(page, community.slug())).click();
        test($(ConfirmDialog.class).single()).cancel();

        assertThat(grid(page).getCellText(rowOf(page, community.slug()), 3)).isEqualTo("Active");
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<CommunityView>, CommunityView> grid(CommunitiesView page) {
        return test(GridTester.class, $(Grid.class, page).id("community-grid"));
    }

    private int rowOf(CommunitiesView page, String slug) {
        GridTester<Grid<CommunityView>, CommunityView> grid = grid(page);
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).slug().equals(slug)).findFirst().orElse(-1);
    }

    private Button archiveButton(CommunitiesView page, String slug) {
        return (Button) grid(page).getCellComponent(rowOf(page, slug), 4);
    }

    private TextField field(CommunitiesView page, String id) {
        return $(TextField.class, page).id(id);
    }

    private EmailField email(CommunitiesView page, String id) {
        return $(EmailField.class, page).id(id);
    }

    private Button create(CommunitiesView page) {
        return $(Button.class, page).id("community-create");
    }
}
