package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;

/**
 * The lead invites an expert or a mediator of the community, not yet on the case, to support it.
 * Without a choice, or on a refusal, the dialog stays open and says why.
 */
final class InviteDialog extends Dialog {

    /** @param invited runs once the supporter was invited and the dialog is closed */
    InviteDialog(CaseService cases, MemberService members, CaseDetail detail, Runnable invited) {
        Set<Long> already = detail.participants().stream().map(ParticipantView::userId).collect(Collectors.toSet());
        List<MemberSummary> peers = members.directory().stream()
                .filter(m -> m.hasRole(Role.EXPERT) || m.hasRole(Role.MEDIATOR))
                .filter(m -> !already.contains(m.userId())).toList();
        setId("invite-dialog");
        setHeaderTitle(getTranslation("case.invite"));
        ComboBox<MemberSummary> peer = new ComboBox<>(getTranslation("case.invite.peer"));
        peer.setId("invite-peer");
        peer.setItems(peers);
        peer.setItemLabelGenerator(MemberSummary::displayName);
        peer.setWidthFull();
        Button confirm = new Button(getTranslation("case.invite.confirm"), e -> {
            if (peer.getValue() == null) {
                peer.setErrorMessage(getTranslation("case.invite.required"));
                peer.setInvalid(true);
                return;
            }
            try {
                cases.inviteSupporter(detail.id(), peer.getValue().userId());
                close();
                Notifications.success(getTranslation("case.invited", peer.getValue().displayName()));
                invited.run();
            } catch (PortalException failure) {
                peer.setErrorMessage(UserMessages.of(failure));
                peer.setInvalid(true);
            }
        });
        confirm.setId("invite-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        add(peers.isEmpty() ? new Paragraph(getTranslation("case.invite.none")) : peer);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }
}
