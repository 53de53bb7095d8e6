package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.PartyView;

/** The parties of an article under review, each with the alias that replaces its name; the admin changes an alias here. */
class PartyAliases extends Composite<VerticalLayout> {

    PartyAliases(KnowledgeService knowledge, ArticleReview review, Runnable applied) {
        VerticalLayout box = getContent();
        box.setPadding(false);
        box.setId("kb-review-parties");
        box.add(new H3(getTranslation("kb.review.parties")));
        for (PartyView p : review.parties()) {
            Span who = new Span(p.party().name() + " · " + getTranslation("kb.party.role." + p.party().role().name()));
            TextField alias = new TextField(getTranslation("kb.review.alias"));
            alias.setId("kb-alias-" + p.id());
            alias.setValue(p.party().alias() == null ? "" : p.party().alias());
            alias.setReadOnly(!review.canModerate());
            HorizontalLayout row = new HorizontalLayout(who, alias);
            row.setAlignItems(Alignment.BASELINE);
            if (review.canModerate()) {
                Button apply = new Button(getTranslation("kb.review.alias.apply"), e -> {
                    try {
                        knowledge.alias(p.id(), alias.getValue());
                        Notifications.success(getTranslation("kb.review.alias.applied", p.party().name()));
                        applied.run();
                    } catch (PortalException failure) {
                        alias.setErrorMessage(UserMessages.of(failure));
                        alias.setInvalid(true);
                    }
                });
                apply.setId("kb-alias-apply-" + p.id());
                row.add(apply);
            }
            box.add(row);
        }
    }
}
