package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.freelance.portal.review.ContractConsentService;
import org.freelance.portal.review.ContractConsentService.ConsentView;
import org.freelance.portal.review.ReviewViews.RequestDetail;

/** Adds the consents given on a request's contract to its page, for its requester only. */
@org.springframework.stereotype.Component
class ContractConsentsExtension implements ReviewPageExtension {

    private final ContractConsentService consents;

    ContractConsentsExtension(ContractConsentService consents) {
        this.consents = consents;
    }

    @Override
    public List<Component> panels(RequestDetail detail, String slug) {
        if (!detail.permissions().requester()) {
            return List.of();
        }
        List<ConsentView> given = consents.consents(detail.id());
        return given.isEmpty() ? List.of() : List.of(new ContractConsentsPanel(given));
    }
}
