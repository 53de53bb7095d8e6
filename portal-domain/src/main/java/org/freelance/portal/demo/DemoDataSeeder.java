package org.freelance.portal.demo;

import java.util.EnumSet;
import java.util.Map;

import org.freelance.portal.base.EmbeddedDatabaseConfiguration.EmbeddedDatabase;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.SystemPrincipal;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.NewCommunity;
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
 * Seeds the demo communities and accounts (password {@code demo1234}) on the first start of an
 * empty platform. On by default with the embedded database only; a configured database gets demo
 * data only with {@code PORTAL_DEMO_DATA_ENABLED=true}.
 */
@Component
@Order(20)
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final AccountService accounts;
    private final CommunityService communities;
    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final Environment environment;

    DemoDataSeeder(AccountService accounts, CommunityService communities, ObjectProvider<EmbeddedDatabase> embedded,
            Environment environment) {
        this.accounts = accounts;
        this.communities = communities;
        this.embedded = embedded;
        this.environment = environment;
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
    }
}
