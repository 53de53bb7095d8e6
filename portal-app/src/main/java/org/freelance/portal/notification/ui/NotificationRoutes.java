package org.freelance.portal.notification.ui;

import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.cases.ui.CaseListView;
import org.freelance.portal.knowledge.ui.KnowledgeSearchView;
import org.freelance.portal.notification.NotificationLinks;
import org.freelance.portal.notification.NotificationTarget;
import org.freelance.portal.review.ui.ReviewListView;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.springframework.stereotype.Component;

/**
 * The one place that turns what a notification is about into a route of the portal: for the
 * notifications page, and (as the domain's {@link NotificationLinks}) for the address a mail carries.
 */
@Component
public class NotificationRoutes implements NotificationLinks {

    private final PortalProperties properties;

    NotificationRoutes(PortalProperties properties) {
        this.properties = properties;
    }

    /** The route of the target in this community, such as {@code c/demo/cases/12}; no target: the community's home. */
    public static String route(String community, NotificationTarget target) {
        if (target == null) {
            return CommunityContext.path(community, "");
        }
        String page = switch (target.type()) {
            case CASE -> CaseListView.PAGE + "/" + target.id();
            case CASE_QUEUE -> CaseListView.PAGE + "/queue";
            case REVIEW_REQUEST -> ReviewListView.PAGE + "/" + target.id();
            case ARTICLE -> KnowledgeSearchView.PAGE + "/" + target.id();
            case ARTICLE_MODERATION -> KnowledgeSearchView.PAGE + "/review/" + target.id();
            case ARTICLE_DRAFT -> KnowledgeSearchView.PAGE + "/edit/" + target.id();
        };
        return CommunityContext.path(community, page);
    }

    @Override
    public String urlOf(String community, NotificationTarget target) {
        return properties.link(route(community, target));
    }
}
