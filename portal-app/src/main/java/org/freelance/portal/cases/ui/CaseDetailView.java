package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.LinkedContractService;
import org.freelance.portal.cases.PrivateNoteService;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * One case for its freelancer, lead and supporters: the header with the status moves and the
 * evidence bundle, then tabs for the journal (timeline, new entry, email import), the weak signals,
 * the intake, the people and the helpers' private notes. Every change shows the case afresh; the
 * two forms are kept across, so a refusal or another change never loses what was typed.
 */
@Route("c/:slug/" + CaseListView.PAGE + "/:id")
@PermitAll
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final PrivateNoteService notes;
    private final LinkedContractService linkedContracts;
    private final MemberService members;
    private final List<CasePageExtension> extensions;
    long caseId;
    CaseDetail detail;
    private int selectedTab;
    final JournalEntryForm entryForm;
    final WeakSignalForm signalForm;
    EmailImportPanel emailPanel;

    public CaseDetailView(CaseService cases, PrivateNoteService notes, LinkedContractService linkedContracts,
            MemberService members, List<CasePageExtension> extensions, Clock clock) {
        this.cases = cases;
        this.notes = notes;
        this.linkedContracts = linkedContracts;
        this.members = members;
        this.extensions = List.copyOf(extensions);
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("case-detail");
        entryForm = new JournalEntryForm(entry -> cases.addEntry(caseId, entry), this::refresh, clock);
        signalForm = new WeakSignalForm(entry -> cases.addEntry(caseId, entry), this::refresh, clock);
        // files uploaded for an entry never added leave with the page
        addDetachListener(e -> entryForm.discardPendingFiles());
        LeaveGuard.forFields(this, entryForm.participants, entryForm.title, entryForm.body, entryForm.amount,
                signalForm.evidence);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.read(event).ifPresent(id -> {
            caseId = id;
            selectedTab = 0;
            refresh();
        });
    }

    void refresh() {
        detail = cases.get(caseId);
        removeAll();
        add(new CaseHeader(detail, new CaseActions(detail, slug(), cases, extensions, this::openMoveDialog,
                this::openInviteDialog)));
        TabSheet tabs = new TabSheet();
        tabs.setId("case-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("case.tab.journal"), journal());
        tabs.add(getTranslation("case.tab.signals"), new SignalsPanel(detail, signalForm));
        tabs.add(getTranslation("case.tab.intake"), new IntakeSummary(detail, cases, linkedContracts, slug()));
        tabs.add(getTranslation("case.tab.people"), new PeoplePanel(detail));
        if (detail.permissions().lead() || detail.permissions().supporter()) {
            // the helpers' own notes: never shown to the freelancer (and refused by the service anyway)
            tabs.add(getTranslation("case.tab.notes"), new PrivateNotesPanel(notes, caseId,
                    detail.status() != CaseStatus.CLOSED));
        }
        if (selectedTab > 0 && selectedTab < tabs.getTabCount()) {
            tabs.setSelectedIndex(selectedTab);
        }
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
        extensions.forEach(x -> x.panels(detail, slug()).forEach(this::add));
    }

    private Component journal() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        Paragraph help = new Paragraph(getTranslation("case.journal.help"));
        help.addClassName("portal-muted");
        tab.add(help, new JournalTimeline(detail, cases, slug()));
        if (detail.permissions().canAddEntries()) {
            entryForm.offerCorrections(detail.journal().stream().map(EntryView::sequence).toList());
            emailPanel = new EmailImportPanel(cases, caseId, slug(), this::refresh);
            tab.add(new H3(getTranslation("case.entry.add")), entryForm, new H3(getTranslation("case.email.import")),
                    emailPanel);
        }
        return tab;
    }

    void openMoveDialog(CaseStatus target) {
        new MoveDialog(cases, caseId, detail.status(), target, this::refresh).open();
    }

    void openInviteDialog() {
        new InviteDialog(cases, members, detail, this::refresh).open();
    }

    /** For tests: imports a file as if the browser had uploaded it; the future ends once the UI was told. */
    CompletableFuture<Void> importEmail(String name, byte[] content) {
        return emailPanel.start(BoundedUpload.store(name, content));
    }

    private static String slug() {
        return CommunityContext.current().orElseThrow().slug();
    }

    @Override
    public String getPageTitle() {
        return detail == null || detail.intake().title() == null ? getTranslation("case.title")
                : detail.intake().title();
    }
}
