package org.freelance.portal.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;

/**
 * The requester chooses who reads the request: nobody, every expert of the community, or experts
 * named here. A refusal (no expert named) keeps the dialog open with the choice made.
 */
class ShareDialog extends Dialog {

    ShareDialog(ReviewService reviews, MemberService members, RequestDetail detail, Runnable shared) {
        setHeaderTitle(getTranslation("review.share"));
        setId("share-dialog");
        RadioButtonGroup<ShareMode> mode = new RadioButtonGroup<>();
        mode.setId("share-mode");
        mode.setItems(ShareMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("review.share.choice." + m.name()));
        mode.setValue(detail.shareMode());
        // only the requester shares: leave them out by id, as two members may bear the same name
        Long requester = members.me().userId();
        List<MemberSummary> experts = members.directory().stream().filter(m -> m.hasRole(Role.EXPERT))
                .filter(m -> !m.userId().equals(requester)).toList();
        CheckboxGroup<MemberSummary> named = new CheckboxGroup<>(getTranslation("review.share.experts"));
        named.setId("share-experts");
        named.setItems(experts);
        named.setItemLabelGenerator(MemberSummary::displayName);
        Set<Long> current = detail.sharedWith().stream().map(MemberSummary::userId).collect(Collectors.toSet());
        named.setValue(experts.stream().filter(m -> current.contains(m.userId())).collect(Collectors.toSet()));
        named.setVisible(mode.getValue() == ShareMode.NAMED);
        mode.addValueChangeListener(e -> named.setVisible(e.getValue() == ShareMode.NAMED));
        Paragraph confidentiality = new Paragraph(getTranslation("review.share.confidentiality"));
        confidentiality.addClassName("portal-muted");
        Button save = new Button(getTranslation("review.share.save"), e -> {
            try {
                reviews.share(detail.id(), mode.getValue(), named.getValue().stream().map(MemberSummary::userId)
                        .collect(Collectors.toSet()));
                close();
                Notifications.success(getTranslation("review.share.saved"));
                shared.run();
            } catch (PortalException failure) {
                named.setErrorMessage(UserMessages.of(failure));
                named.setInvalid(true);
            }
        });
        save.setId("share-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(new VerticalLayout(confidentiality, mode, named));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("34rem");
    }
}
