package org.freelance.portal.notification;

import java.util.List;
import org.freelance.portal.knowledge.ArticlePublished;
import org.freelance.portal.knowledge.ArticleReturned;
import org.freelance.portal.knowledge.ArticleSubmitted;
import org.freelance.portal.notification.NotificationTarget.Type;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Who hears of what happens to a lesson learned, once it is committed. */
@Component
class KnowledgeNotifications {

    private final NotificationRecorder recorder;

    KnowledgeNotifications(NotificationRecorder recorder) {
        this.recorder = recorder;
    }

    @TransactionalEventListener
    void on(ArticleSubmitted event) {
        recorder.record(event.community(), event.admins(), "kb.submitted",
                List.of(event.authorName(), event.title()),
                NotificationTarget.of(Type.ARTICLE_MODERATION, event.articleId()));
    }

    @TransactionalEventListener
    void on(ArticlePublished event) {
        recorder.record(event.community(), List.of(event.authorId()), "kb.published", List.of(event.title()),
                NotificationTarget.of(Type.ARTICLE, event.articleId()));
    }

    @TransactionalEventListener
    void on(ArticleReturned event) {
        recorder.record(event.community(), List.of(event.authorId()), "kb.returned", List.of(event.title()),
                NotificationTarget.of(Type.ARTICLE_DRAFT, event.articleId()));
    }
}
