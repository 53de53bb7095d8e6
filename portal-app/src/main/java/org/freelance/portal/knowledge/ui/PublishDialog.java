package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeService;

/** The admin publishes a reviewed article for this community or for every community (the shared catalogue). */
class PublishDialog extends Dialog {

    PublishDialog(KnowledgeService knowledge, Long articleId, Runnable published) {
        setId("kb-publish-dialog");
        setHeaderTitle(getTranslation("kb.review.publish"));
        RadioButtonGroup<Scope> scope = new RadioButtonGroup<>(getTranslation("kb.review.publish.scope"));
        scope.setId("kb-publish-scope");
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("kb.review.publish." + s.name()));
        scope.setValue(Scope.COMMUNITY);
        Paragraph error = new Paragraph();
        error.setId("kb-publish-error");
        error.addClassName("portal-error");
        Button confirm = new Button(getTranslation("kb.review.publish"), e -> {
            try {
                knowledge.publish(articleId, scope.getValue());
                close();
                Notifications.success(getTranslation("kb.review.published"));
                published.run();
            } catch (PortalException failure) {
                error.setText(UserMessages.of(failure));
            }
        });
        confirm.setId("kb-publish-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        add(scope, error);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
