package org.freelance.portal.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.freelance.portal.base.PortalProperties;
import org.freelance.portal.notification.NotificationTarget;
import org.freelance.portal.notification.NotificationTarget.Type;
import org.junit.jupiter.api.Test;

class NotificationRoutesTest {

    private final NotificationRoutes routes = new NotificationRoutes(
            new PortalProperties(Path.of("data"), "https://portal.example/", "portal@portal.example"));

    @Test
    void each_target_opens_the_page_it_is_about_in_its_community() {
        assertThat(NotificationRoutes.route("demo", NotificationTarget.of(Type.CASE, 12L))).isEqualTo("c/demo/cases/12");
        assertThat(NotificationRoutes.route("demo", NotificationTarget.caseQueue())).isEqualTo("c/demo/cases/queue");
        assertThat(NotificationRoutes.route("demo", NotificationTarget.of(Type.REVIEW_REQUEST, 7L)))
                .isEqualTo("c/demo/reviews/7");
        assertThat(NotificationRoutes.route("demo", NotificationTarget.of(Type.ARTICLE, 3L)))
                .isEqualTo("c/demo/knowledge/3");
        assertThat(NotificationRoutes.route("demo", NotificationTarget.of(Type.ARTICLE_MODERATION, 3L)))
                .isEqualTo("c/demo/knowledge/review/3");
        assertThat(NotificationRoutes.route("demo", NotificationTarget.of(Type.ARTICLE_DRAFT, 3L)))
                .isEqualTo("c/demo/knowledge/edit/3");
    }

    @Test
    void a_notification_about_nothing_in_particular_opens_the_community_home() {
        assertThat(NotificationRoutes.route("autre", null)).isEqualTo("c/autre");
    }

    @Test
    void a_mail_carries_the_public_address_of_the_same_route() {
        assertThat(routes.urlOf("demo", NotificationTarget.of(Type.REVIEW_REQUEST, 7L)))
                .isEqualTo("https://portal.example/c/demo/reviews/7");
        assertThat(routes.urlOf("demo", null)).isEqualTo("https://portal.example/c/demo");
    }

    @Test
    void a_target_needs_an_id_except_the_case_queue() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NotificationTarget.of(Type.CASE, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> NotificationTarget.of(Type.CASE_QUEUE, 1L))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
