package org.freelance.portal.notification;

import java.util.List;
import org.freelance.portal.cases.CaseMoved;
import org.freelance.portal.cases.CaseSubmitted;
import org.freelance.portal.cases.CaseTaken;
import org.freelance.portal.cases.ContractRevoked;
import org.freelance.portal.cases.ContractShared;
import org.freelance.portal.cases.RiskThresholdCrossed;
import org.freelance.portal.cases.SupporterAdded;
import org.freelance.portal.notification.NotificationTarget.Type;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Who hears of what happens to a case, once it is committed. */
@Component
class CaseNotifications {

    private final NotificationRecorder recorder;

    CaseNotifications(NotificationRecorder recorder) {
        this.recorder = recorder;
    }

    @TransactionalEventListener
    void on(CaseSubmitted event) {
        recorder.record(event.community(), event.peers(), "case.submitted",
                List.of(event.freelancerName(), event.title()), NotificationTarget.caseQueue());
    }

    @TransactionalEventListener
    void on(CaseTaken event) {
        recorder.record(event.community(), List.of(event.freelancerId()), "case.taken",
                List.of(event.leadName(), event.title()), caseOf(event.caseId()));
    }

    @TransactionalEventListener
    void on(SupporterAdded event) {
        recorder.record(event.community(), List.of(event.supporterId()), "case.supporter",
                List.of(event.leadName(), event.title()), caseOf(event.caseId()));
    }

    @TransactionalEventListener
    void on(CaseMoved event) {
        recorder.record(event.community(), event.others(), "case.status",
                List.of(event.title(), event.status().name()), caseOf(event.caseId()));
    }

    @TransactionalEventListener
    void on(RiskThresholdCrossed event) {
        recorder.record(event.community(), event.alerted(), "case.risk",
                List.of(event.title(), String.valueOf(event.score())), caseOf(event.caseId()));
    }

    @TransactionalEventListener
    void on(ContractShared event) {
        recorder.record(event.community(), List.of(event.leadId()), "case.contract-shared",
                List.of(event.freelancerName(), event.title()), caseOf(event.caseId()));
    }

    @TransactionalEventListener
    void on(ContractRevoked event) {
        recorder.record(event.community(), List.of(event.leadId()), "case.contract-revoked",
                List.of(event.freelancerName(), event.title()), caseOf(event.caseId()));
    }

    private static NotificationTarget caseOf(Long caseId) {
        return NotificationTarget.of(Type.CASE, caseId);
    }
}
