package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.freelance.portal.base.ui.TenantDownload;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * What the person looking may do with the case, in the header: go on with a draft, the status moves
 * the service allows them (in the order of the statuses), invite a supporter, the actions of other
 * features, and export the evidence bundle.
 */
final class CaseActions extends Composite<HorizontalLayout> {

    /**
     * @param move opens the confirmation of a move to this status
     * @param invite opens the invitation of a supporter
     */
    CaseActions(CaseDetail detail, String community, CaseService cases, List<CasePageExtension> extensions,
            Consumer<CaseStatus> move, Runnable invite) {
        HorizontalLayout actions = getContent();
        actions.setId("case-actions");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        if (detail.permissions().canEditDraft()) {
            Button edit = new Button(getTranslation("case.draft.continue"), e -> UI.getCurrent().navigate(
                    CommunityContext.path(community, CaseListView.PAGE + "/" + detail.id() + "/edit")));
            edit.setId("case-edit");
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(edit);
        }
        Arrays.stream(CaseStatus.values()).filter(detail.permissions().moves()::contains).forEach(target -> {
            if (target == CaseStatus.SUBMITTED) {
                return; // submitting is done from the intake wizard, which checks the intake
            }
            Button button = new Button(getTranslation("case.move." + target.name()), e -> move.accept(target));
            button.setId("case-move-" + target.name());
            if (target == CaseStatus.IN_MEDIATION || target == CaseStatus.RESOLVED) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            actions.add(button);
        });
        if (detail.permissions().canInvite()) {
            Button button = new Button(getTranslation("case.invite"), VaadinIcon.USER_CHECK.create(),
                    e -> invite.run());
            button.setId("case-invite");
            actions.add(button);
        }
        extensions.forEach(x -> x.actions(detail, community).forEach(actions::add));
        actions.add(bundleLink(detail, community, cases));
    }

    private Anchor bundleLink(CaseDetail detail, String community, CaseService cases) {
        Long id = detail.id();
        String name = "preuves-" + detail.reference() + ".zip";
        String language = UI.getCurrent() == null ? "fr" : UI.getCurrent().getLocale().getLanguage();
        Anchor link = TenantDownload.link(community, getTranslation("case.bundle.export"),
                () -> new TenantDownload.File(name, "application/zip", cases.evidenceBundle(id, language)));
        link.setId("case-bundle");
        link.addClassName("portal-button-link");
        return link;
    }
}
