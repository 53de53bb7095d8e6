package org.freelance.portal.testsupport;

import java.util.EnumSet;
import java.util.UUID;
import java.util.function.Supplier;

import org.freelance.portal.base.TenantScope;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.identity.SystemPrincipal;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.NewCommunity;
import org.freelance.portal.tenant.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Builds communities and people through the real services, with unique names so tests sharing one
 * database never see each other's data.
 */
@Component
public class TestFixtures {

    public static final String PASSWORD = "correct-horse-1";

    private final AccountService accounts;
    private final CommunityService communities;
    private final JdbcClient jdbc;
    private AccountView operator;

    public TestFixtures(AccountService accounts, CommunityService communities, JdbcClient jdbc) {
        this.accounts = accounts;
        this.communities = communities;
        this.jdbc = jdbc;
    }

    /** A platform operator for tests (made operator directly in the database, once). */
    public synchronized AccountView operator() {
        if (operator == null) {
            AccountView account = accounts.ensureAccount("operator-" + unique() + "@portal.test");
            jdbc.sql("update user_account set operator = true, display_name = 'Test Operator' where id = :id")
                    .param("id", account.id()).update();
            operator = accounts.find(account.id()).orElseThrow();
        }
        return operator;
    }

    public CommunityView community(String namePrefix) {
        String slug = namePrefix.toLowerCase() + "-" + unique();
        return asOperator(() -> communities.create(new NewCommunity(namePrefix + " " + slug, slug, null, "fr",
                null, null, null)).community());
    }

    /** A new local account with {@link #PASSWORD}, member of the community with these roles. */
    public AccountView member(CommunityView community, Role first, Role... more) {
        return member(community, "m", first, more);
    }

    /** Same, named "Person &lt;name&gt;" so a test's screens say who is who. */
    public AccountView member(CommunityView community, String name, Role first, Role... more) {
        AccountView person = person(name);
        asOperator(() -> {
            TenantScope.run(community.slug(), () -> communities.addMemberDirectly(person.id(), EnumSet.of(first, more)));
            return null;
        });
        return person;
    }

    public AccountView person(String prefix) {
        return asOperator(() -> accounts.createLocalAccount(prefix + "-" + unique() + "@portal.test",
                "Person " + prefix, PASSWORD, false));
    }

    public <T> T asOperator(Supplier<T> work) {
        return SystemPrincipal.callAs(operator(), work);
    }

    /** Runs work as this person with this community bound as current tenant. */
    public <T> T as(AccountView person, CommunityView community, Supplier<T> work) {
        return SystemPrincipal.callAs(person, () -> TenantScope.call(community.slug(), work));
    }

    public void as(AccountView person, CommunityView community, Runnable work) {
        as(person, community, () -> {
            work.run();
            return null;
        });
    }

    public static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
