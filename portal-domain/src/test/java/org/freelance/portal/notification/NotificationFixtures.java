package org.freelance.portal.notification;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Stores a notification as the feature's listeners do (its own transaction in the given community,
 * the mail copy after commit), for tests of the screens that list notifications.
 */
@Component
public class NotificationFixtures {

    private final NotificationRecorder recorder;

    NotificationFixtures(NotificationRecorder recorder) {
        this.recorder = recorder;
    }

    public void store(String community, Long userId, String messageKey, List<String> arguments,
            NotificationTarget target) {
        recorder.record(community, List.of(userId), messageKey, arguments, target);
    }
}
