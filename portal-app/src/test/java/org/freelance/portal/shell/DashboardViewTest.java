package org.freelance.portal.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DashboardViewTest extends ViewTestSupport {

    @Autowired
    CommunityService communities;
    @Autowired
    InvitationService invitations;
    @Autowired
    KnowledgeService knowledge;

    @Test
    void member_sees_greeting_role_description_and_member_panels_in_french() {
        signInAs(ALICE_MEMBER);

        DashboardView dashboard = open("c/" + DEMO, DashboardView.class);

        assertThat(textOf(dashboard)).contains("Bonjour Alice Martin",
                "Vous êtes dans la communauté « Collectif Démo » avec le rôle : Membre (freelance).",
                "Un collectif d'experts indépendants");
        assertThat(panelTitles(dashboard)).containsExactly("Mes demandes de deuxième avis", "Mes dossiers",
                "Derniers retours d’expérience");
        assertThat(dashboard.getPageTitle()).isEqualTo("Collectif Démo · Portail Freelance Entraide");
    }

    @Test
    void new_member_is_told_what_to_do_next_in_each_empty_panel() {
        CommunityView community = newCommunity("Dash");
        signInAs(newMember(community, Role.MEMBER));

        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);

        assertThat(textOf(dashboard)).contains(
                "Aucune demande de relecture pour l’instant : avant de signer votre prochain contrat, demandez un deuxième avis à vos pairs.",
                "Aucun dossier ouvert.");
        assertThat($(Anchor.class, dashboard).all()).extracting(Anchor::getText, Anchor::getHref)
                .contains(org.assertj.core.groups.Tuple.tuple("Demander un deuxième avis",
                        "c/" + community.slug() + "/reviews/new"));
    }

    @Test
    void expert_sees_the_review_queue_and_the_cases_waiting_for_a_lead() {
        CommunityView community = newCommunity("Dash");
        signInAs(newMember(community, Role.EXPERT));

        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);

        assertThat(panelTitles(dashboard)).containsExactly("Contrats à relire", "Dossiers que je suis",
                "Dossiers en attente d’un référent", "Derniers retours d’expérience");
        assertThat(textOf(dashboard)).contains("avec le rôle : Expert.",
                "Aucune demande de relecture en attente pour vous.");
    }

    @Test
    void mediator_sees_the_cases_waiting_for_a_lead() {
        CommunityView community = newCommunity("Dash");
        signInAs(newMember(community, Role.MEDIATOR));

        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);

        assertThat(panelTitles(dashboard)).containsExactly("Dossiers que je suis", "Dossiers en attente d’un référent",
                "Derniers retours d’expérience");
        assertThat(textOf(dashboard)).contains("la médiation avant le contentieux commence ici",
                "Vous ne menez ni n’appuyez aucun dossier pour l’instant");
    }

    @Test
    void mediator_sees_the_cases_she_leads_with_their_status() {
        signInAs(MAYA_MEDIATOR);

        DashboardView dashboard = open("c/" + DEMO, DashboardView.class);

        assertThat($(Anchor.class, dashboard).all()).extracting(Anchor::getText)
                .contains("Factures impayées — mission ServiceNow Banque du Nord · Pris en charge",
                        "Périmètre doublé sans avenant — refonte du portail RH · Clos");
    }

    @Test
    void admin_sees_member_figures_and_recent_activity() {
        CommunityView community = newCommunity("Dash");
        AccountView admin = newMember(community, Role.ADMIN);
        newMember(community, Role.MEMBER);
        as(admin, community, () -> invitations.invite("pending-" + fixturesUnique() + "@portal.test",
                EnumSet.of(Role.EXPERT)));
        signInAs(admin);

        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);

        assertThat(panelTitles(dashboard)).containsExactly("Derniers retours d’expérience",
                "Retours d’expérience à relire", "Membres de la communauté", "Activité récente");
        assertThat(textOf(dashboard)).contains("2 membres, 1 invitation en attente", "Membre invité",
                "Communauté créée");
        assertThat($(Anchor.class, dashboard).all()).extracting(Anchor::getHref)
                .contains("c/" + community.slug() + "/members", "c/" + community.slug() + "/audit");
    }

    @Test
    void member_with_several_roles_sees_every_panel_and_every_role() {
        CommunityView community = newCommunity("Dash");
        signInAs(newMember(community, Role.MEMBER, Role.EXPERT, Role.ADMIN));

        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);

        assertThat(panelTitles(dashboard)).containsExactly("Mes demandes de deuxième avis", "Mes dossiers",
                "Contrats à relire", "Dossiers que je suis", "Dossiers en attente d’un référent", "Derniers retours d’expérience",
                "Retours d’expérience à relire", "Membres de la communauté", "Activité récente");
        assertThat(textOf(dashboard)).contains("avec le rôle : Membre (freelance), Expert, Administrateur.");
    }

    @Test
    void members_see_the_newest_lessons_learned_and_admins_those_waiting_for_review() {
        CommunityView community = newCommunity("Dash");
        AccountView expert = newMember(community, Role.EXPERT);
        AccountView admin = newMember(community, Role.ADMIN);
        AccountView member = newMember(community, Role.MEMBER);
        Long published = as(expert, community, () -> knowledge.create(lesson("Acompte oublié, mission impayée")));
        as(expert, community, () -> {
            knowledge.submit(published);
            return null;
        });
        as(admin, community, () -> {
            knowledge.publish(published, Scope.COMMUNITY);
            return null;
        });
        Long waiting = as(expert, community, () -> knowledge.create(lesson("Périmètre qui dérive")));
        as(expert, community, () -> {
            knowledge.submit(waiting);
            return null;
        });

        signInAs(member);
        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);
        assertThat($(Anchor.class, dashboard).all()).extracting(Anchor::getText, Anchor::getHref).contains(
                org.assertj.core.groups.Tuple.tuple("Acompte oublié, mission impayée",
                        "c/" + community.slug() + "/knowledge/" + published),
                org.assertj.core.groups.Tuple.tuple("Chercher dans la base de connaissances",
                        "c/" + community.slug() + "/knowledge"));
        assertThat(textOf(dashboard)).doesNotContain("Périmètre qui dérive");

        signInAs(admin);
        dashboard = open("c/" + community.slug(), DashboardView.class);
        assertThat($(Anchor.class, dashboard).all()).extracting(Anchor::getHref)
                .contains("c/" + community.slug() + "/knowledge/review/" + waiting);
        assertThat(textOf(dashboard)).contains("Périmètre qui dérive · Person");
    }

    @Test
    void a_community_without_lessons_learned_says_what_they_will_be() {
        CommunityView community = newCommunity("Dash");
        signInAs(newMember(community, Role.MEMBER, Role.ADMIN));

        DashboardView dashboard = open("c/" + community.slug(), DashboardView.class);

        assertThat(textOf(dashboard)).contains("Aucun retour d’expérience publié pour l’instant",
                "Aucun retour d’expérience n’attend votre relecture.");
    }

    private static ArticleDraft lesson(String title) {
        return new ArticleDraft(title, null, "Le client a cessé de payer après la recette.", null,
                "Exiger un acompte", Set.of(ClauseCategory.DEPOSIT), Outcome.AGREEMENT, 3, Sector.IT_SERVICES, 2025,
                List.of());
    }

    @Test
    void member_of_autre_is_refused_the_demo_dashboard() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/" + DEMO);
    }

    @Test
    void unknown_community_is_refused_exactly_like_a_foreign_one() {
        signInAs(BOB_OF_AUTRE);

        assertRefused("c/no-such-community-" + fixturesUnique());
    }

    @Test
    void member_of_an_archived_community_is_refused_its_dashboard() {
        CommunityView community = newCommunity("Dash");
        AccountView member = newMember(community, Role.ADMIN);
        fixtures().asOperator(() -> communities.archive(community.id()));
        signInAs(member);

        assertRefused("c/" + community.slug());
    }

    @Test
    void anonymous_visitor_is_sent_to_sign_in() {
        open("c/" + DEMO, LoginView.class);
    }

    private List<String> panelTitles(DashboardView dashboard) {
        return $(H3.class, dashboard).all().stream().map(H3::getText).toList();
    }

    private static String fixturesUnique() {
        return org.freelance.portal.testsupport.TestFixtures.unique();
    }
}
