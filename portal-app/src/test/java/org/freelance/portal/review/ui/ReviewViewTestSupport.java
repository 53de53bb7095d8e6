package org.freelance.portal.review.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.identity.AccountService;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.MissionContext;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewSamples;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the review view tests share: the domain tests' contract with known unbalanced clauses, its
 * better version and mission ({@link ReviewSamples}), and people with names of their own (fixtures are all called "Person m"), with their requests
 * prepared through the real services. No Spring annotation here: the context stays the one of
 * {@link ViewTestSupport}.
 */
abstract class ReviewViewTestSupport extends ViewTestSupport {

    /** Pay-when-paid, 90 days end of month, client-only termination with 8 days' notice, no mediation. */
    static final String CONTRACT = ReviewSamples.UNBALANCED_CONTRACT;
    /** Payment at 30 days and a mediation step, but unlimited liability added. */
    static final String BETTER_CONTRACT = ReviewSamples.BETTER_CONTRACT;
    static final String SIREN = ReviewSamples.SIREN;

    @Autowired
    ReviewService reviews;
    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;

    /** A new person with these roles in the community, renamed so screens can be read by name. */
    AccountView person(CommunityView community, String name, Role first, Role... more) {
        AccountView person = newMember(community, first, more);
        return as(person, community, () -> accounts.updateProfile(name, null));
    }

    static MissionContext mission(String title) {
        return ReviewSamples.mission(title);
    }

    /** A request of this requester with {@link #CONTRACT} pasted, not shared yet. */
    Long request(AccountView requester, CommunityView community, String title) {
        return as(requester, community, () -> reviews.create(mission(title), ContractInput.paste(CONTRACT)));
    }

    void shareWithAllExperts(AccountView requester, CommunityView community, Long request) {
        as(requester, community, () -> {
            reviews.share(request, ShareMode.ALL_EXPERTS, Set.of());
            return null;
        });
    }

    void shareWith(AccountView requester, CommunityView community, Long request, AccountView... experts) {
        as(requester, community, () -> {
            reviews.share(request, ShareMode.NAMED, Arrays.stream(experts).map(AccountView::id)
                    .collect(Collectors.toSet()));
            return null;
        });
    }

    void take(AccountView expert, CommunityView community, Long request) {
        as(expert, community, () -> {
            reviews.take(request);
            return null;
        });
    }

    /** The message keys of a person's notifications in the community, newest first. */
    List<String> notificationKeys(AccountView person, CommunityView community) {
        return as(person, community, () -> notifications.mine(50)).stream().map(n -> n.messageKey()).toList();
    }

    static String reviews(CommunityView community) {
        return "c/" + community.slug() + "/" + ReviewListView.PAGE;
    }

    static String detail(CommunityView community, Long request) {
        return reviews(community) + "/" + request;
    }
}
