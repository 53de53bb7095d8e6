package org.freelance.portal.notification;

import java.util.List;
import org.freelance.portal.notification.NotificationTarget.Type;
import org.freelance.portal.review.ContractVersionAdded;
import org.freelance.portal.review.ReviewShared;
import org.freelance.portal.review.ReviewTaken;
import org.freelance.portal.review.VerdictGiven;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Who hears of what happens to a review request, once it is committed. */
@Component
class ReviewNotifications {

    private final NotificationRecorder recorder;

    ReviewNotifications(NotificationRecorder recorder) {
        this.recorder = recorder;
    }

    @TransactionalEventListener
    void on(ReviewShared event) {
        recorder.record(event.community(), event.newlyReached(), "review.shared",
                List.of(event.requesterName(), event.title()), requestOf(event.requestId()));
    }

    @TransactionalEventListener
    void on(ReviewTaken event) {
        recorder.record(event.community(), List.of(event.requesterId()), "review.taken",
                List.of(event.expertName(), event.title()), requestOf(event.requestId()));
    }

    @TransactionalEventListener
    void on(VerdictGiven event) {
        recorder.record(event.community(), List.of(event.requesterId()), "review.verdict",
                List.of(event.expertName(), event.title(), event.verdict().name()), requestOf(event.requestId()));
    }

    @TransactionalEventListener
    void on(ContractVersionAdded event) {
        recorder.record(event.community(), event.reviewers(), "review.new-version",
                List.of(event.title(), String.valueOf(event.number())), requestOf(event.requestId()));
    }

    private static NotificationTarget requestOf(Long requestId) {
        return NotificationTarget.of(Type.REVIEW_REQUEST, requestId);
    }
}
