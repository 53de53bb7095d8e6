package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.review.ContractConsentService.ConsentView;

/**
 * On the requester's page of a review request: who may read its contract through a linked dispute
 * case, since when, and the consents withdrawn. Given and withdrawn on the case page, where the lead
 * is notified.
 */
class ContractConsentsPanel extends Composite<Div> {

    ContractConsentsPanel(List<ConsentView> consents) {
        Div box = getContent();
        box.setId("review-consents");
        Paragraph help = new Paragraph(getTranslation("review.consents.help"));
        help.addClassName("portal-muted");
        UnorderedList list = new UnorderedList();
        for (ConsentView c : consents) {
            list.add(new ListItem(c.active()
                    ? getTranslation("review.consents.holds", c.granteeName(), Formats.dateTime(c.grantedAt()))
                    : getTranslation("review.consents.revoked", c.granteeName(), Formats.dateTime(c.grantedAt()),
                            Formats.dateTime(c.revokedAt()))));
        }
        box.add(new H3(getTranslation("review.consents.title")), help, list);
    }
}
