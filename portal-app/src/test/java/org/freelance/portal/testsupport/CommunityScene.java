package org.freelance.portal.testsupport;

import java.util.function.Supplier;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;

/**
 * A community of its own for one test, whose people are named after their part ("Person expert"),
 * with data prepared through the real services as one of them. Each feature's scene adds its people
 * and its ways to prepare data.
 */
public abstract class CommunityScene {

    public final CommunityView community;
    protected final TestFixtures fixtures;
    private final String section;

    /**
     * @param namePrefix what the community's name starts with
     * @param section the feature's route segment under the community ({@code cases}, {@code knowledge})
     */
    protected CommunityScene(TestFixtures fixtures, String namePrefix, String section) {
        this.fixtures = fixtures;
        this.section = section;
        this.community = fixtures.community(namePrefix);
    }

    /** Someone new in the community, named "Person &lt;name&gt;". */
    public AccountView person(String name, Role first, Role... more) {
        return fixtures.member(community, name, first, more);
    }

    /** A route of the feature in this community: {@code page("new")} is {@code c/<slug>/<section>/new}. */
    public String page(Object page) {
        return "c/" + community.slug() + "/" + section + (page == null ? "" : "/" + page);
    }

    public <T> T as(AccountView person, Supplier<T> work) {
        return fixtures.as(person, community, work);
    }

    public void as(AccountView person, Runnable work) {
        fixtures.as(person, community, work);
    }
}
