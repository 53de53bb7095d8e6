package org.freelance.portal.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.freelance.portal.base.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseEnums.VettingAnswer;
import org.freelance.portal.cases.CaseEnums.VettingItem;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.WeakSignal;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.SystemPrincipal;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.NewCommunity;
import org.freelance.portal.review.ReviewEnums.Pricing;
import org.freelance.portal.tenant.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo communities and accounts (password {@code demo-portail-2026}) on the first start of an
 * empty platform. On by default with the embedded database only; a configured database gets demo
 * data only with {@code PORTAL_DEMO_DATA_ENABLED=true}.
 */
@Component
@Order(20)
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "demo-portail-2026";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final AccountService accounts;
    private final CommunityService communities;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final Environment environment;
    private final CaseService cases;
    private final KnowledgeService knowledge;
    private final Clock clock;

    DemoDataSeeder(AccountService accounts, CommunityService communities, ObjectProvider<EmbeddedDatabase> embedded,
            Environment environment, CaseService cases, KnowledgeService knowledge, Clock clock) {
        this.accounts = accounts;
        this.communities = communities;
        this.embedded = embedded;
        this.environment = environment;
        this.cases = cases;
        this.knowledge = knowledge;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean enabled = environment.getProperty("portal.demo-data.enabled", Boolean.class,
                embedded.getIfAvailable() != null);
        if (!enabled || accounts.findForSignIn("oscar@demo.example").isPresent()) {
            return;
        }
        seed();
        log.info("Demo data seeded: communities 'demo' and 'autre', accounts *@demo.example / bob@other.example");
    }

    void seed() {
        AccountView oscar = accounts.createLocalAccount("oscar@demo.example", "Oscar Bernard", PASSWORD, true);
        SystemPrincipal.callAs(oscar, () -> {
            communities.create(new NewCommunity("Collectif Démo", "demo",
                    "Un collectif d'experts indépendants (ServiceNow, SAP, cloud, data) qui s'entraident sur les "
                            + "contrats et les litiges.", "fr", "contact@demo.example", "#1a5fb4", null));
            communities.create(new NewCommunity("Autre Communauté", "autre",
                    "Une autre communauté, totalement séparée de la première.", "fr", "contact@other.example",
                    "#26a269", null));
            Map<String, Role> demoMembers = Map.of(
                    "alice@demo.example", Role.MEMBER,
                    "eric@demo.example", Role.EXPERT,
                    "maya@demo.example", Role.MEDIATOR,
                    "ada@demo.example", Role.ADMIN);
            Map<String, String> names = Map.of(
                    "alice@demo.example", "Alice Martin",
                    "eric@demo.example", "Éric Durand",
                    "maya@demo.example", "Maya Lefèvre",
                    "ada@demo.example", "Ada Rousseau");
            TenantScope.run("demo", () -> demoMembers.forEach((email, role) -> {
                AccountView account = accounts.createLocalAccount(email, names.get(email), PASSWORD, false);
                communities.addMemberDirectly(account.id(), EnumSet.of(role));
            }));
            TenantScope.run("autre", () -> {
                AccountView bob = accounts.createLocalAccount("bob@other.example", "Bob Smith", PASSWORD, false);
                communities.addMemberDirectly(bob.id(), EnumSet.of(Role.MEMBER));
                // Éric also reviews for the other community: shows the switcher and per-community roles
                accounts.findForSignIn("eric@demo.example").ifPresent(eric ->
                        communities.addMemberDirectly(eric.id(), EnumSet.of(Role.EXPERT, Role.MEMBER)));
            });
            return null;
        });
        seedCase();
        seedClosedCase();
        seedKnowledge();
    }

    private AccountView account(String email) {
        return accounts.findForSignIn(email).map(a -> accounts.find(a.id()).orElseThrow()).orElseThrow();
    }

    /** A scope dispute of Alice's that Maya led to an agreement and closed: she can draft a lesson learned from it. */
    private void seedClosedCase() {
        AccountView alice = account("alice@demo.example");
        AccountView maya = account("maya@demo.example");
        Long id = SystemPrincipal.callAs(alice, () -> TenantScope.call("demo", () -> {
            Long caseId = cases.createDraft(new CaseIntake("Périmètre doublé sans avenant — refonte du portail RH",
                    new CaseIntake.Client("Gamma Industrie SARL", null, null,
                            List.of(new CaseIntake.Contact("Paul Roux", "Responsable SIRH", "paul.roux@gamma.example",
                                    null))),
                    Map.of(), new CaseIntake.Mission("Refonte du portail RH sur ServiceNow HRSD",
                            LocalDate.now(clock).minusMonths(7), null, Pricing.TOTAL, new BigDecimal("38000"), null),
                    null, new CaseIntake.Problem(ProblemCategory.SCOPE_CHANGE,
                            "Les ateliers ont ajouté deux modules hors du devis ; le client refuse l'avenant.",
                            "Un avenant pour les jours supplémentaires", Urgency.NORMAL)));
            cases.submit(caseId);
            return caseId;
        }));
        SystemPrincipal.callAs(maya, () -> TenantScope.call("demo", () -> {
            cases.take(id, false, "Aucun lien avec Gamma Industrie.");
            cases.move(id, CaseStatus.RESOLVED, "Avenant signé : 12 jours supplémentaires facturés au tarif du devis.");
            cases.move(id, CaseStatus.CLOSED, null);
            return null;
        }));
    }

    /**
     * The knowledge base: three lessons learned written by Éric, two published by Ada (one shared with
     * every community), one waiting for her review with its replacements to check.
     */
    private void seedKnowledge() {
        AccountView eric = account("eric@demo.example");
        AccountView ada = account("ada@demo.example");
        List<Long> ids = SystemPrincipal.callAs(eric, () -> TenantScope.call("demo", () -> {
            Long deposit = knowledge.create(new ArticleDraft(
                    "Sans acompte, quatre-vingt-dix jours de factures impayées",
                    "Mission ServiceNow de six mois pour Delta Logistique SAS, au forfait, sans acompte.",
                    "Dès le deuxième mois, les factures sont restées impayées. Sophie Carpentier, la DSI, promettait "
                            + "un virement chaque vendredi (sophie.carpentier@delta-logistique.example). Le 14 mars "
                            + "2025, 18 450 € restaient dus depuis quatre-vingt-dix jours.",
                    "Une mise en demeure par lettre recommandée, avec les pénalités de retard et l'indemnité de 40 € "
                            + "calculées, a débloqué le paiement en dix jours.",
                    "Exiger un acompte de 30 % à la signature\nÉcrire les pénalités de retard dans le contrat\n"
                            + "Relancer par écrit dès le lendemain de l'échéance",
                    Set.of(ClauseCategory.PAYMENT_TERMS, ClauseCategory.DEPOSIT,
                            ClauseCategory.LATE_PAYMENT_PENALTIES), Outcome.PAID_IN_FULL, 4, Sector.IT_SERVICES,
                    2025, List.of(KnownParty.organisation(PartyRole.CLIENT, "Delta Logistique SAS"),
                            KnownParty.person(PartyRole.CLIENT_CONTACT, "Sophie Carpentier",
                                    "sophie.carpentier@delta-logistique.example"))));
            Long scope = knowledge.create(new ArticleDraft("Dérive du périmètre : l'avenant avant le premier jour "
                    + "de travail en plus", "Refonte d'un entrepôt de données pour un distributeur.",
                    "Chaque réunion ajoutait un rapport. Au bout de trois mois, le périmètre avait doublé sans "
                            + "avenant ni nouveau devis, et le client refusait de payer les jours en plus.",
                    "Un avenant chiffré, signé avant de reprendre le travail, et un registre des demandes.",
                    "Refuser tout travail hors périmètre sans avenant écrit\nTenir un registre des demandes de "
                            + "changement", Set.of(ClauseCategory.OBJECT_SCOPE, ClauseCategory.UNILATERAL_CHANGE),
                    Outcome.CONTRACT_RENEGOTIATED, 3, Sector.DATA, 2024, List.of()));
            Long notice = knowledge.create(new ArticleDraft("Fin de mission du jour au lendemain",
                    "Mission de régie chez Epsilon Assurances, renouvelée tous les trois mois.",
                    "Le 3 février 2025, M. Lambert a annoncé par téléphone la fin de la mission le vendredi suivant, "
                            + "sans préavis écrit, alors que le contrat prévoyait un mois.",
                    "Le rappel de la clause de préavis a obtenu le paiement du mois prévu.",
                    "Exiger un préavis écrit d'au moins un mois\nGarder une copie signée du contrat",
                    Set.of(ClauseCategory.TERMINATION_NOTICE), Outcome.AGREEMENT, 1, Sector.FINANCE, 2025,
                    List.of(KnownParty.organisation(PartyRole.CLIENT, "Epsilon Assurances"))));
            knowledge.submit(deposit);
            knowledge.submit(scope);
            knowledge.submit(notice);
            return List.of(deposit, scope, notice);
        }));
        SystemPrincipal.callAs(ada, () -> TenantScope.call("demo", () -> {
            knowledge.publish(ids.get(0), Scope.COMMUNITY);
            knowledge.publish(ids.get(1), Scope.SHARED);
            return null;
        }));
    }

    /** Alice's late-payment case, taken by Maya, with a few written traces and weak signals. */
    private void seedCase() {
        AccountView alice = accounts.findForSignIn("alice@demo.example").map(a -> accounts.find(a.id()).orElseThrow())
                .orElseThrow();
        AccountView maya = accounts.findForSignIn("maya@demo.example").map(a -> accounts.find(a.id()).orElseThrow())
                .orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Long id = SystemPrincipal.callAs(alice, () -> TenantScope.call("demo", () -> {
            Long caseId = cases.createDraft(new CaseIntake("Factures impayées — mission ServiceNow Banque du Nord",
                    new CaseIntake.Client("Alpha Conseil SAS", "732 829 320 00074", "12 rue des Lilas, 59000 Lille",
                            List.of(new CaseIntake.Contact("Jeanne Moreau", "Directrice de projet",
                                    "jeanne.moreau@alpha.example", "+33 3 20 00 00 00"))),
                    Map.of(VettingItem.LEGAL_STRUCTURE_IDENTIFIED, new CaseIntake.Vetting(VettingAnswer.YES, null),
                            VettingItem.CLEAR_BRIEF, new CaseIntake.Vetting(VettingAnswer.NO,
                                    "Cahier des charges de deux pages, sans critères de recette"),
                            VettingItem.TRANSPARENT_ON_BUDGET_AND_DEADLINES, new CaseIntake.Vetting(VettingAnswer.UNKNOWN,
                                    null)),
                    new CaseIntake.Mission("Intégration ServiceNow ITSM pour le client final", today.minusMonths(5),
                            today.plusMonths(1), Pricing.DAILY_RATE, new BigDecimal("650.00"), null),
                    new CaseIntake.Scoping("Module incidents en production\nTableaux de bord de suivi",
                            List.of(new CaseIntake.Phase("Cadrage", today.minusMonths(4)),
                                    new CaseIntake.Phase("Recette", today.minusMonths(1))),
                            "Alpha valide chaque livrable sous cinq jours ouvrés", "Formation des utilisateurs finaux"),
                    new CaseIntake.Problem(ProblemCategory.LATE_PAYMENT,
                            "Trois factures (septembre à novembre) restent impayées ; le client dit attendre le "
                                    + "paiement de son propre client.",
                            "Paiement des factures, des pénalités de retard et de l'indemnité de 40 €", Urgency.HIGH)));
            cases.submit(caseId);
            cases.addEntry(caseId, new NewEntry(EntryType.EXCHANGE, today.minusDays(21), Channel.CALL,
                    "Alice Martin, Jeanne Moreau", "Appel de relance",
                    "Jeanne confirme la bonne réception des factures et promet un virement « sous quinze jours ».",
                    null, null, null, List.of()));
            cases.addEntry(caseId, new NewEntry(EntryType.WEAK_SIGNAL, today.minusDays(14), null, null, null,
                    "Plus de réponse aux e-mails depuis l'appel ; le point hebdomadaire est annulé deux fois.",
                    WeakSignal.FEWER_DIRECT_EXCHANGES, null, null, List.of()));
            cases.addEntry(caseId, new NewEntry(EntryType.WEAK_SIGNAL, today.minusDays(3), null, null, null,
                    "Échéance de la facture de septembre dépassée de 45 jours.", WeakSignal.LATE_PAYMENT, null, null,
                    List.of()));
            return caseId;
        }));
        SystemPrincipal.callAs(maya, () -> TenantScope.call("demo", () -> {
            cases.take(id, false, "Aucun lien avec Alpha Conseil ni avec la Banque du Nord.");
            return null;
        }));
    }
}
