package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.TenantDownload;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.LinkedContractService;
import org.freelance.portal.cases.LinkedContractService.LinkedContract;
import org.freelance.portal.review.ContractConsentService.ConsentView;
import org.freelance.portal.review.ContractConsentService.ContractVersionView;
import org.freelance.portal.review.ContractConsentService.GrantedContract;

/**
 * The contract of the case's linked second-opinion request, on the case page. The freelancer sees
 * whether the lead may read it, gives that consent or withdraws it; the lead sees whether the
 * consent holds and, while it does, reads the contract. Nothing here decides: the service refuses
 * the contract to anyone without a consent that holds now.
 */
class LinkedContractPanel extends Composite<VerticalLayout> {

    private final LinkedContractService contracts;
    private final Long caseId;
    private final String community;
    private final String freelancerName;
    private final boolean lead;
    final Paragraph state = new Paragraph();
    final Paragraph history = new Paragraph();
    final Paragraph error = new Paragraph();

    /** @param lead whether the person looking is the case's lead (else its freelancer) */
    LinkedContractPanel(LinkedContractService contracts, Long caseId, String community, String freelancerName,
            boolean lead) {
        this.contracts = contracts;
        this.caseId = caseId;
        this.community = community;
        this.freelancerName = freelancerName;
        this.lead = lead;
        getContent().setPadding(false);
        getContent().setSpacing(false);
        getContent().setId("linked-contract");
        state.setId("linked-contract-state");
        history.setId("linked-contract-history");
        history.addClassName("portal-muted");
        error.setId("linked-contract-error");
        error.addClassName("portal-error");
        show();
    }

    private void show() {
        LinkedContract status = contracts.status(caseId);
        VerticalLayout content = getContent();
        content.removeAll();
        error.setText("");
        history.setText("");
        content.add(new H4(getTranslation("case.contract.title")), state);
        ConsentView consent = status.consent();
        boolean holds = consent != null && consent.active();
        if (status.leadName() == null) {
            state.setText(getTranslation("case.contract.no-lead"));
        } else if (lead) {
            state.setText(holds ? getTranslation("case.contract.lead-holds", consent.grantedByName(),
                    Formats.date(consent.grantedAt())) : getTranslation("case.contract.lead-waiting", freelancerName));
        } else {
            state.setText(holds ? getTranslation("case.contract.holds", status.leadName(),
                    Formats.date(consent.grantedAt()), consent.grantedByName())
                    : getTranslation("case.contract.offer", status.leadName()));
        }
        if (consent != null && !consent.active()) {
            history.setText(getTranslation("case.contract.was-revoked", Formats.dateTime(consent.revokedAt()),
                    consent.revokedByName()));
            content.add(history);
        }
        if (status.canGrant()) {
            Button grant = new Button(getTranslation("case.contract.grant", status.leadName()), e -> act(() -> {
                contracts.grant(caseId);
                Notifications.success(getTranslation("case.contract.granted", status.leadName()));
            }));
            grant.setId("linked-contract-grant");
            grant.addThemeVariants(ButtonVariant.PRIMARY);
            content.add(grant);
        }
        if (status.canRevoke()) {
            Button revoke = new Button(getTranslation("case.contract.revoke"), e -> act(() -> {
                contracts.revoke(caseId);
                Notifications.success(getTranslation("case.contract.revoked"));
            }));
            revoke.setId("linked-contract-revoke");
            revoke.addThemeVariants(ButtonVariant.ERROR);
            content.add(revoke);
        }
        if (status.canRead()) {
            Button read = new Button(getTranslation("case.contract.read"), e -> openContract());
            read.setId("linked-contract-read");
            content.add(read);
        }
        content.add(error);
    }

    private void act(Runnable action) {
        try {
            action.run();
            show();
        } catch (PortalException failure) {
            error.setText(UserMessages.of(failure));
        }
    }

    void openContract() {
        GrantedContract contract;
        try {
            contract = contracts.contract(caseId);
        } catch (PortalException failure) {
            // the consent was withdrawn meanwhile
            show();
            error.setText(UserMessages.of(failure));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("linked-contract-dialog");
        dialog.setHeaderTitle(contract.title());
        dialog.add(new Paragraph(contract.clientName()), new H3(getTranslation("case.contract.versions")));
        for (ContractVersionView version : contract.versions()) {
            String date = Formats.date(version.createdAt());
            if (version.hasFile()) {
                dialog.add(new Div(download(version, date)));
            } else {
                dialog.add(new Paragraph(getTranslation("case.contract.pasted", version.number(), date)));
            }
        }
        Div text = new Div();
        text.setId("linked-contract-text");
        text.setText(contract.latestText());
        text.getStyle().set("white-space", "pre-wrap").set("max-height", "60vh").set("overflow", "auto");
        dialog.add(text);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.open();
    }

    private Anchor download(ContractVersionView version, String date) {
        Long id = caseId;
        int number = version.number();
        String name = version.fileName() == null ? "contrat-v" + number : version.fileName();
        String mediaType = version.mediaType();
        // the service checks the consent again when the file is downloaded
        Anchor link = TenantDownload.link(community, getTranslation("case.contract.download",
                getTranslation("case.contract.version", number, date) + " · " + name),
                () -> new TenantDownload.File(name, mediaType, contracts.contractFile(id, number).orElse(new byte[0])));
        link.setId("linked-contract-file-" + number);
        return link;
    }
}
