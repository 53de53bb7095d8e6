package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.ui.DatePickers;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseFiles;
import org.freelance.portal.cases.CaseIntake;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.IncompleteEntryException;
import org.freelance.portal.cases.LinkedContractService;
import org.freelance.portal.cases.PrivateNoteService;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.FileView;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.CaseViews.ParticipantView;
import org.freelance.portal.cases.CaseViews.StoredFile;
import org.freelance.portal.cases.RiskScore;
import org.freelance.portal.cases.WeakSignal;
import org.freelance.portal.review.ui.ReviewListView;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * One case for its freelancer, lead and supporters: the journal as a timeline (with the hash chain's
 * state), adding entries and importing emails, the weak-signal chart, the intake, the people, the
 * status moves and the evidence bundle. Refusals show on the field concerned; nothing typed is lost.
 */
@Route("c/:slug/" + CaseListView.PAGE + "/:id")
@PermitAll
public class CaseDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final PrivateNoteService notes;
    private final LinkedContractService linkedContracts;
    private final MemberService members;
    private final List<CasePageExtension> extensions;
    private final Clock clock;
    Long caseId;
    CaseDetail detail;
    private int selectedTab;

    // the entry form lives across refreshes so a refusal never loses what was typed
    final Select<EntryType> entryType = new Select<>();
    final DatePicker entryDate = new DatePicker();
    final Select<Channel> entryChannel = new Select<>();
    final Select<WeakSignal> entrySignal = new Select<>();
    final TextField entryParticipants = new TextField();
    final TextField entryTitle = new TextField();
    final TextArea entryBody = new TextArea();
    final BigDecimalField entryAmount = new BigDecimalField();
    final Select<Integer> entryCorrects = new Select<>();
    final Span entryFiles = new Span();
    final Paragraph entryError = new Paragraph();
    final List<BoundedUpload.Received> pendingFiles = new ArrayList<>();
    private Upload entryUpload;
    final Select<WeakSignal> signalType = new Select<>();
    final DatePicker signalDate = new DatePicker();
    final TextArea signalEvidence = new TextArea();
    EmailImportPanel emailPanel;
    final LeaveGuard leaveGuard;

    public CaseDetailView(CaseService cases, PrivateNoteService notes, LinkedContractService linkedContracts,
            MemberService members, List<CasePageExtension> extensions, Clock clock) {
        this.cases = cases;
        this.notes = notes;
        this.linkedContracts = linkedContracts;
        this.members = members;
        this.extensions = List.copyOf(extensions);
        this.clock = clock;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("case-detail");
        buildEntryForm();
        buildSignalForm();
        // files uploaded for an entry never added leave with the page
        addDetachListener(e -> discardPendingFiles());
        leaveGuard = LeaveGuard.forFields(this, entryParticipants, entryTitle, entryBody, entryAmount, signalEvidence);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            caseId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(new NotFoundException(), "");
            return;
        }
        selectedTab = 0;
        refresh();
    }

    void refresh() {
        detail = cases.get(caseId);
        removeAll();
        add(header());
        TabSheet tabs = new TabSheet();
        tabs.setId("case-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("case.tab.journal"), journal());
        tabs.add(getTranslation("case.tab.signals"), signals());
        tabs.add(getTranslation("case.tab.intake"), intake());
        tabs.add(getTranslation("case.tab.people"), people());
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

    // --- header ---------------------------------------------------------------------------------------

    private Component header() {
        CaseIntake intake = detail.intake();
        H2 title = new H2(intake.title() == null ? getTranslation("case.untitled") : intake.title());
        Span status = CaseLabels.status(this, detail.status());
        status.setId("case-status");
        String lead = detail.participants().stream().filter(p -> p.role().name().equals("LEAD"))
                .map(ParticipantView::name).findFirst().orElse(getTranslation("case.no-lead"));
        Paragraph summary = new Paragraph(getTranslation("case.header", detail.reference(),
                nullToDash(intake.client().name()), detail.freelancerName(), lead, Formats.date(detail.createdAt())));
        summary.addClassName("portal-muted");

        Span chain = new Span();
        chain.setId("case-chain");
        if (detail.chain().intact()) {
            chain.add(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("case.chain.intact",
                    detail.chain().entries())));
            chain.addClassName("portal-ok");
        } else {
            chain.add(VaadinIcon.WARNING.create(), new Span(getTranslation("case.chain.broken",
                    detail.chain().firstBroken())));
            chain.addClassName("portal-error");
        }
        Span risk = new Span(getTranslation("case.risk.today", detail.riskToday()));
        risk.setId("case-risk");
        risk.getElement().getThemeList().add("badge");
        if (detail.riskToday() >= RiskScore.ALERT_THRESHOLD) {
            risk.getElement().getThemeList().add("error");
        }
        HorizontalLayout facts = new HorizontalLayout(status, risk, chain);
        facts.setAlignItems(Alignment.CENTER);
        facts.getStyle().set("flex-wrap", "wrap");

        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("case-actions");
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        if (detail.permissions().canEditDraft()) {
            Button edit = new Button(getTranslation("case.draft.continue"), e -> UI.getCurrent().navigate(
                    CommunityContext.path(slug(), CaseListView.PAGE + "/" + caseId + "/edit")));
            edit.setId("case-edit");
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(edit);
        }
        for (CaseStatus target : orderedMoves(detail.permissions().moves())) {
            if (target == CaseStatus.SUBMITTED) {
                continue; // submitting is done from the intake wizard, which checks the intake
            }
            Button move = new Button(getTranslation("case.move." + target.name()), e -> openMoveDialog(target));
            move.setId("case-move-" + target.name());
            if (target == CaseStatus.IN_MEDIATION || target == CaseStatus.RESOLVED) {
                move.addThemeVariants(ButtonVariant.PRIMARY);
            }
            actions.add(move);
        }
        if (detail.permissions().canInvite()) {
            Button invite = new Button(getTranslation("case.invite"), VaadinIcon.USER_CHECK.create(),
                    e -> openInviteDialog());
            invite.setId("case-invite");
            actions.add(invite);
        }
        extensions.forEach(x -> x.actions(detail, slug()).forEach(actions::add));
        actions.add(bundleLink());
        VerticalLayout header = new VerticalLayout(title, summary, facts, actions);
        header.setPadding(false);
        header.setSpacing(false);
        return header;
    }

    private static List<CaseStatus> orderedMoves(Set<CaseStatus> moves) {
        return Arrays.stream(CaseStatus.values()).filter(moves::contains).toList();
    }

    private Anchor bundleLink() {
        Long id = caseId;
        String community = slug();
        String language = UI.getCurrent() == null ? "fr" : UI.getCurrent().getLocale().getLanguage();
        // a download is its own HTTP request, outside the UI: the community is bound explicitly and the
        // service checks again that the signed-in person may read the case
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] zip = TenantScope.call(community, () -> cases.evidenceBundle(id, language));
            return new DownloadResponse(new ByteArrayInputStream(zip), "preuves-" + detail.reference() + ".zip",
                    "application/zip", zip.length);
        }), getTranslation("case.bundle.export"));
        link.setId("case-bundle");
        link.getElement().setAttribute("download", true);
        link.addClassName("portal-button-link");
        return link;
    }

    private static final Set<CaseStatus> FINAL_MOVES = Set.of(CaseStatus.RESOLVED, CaseStatus.ESCALATED,
            CaseStatus.WITHDRAWN, CaseStatus.CLOSED);

    void openMoveDialog(CaseStatus target) {
        Dialog dialog = new Dialog();
        dialog.setId("move-dialog");
        dialog.setHeaderTitle(getTranslation("case.move." + target.name()));
        TextArea reason = new TextArea(getTranslation("case.move.reason"));
        reason.setId("move-reason");
        reason.setMaxLength(CaseService.MAX_REASON_CHARS);
        reason.setWidthFull();
        boolean needed = target.needsReasonFrom(detail.status());
        reason.setRequiredIndicatorVisible(needed);
        reason.setHelperText(getTranslation(needed ? "case.move.reason.required" : "case.move.reason.optional"));
        Button confirm = new Button(getTranslation("case.move.confirm"), e -> {
            try {
                cases.move(caseId, target, reason.getValue());
                dialog.close();
                Notifications.success(getTranslation("case.moved", CaseLabels.label(this, target)));
                refresh();
            } catch (PortalException failure) {
                reason.setErrorMessage(UserMessages.of(failure));
                reason.setInvalid(true);
            }
        });
        confirm.setId("move-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (FINAL_MOVES.contains(target)) {
            // these moves cannot be undone: say so before the confirmation
            Paragraph consequence = new Paragraph(getTranslation("case.move.consequence." + target.name()));
            consequence.setId("move-consequence");
            consequence.addClassName("portal-warning");
            dialog.add(consequence);
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    void openInviteDialog() {
        Set<Long> already = detail.participants().stream().map(ParticipantView::userId).collect(Collectors.toSet());
        List<MemberSummary> peers = members.directory().stream()
                .filter(m -> m.hasRole(Role.EXPERT) || m.hasRole(Role.MEDIATOR))
                .filter(m -> !already.contains(m.userId())).toList();
        Dialog dialog = new Dialog();
        dialog.setId("invite-dialog");
        dialog.setHeaderTitle(getTranslation("case.invite"));
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
                cases.inviteSupporter(caseId, peer.getValue().userId());
                dialog.close();
                Notifications.success(getTranslation("case.invited", peer.getValue().displayName()));
                refresh();
            } catch (PortalException failure) {
                peer.setErrorMessage(UserMessages.of(failure));
                peer.setInvalid(true);
            }
        });
        confirm.setId("invite-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(peers.isEmpty() ? new Paragraph(getTranslation("case.invite.none")) : peer);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    // --- journal --------------------------------------------------------------------------------------

    private Component journal() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        Paragraph help = new Paragraph(getTranslation("case.journal.help"));
        help.addClassName("portal-muted");
        tab.add(help);
        Div timeline = new Div();
        timeline.setId("case-timeline");
        timeline.addClassName("portal-timeline");
        Integer broken = detail.chain().firstBroken();
        for (EntryView entry : detail.journal()) {
            timeline.add(entryCard(entry, broken != null && entry.sequence() >= broken));
        }
        if (detail.journal().isEmpty()) {
            timeline.add(new Paragraph(getTranslation("case.journal.empty")));
        }
        tab.add(timeline);
        if (detail.permissions().canAddEntries()) {
            entryCorrects.setItems(detail.journal().stream().map(EntryView::sequence).toList());
            tab.add(new H3(getTranslation("case.entry.add")), entryForm(), new H3(getTranslation("case.email.import")),
                    emailImport());
        }
        return tab;
    }

    private Component entryCard(EntryView e, boolean unproven) {
        Div card = new Div();
        card.addClassName("portal-entry");
        card.setId("entry-" + e.sequence());
        if (unproven) {
            card.addClassName("portal-entry-broken");
        }
        String kind = CaseLabels.label(this, e.type()) + (e.channel() == null ? ""
                : " · " + CaseLabels.label(this, e.channel()));
        String when = e.occurredOn() == null ? Formats.dateTime(e.recordedAt()) : Formats.date(e.occurredOn());
        H4 heading = new H4(getTranslation("case.entry.heading", e.sequence(), kind, when));
        card.add(heading);
        String headline = headline(e);
        if (!headline.isBlank()) {
            Paragraph line = new Paragraph(headline);
            line.addClassName("portal-entry-title");
            card.add(line);
        }
        if (e.signal() != null) {
            card.add(new Paragraph(getTranslation("case.entry.signal", CaseLabels.label(this, e.signal()))));
        }
        if (e.participants() != null && e.type() != EntryType.STATUS_CHANGE) {
            card.add(new Paragraph(getTranslation("case.entry.participants", e.participants())));
        }
        if (e.amount() != null) {
            card.add(new Paragraph(getTranslation("case.entry.amount", Formats.euros(e.amount()))));
        }
        if (e.body() != null) {
            Paragraph body = new Paragraph(e.body());
            body.getStyle().set("white-space", "pre-wrap");
            card.add(body);
        }
        for (FileView file : e.files()) {
            card.add(fileLink(file));
        }
        if (e.corrects() != null) {
            card.add(new Paragraph(getTranslation("case.entry.corrects", e.corrects())));
        }
        if (!e.correctedBy().isEmpty()) {
            Paragraph corrected = new Paragraph(getTranslation("case.entry.corrected-by",
                    e.correctedBy().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            corrected.addClassName("portal-warning");
            card.add(corrected);
        }
        Span footer = new Span(getTranslation("case.entry.recorded", e.authorName(), Formats.dateTime(e.recordedAt()),
                e.hash().substring(0, 12)));
        footer.getElement().setAttribute("title", e.hash());
        footer.addClassName("portal-muted");
        card.add(footer);
        if (unproven) {
            Paragraph warning = new Paragraph(getTranslation("case.entry.unproven"));
            warning.addClassName("portal-error");
            card.add(warning);
        }
        return card;
    }

    private String headline(EntryView e) {
        if (e.type() == EntryType.STATUS_CHANGE && e.title() != null) {
            String key = "case.event." + e.title();
            return getTranslation(key, e.participants() == null ? "" : e.participants());
        }
        return e.title() == null ? "" : e.title();
    }

    private Anchor fileLink(FileView file) {
        Long id = caseId;
        Long fileId = file.id();
        String community = slug();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            StoredFile stored = TenantScope.call(community, () -> cases.file(id, fileId));
            return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(),
                    stored.mediaType(), stored.sizeBytes());
        }), getTranslation("case.file.link", file.fileName(), Formats.size(file.sizeBytes())));
        link.getElement().setAttribute("download", true);
        link.getElement().setAttribute("title", "SHA-256 " + file.sha256());
        link.addClassName("portal-file-link");
        return link;
    }

    private void buildEntryForm() {
        entryType.setLabel(getTranslation("case.entry.type"));
        entryType.setId("entry-type");
        entryType.setItems(Arrays.stream(EntryType.values()).filter(t -> t != EntryType.STATUS_CHANGE).toList());
        entryType.setItemLabelGenerator(t -> CaseLabels.label(this, t));
        entryType.setValue(EntryType.EXCHANGE);
        entryType.addValueChangeListener(e -> adaptEntryForm());
        entryDate.setLabel(getTranslation("case.entry.date"));
        entryDate.setId("entry-date");
        DatePickers.french(entryDate);
        entryDate.setValue(LocalDate.now(clock));
        entryChannel.setLabel(getTranslation("case.entry.channel"));
        entryChannel.setId("entry-channel");
        entryChannel.setItems(Channel.values());
        entryChannel.setItemLabelGenerator(c -> CaseLabels.label(this, c));
        entrySignal.setLabel(getTranslation("case.signal.type"));
        entrySignal.setId("entry-signal");
        entrySignal.setItems(WeakSignal.values());
        entrySignal.setItemLabelGenerator(s -> CaseLabels.label(this, s));
        entryParticipants.setLabel(getTranslation("case.entry.participants.label"));
        entryParticipants.setId("entry-participants");
        entryParticipants.setMaxLength(CaseService.MAX_PARTICIPANTS_CHARS);
        entryTitle.setLabel(getTranslation("case.entry.title"));
        entryTitle.setId("entry-title");
        entryTitle.setMaxLength(CaseService.MAX_TITLE_CHARS);
        entryBody.setLabel(getTranslation("case.entry.body"));
        entryBody.setId("entry-body");
        entryBody.setMaxLength(CaseService.MAX_BODY_CHARS);
        entryBody.setMinHeight("7rem");
        entryAmount.setLabel(getTranslation("case.entry.amount.label"));
        entryAmount.setId("entry-amount");
        entryAmount.setSuffixComponent(new Span("€"));
        entryCorrects.setLabel(getTranslation("case.entry.corrects.label"));
        entryCorrects.setId("entry-corrects");
        entryCorrects.setEmptySelectionAllowed(true);
        entryCorrects.setEmptySelectionCaption(getTranslation("case.entry.corrects.none"));
        entryCorrects.setItemLabelGenerator(n -> n == null ? getTranslation("case.entry.corrects.none") : "n° " + n);
        entryFiles.setId("entry-files");
        entryError.setId("entry-error");
        entryError.addClassName("portal-error");
        entryError.setVisible(false);
        adaptEntryForm();
    }

    private Component entryForm() {
        FormLayout form = new FormLayout(entryType, entryDate, entryChannel, entrySignal, entryParticipants,
                entryTitle, entryAmount, entryCorrects, entryBody);
        form.setColspan(entryBody, 2);
        form.setColspan(entryTitle, 2);
        Upload upload = BoundedUpload.create(CaseFiles.MAX_BYTES, 10, this::acceptFile,
                () -> showEntryError(getTranslation("error.upload.too-large", 20)));
        upload.setId("entry-upload");
        entryUpload = upload;
        Button add = new Button(getTranslation("case.entry.submit"), e -> addEntry());
        add.setId("entry-submit");
        add.addThemeVariants(ButtonVariant.PRIMARY);
        VerticalLayout layout = new VerticalLayout(form, upload, entryFiles, entryError, add);
        layout.setPadding(false);
        return layout;
    }

    private void adaptEntryForm() {
        EntryType type = entryType.getValue();
        entryChannel.setVisible(type == EntryType.EXCHANGE);
        entrySignal.setVisible(type == EntryType.WEAK_SIGNAL);
        entryParticipants.setVisible(type == EntryType.EXCHANGE || type == EntryType.DECISION
                || type == EntryType.VALIDATION);
        entryAmount.setVisible(type == EntryType.PAYMENT_EVENT);
        entryDate.setRequiredIndicatorVisible(type == EntryType.EXCHANGE || type == EntryType.WEAK_SIGNAL
                || type == EntryType.PAYMENT_EVENT);
    }

    /** For tests: a file for the next entry as if the browser had uploaded it. */
    void acceptFile(String name, byte[] content) {
        acceptFile(BoundedUpload.store(name, content));
    }

    /** A file uploaded for the next entry: on disk until the entry is added or the page is left. */
    private void acceptFile(BoundedUpload.Received file) {
        pendingFiles.add(file);
        entryFiles.setText(getTranslation("case.entry.files", pendingFiles.stream()
                .map(BoundedUpload.Received::fileName).collect(Collectors.joining(", "))));
    }

    private void discardPendingFiles() {
        pendingFiles.forEach(BoundedUpload.Received::delete);
        pendingFiles.clear();
    }

    void addEntry() {
        clearEntryErrors();
        NewEntry entry = new NewEntry(entryType.getValue(), entryDate.getValue(),
                entryChannel.isVisible() ? entryChannel.getValue() : null,
                entryParticipants.isVisible() ? entryParticipants.getValue() : null, entryTitle.getValue(),
                entryBody.getValue(), entrySignal.isVisible() ? entrySignal.getValue() : null,
                entryAmount.isVisible() ? entryAmount.getValue() : null,
                entryCorrects.getValue(), pendingFiles.stream()
                        .map(f -> new org.freelance.portal.cases.CaseViews.Upload(f.fileName(), f.bytes())).toList());
        try {
            int sequence = cases.addEntry(caseId, entry);
            Notifications.success(getTranslation("case.entry.added", sequence));
            entryTitle.clear();
            entryBody.clear();
            entryParticipants.clear();
            entryAmount.clear();
            entrySignal.clear();
            entryCorrects.clear();
            discardPendingFiles();
            entryFiles.setText("");
            refresh();
        } catch (IncompleteEntryException incomplete) {
            markMissing(incomplete.missing());
        } catch (PortalException failure) {
            HasValidation field = switch (failure.messageKey()) {
                case "error.case.entry-date", "error.case.entry-future" -> entryDate;
                case "error.case.amount" -> entryAmount;
                case "error.case.corrects" -> entryCorrects;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(UserMessages.of(failure));
                field.setInvalid(true);
            } else if (failure.messageKey().startsWith("error.upload.")) {
                // a refused file would be sent again with every try: drop the files, keep the text
                showEntryError(UserMessages.of(failure) + " " + getTranslation("case.entry.files.dropped",
                        pendingFiles.stream().map(BoundedUpload.Received::fileName)
                                .collect(Collectors.joining(", "))));
                discardPendingFiles();
                entryFiles.setText("");
                entryUpload.clearFileList();
            } else {
                showEntryError(UserMessages.of(failure));
            }
        }
    }

    private void clearEntryErrors() {
        List.<HasValidation>of(entryDate, entryAmount, entryCorrects, entryChannel, entrySignal, entryTitle, entryBody)
                .forEach(f -> f.setInvalid(false));
        entryError.setVisible(false);
    }

    /** Marks each empty field the entry's kind needs, with what to put there; a missing file is said under the files. */
    private void markMissing(List<IncompleteEntryException.Missing> missing) {
        for (IncompleteEntryException.Missing field : missing) {
            // an entry that needs a title, a text or a file says so on both the title and the text
            IncompleteEntryException.Missing said = field == IncompleteEntryException.Missing.BODY
                    && missing.contains(IncompleteEntryException.Missing.TITLE) ? IncompleteEntryException.Missing.TITLE
                    : field;
            String message = getTranslation("case.entry.missing." + said.name().toLowerCase(java.util.Locale.ROOT));
            HasValidation target = switch (field) {
                case CHANNEL -> entryChannel;
                case SIGNAL -> entrySignal;
                case TITLE -> entryTitle;
                case BODY -> entryBody;
                case FILES -> null;
            };
            if (target == null) {
                showEntryError(message);
            } else {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        }
    }

    private void showEntryError(String message) {
        entryError.setText(message);
        entryError.setVisible(true);
    }

    private Component emailImport() {
        emailPanel = new EmailImportPanel(cases, caseId, slug(), this::refresh);
        return emailPanel;
    }

    /** For tests: imports a file as if the browser had uploaded it; the future ends once the UI was told. */
    CompletableFuture<Void> importEmail(String name, byte[] content) {
        return emailPanel.start(BoundedUpload.store(name, content));
    }

    // --- weak signals -----------------------------------------------------------------------------------

    private void buildSignalForm() {
        signalType.setLabel(getTranslation("case.signal.type"));
        signalType.setId("signal-type");
        signalType.setItems(WeakSignal.values());
        signalType.setItemLabelGenerator(s -> CaseLabels.label(this, s));
        signalDate.setLabel(getTranslation("case.signal.date"));
        signalDate.setId("signal-date");
        DatePickers.french(signalDate);
        signalDate.setValue(LocalDate.now(clock));
        signalEvidence.setLabel(getTranslation("case.signal.evidence"));
        signalEvidence.setId("signal-evidence");
        signalEvidence.setWidthFull();
    }

    private Component signals() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.add(new Paragraph(getTranslation("case.signals.help", RiskScore.ALERT_THRESHOLD)));
        List<LocalDate> days = detail.journal().stream()
                .filter(e -> e.type() == EntryType.WEAK_SIGNAL && e.occurredOn() != null && e.correctedBy().isEmpty())
                .map(EntryView::occurredOn).toList();
        String svg = RiskChart.svg(detail.risk(), days, getTranslation("case.chart.threshold", RiskScore.ALERT_THRESHOLD));
        Image chart = new Image(RiskChart.dataUrl(svg), getTranslation("case.chart.alt", detail.riskToday(), days.size()));
        chart.setId("risk-chart");
        chart.setMaxWidth("100%");
        HorizontalLayout chartAndWeights = new HorizontalLayout(chart, new SignalWeights());
        chartAndWeights.getStyle().set("flex-wrap", "wrap");
        tab.add(chartAndWeights);
        UnorderedList list = new UnorderedList();
        list.setId("signal-list");
        detail.journal().stream().filter(e -> e.type() == EntryType.WEAK_SIGNAL).forEach(e -> list.add(new ListItem(
                getTranslation("case.signal.line", Formats.date(e.occurredOn()), CaseLabels.label(this, e.signal()),
                        e.body() == null ? "" : e.body()))));
        tab.add(list);
        if (detail.permissions().canAddEntries()) {
            Button add = new Button(getTranslation("case.signal.add"), e -> addSignal());
            add.setId("signal-submit");
            add.addThemeVariants(ButtonVariant.PRIMARY);
            FormLayout form = new FormLayout(signalType, signalDate, signalEvidence);
            form.setColspan(signalEvidence, 2);
            tab.add(new H3(getTranslation("case.signal.add")), form, add);
        }
        return tab;
    }

    void addSignal() {
        signalType.setInvalid(false);
        signalDate.setInvalid(false);
        if (signalType.getValue() == null) {
            signalType.setErrorMessage(getTranslation("case.signal.type.required"));
            signalType.setInvalid(true);
            return;
        }
        try {
            cases.addEntry(caseId, new NewEntry(EntryType.WEAK_SIGNAL, signalDate.getValue(), null, null, null,
                    signalEvidence.getValue(), signalType.getValue(), null, null, List.of()));
            Notifications.success(getTranslation("case.signal.added"));
            signalType.clear();
            signalEvidence.clear();
            refresh();
        } catch (PortalException failure) {
            signalDate.setErrorMessage(UserMessages.of(failure));
            signalDate.setInvalid(true);
        }
    }

    // --- intake and people ----------------------------------------------------------------------------

    private Component intake() {
        CaseIntake in = detail.intake();
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setId("case-intake-summary");
        tab.add(new H3(getTranslation("case.step.client")));
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.client"), in.client().name()},
                new String[] {getTranslation("case.field.identifier"), in.client().identifier()},
                new String[] {getTranslation("case.field.address"), in.client().address()})));
        UnorderedList contacts = new UnorderedList();
        in.client().contacts().forEach(c -> contacts.add(new ListItem(String.join(" · ",
                java.util.stream.Stream.of(c.name(), c.role(), c.email(), c.phone())
                        .filter(v -> v != null && !v.isBlank()).toList()))));
        if (!in.client().contacts().isEmpty()) {
            tab.add(new H4(getTranslation("case.contacts")), contacts);
        }
        tab.add(new H3(getTranslation("case.step.vetting")));
        UnorderedList vetting = new UnorderedList();
        in.vetting().forEach((item, v) -> vetting.add(new ListItem(CaseLabels.label(this, item) + " : "
                + CaseLabels.label(this, v.answer()) + (v.note() == null ? "" : " — " + v.note()))));
        tab.add(in.vetting().isEmpty() ? new Paragraph(getTranslation("case.vetting.none")) : vetting);
        tab.add(new H3(getTranslation("case.step.mission")));
        var m = in.mission();
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.mission-object"), m.object()},
                new String[] {getTranslation("case.field.period"), m.start() == null && m.end() == null ? null
                        : getTranslation("case.period", Formats.date(m.start()), Formats.date(m.end()))},
                new String[] {getTranslation("review.field.amount"), m.amount() == null ? null
                        : Formats.euros(m.amount()) + (m.pricing() == null ? ""
                                : " (" + getTranslation("review.pricing." + m.pricing().name()) + ")")})));
        if (detail.contract() != null) {
            tab.add(fileLink(detail.contract()));
        }
        if (detail.reviewRequestTitle() != null) {
            tab.add(new Anchor(CommunityContext.path(slug(), ReviewListView.PAGE + "/" + m.reviewRequestId()),
                    getTranslation("case.review.link", detail.reviewRequestTitle())));
        }
        if (m.reviewRequestId() != null && (detail.permissions().freelancer() || detail.permissions().lead())) {
            tab.add(new LinkedContractPanel(linkedContracts, caseId, slug(), detail.freelancerName(),
                    detail.permissions().lead()));
        }
        tab.add(new H3(getTranslation("case.step.scoping")));
        var s = in.scoping();
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.objectives"), s.objectives()},
                new String[] {getTranslation("case.field.roles"), s.roles()},
                new String[] {getTranslation("case.field.out-of-scope"), s.outOfScope()})));
        if (!s.phases().isEmpty()) {
            UnorderedList phases = new UnorderedList();
            s.phases().forEach(p -> phases.add(new ListItem(p.name() + (p.deadline() == null ? ""
                    : " — " + Formats.date(p.deadline())))));
            tab.add(new H4(getTranslation("case.phases")), phases);
        }
        tab.add(new H3(getTranslation("case.step.problem")));
        var p = in.problem();
        tab.add(facts(List.of(
                new String[] {getTranslation("case.field.category"), CaseLabels.label(this, p.category())},
                new String[] {getTranslation("case.field.urgency"), CaseLabels.label(this, p.urgency())},
                new String[] {getTranslation("case.field.description"), p.description()},
                new String[] {getTranslation("case.field.outcome"), p.desiredOutcome()})));
        return tab;
    }

    private Component facts(List<String[]> pairs) {
        Div list = new Div();
        list.addClassName("portal-facts");
        for (String[] pair : pairs) {
            if (pair[1] == null || pair[1].isBlank()) {
                continue;
            }
            Div row = new Div(new Span(pair[0]), new Span(pair[1]));
            row.addClassName("portal-fact");
            list.add(row);
        }
        return list;
    }

    private Component people() {
        VerticalLayout tab = new VerticalLayout();
        tab.setPadding(false);
        tab.setId("case-people");
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("case.people.freelancer", detail.freelancerName())));
        for (ParticipantView p : detail.participants()) {
            list.add(new ListItem(getTranslation("case.people.line", p.name(), CaseLabels.label(this, p.role()),
                    Formats.date(p.joinedAt()), p.conflictNote() == null ? getTranslation("case.people.no-note")
                            : p.conflictNote())));
        }
        tab.add(list);
        if (detail.participants().isEmpty()) {
            tab.add(new Paragraph(getTranslation("case.people.waiting")));
        }
        return tab;
    }

    private static String nullToDash(String value) {
        return value == null ? "—" : value;
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
