package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.freelance.portal.base.ui.BoundedUpload;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.review.ContractInput;
import org.freelance.portal.review.ContractTextExtractor;
import org.freelance.portal.review.ReviewEnums.Decision;
import org.freelance.portal.review.ReviewEnums.PointStatus;
import org.freelance.portal.review.ReviewEnums.ShareMode;
import org.freelance.portal.review.ReviewReportService;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.CommentView;
import org.freelance.portal.review.ReviewViews.EvolutionView;
import org.freelance.portal.review.ReviewViews.ExpertReviewView;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.NegotiationItem;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.Clause;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * One review request: the contract text clause by clause with the findings' spans highlighted, the
 * findings beside it (each a button that brings its span into view), the experts' work, the
 * negotiation list and the report. What each person may do follows the service's permissions.
 */
@Route("c/:slug/" + ReviewListView.PAGE + "/:id")
@PermitAll
public class ReviewDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewService reviews;
    private final ReviewReportService reports;
    private final MemberService members;
    private Long requestId;
    private Integer versionNumber;
    private RequestDetail detail;
    private int selectedTab;

    private final List<ReviewPageExtension> extensions;

    public ReviewDetailView(ReviewService reviews, ReviewReportService reports, MemberService members,
            List<ReviewPageExtension> extensions) {
        this.extensions = List.copyOf(extensions);
        this.reviews = reviews;
        this.reports = reports;
        this.members = members;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("review-detail");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            requestId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(new NotFoundException(), "");
            return;
        }
        versionNumber = null;
        selectedTab = 0;
        refresh();
    }

    void refresh() {
        detail = versionNumber == null ? reviews.get(requestId) : reviews.get(requestId, versionNumber);
        removeAll();
        add(header());
        TabSheet tabs = new TabSheet();
        tabs.setId("review-tabs");
        tabs.setWidthFull();
        tabs.add(getTranslation("review.tab.contract"), contractAndFindings());
        tabs.add(getTranslation("review.tab.negotiation"), negotiation());
        tabs.add(getTranslation("review.tab.experts"), experts());
        if (!detail.evolution().isEmpty()) {
            tabs.add(getTranslation("review.tab.evolution"), evolution());
        }
        // a refresh after an action keeps the user where they were
        if (selectedTab > 0 && selectedTab < 4) {
            tabs.setSelectedIndex(selectedTab);
        }
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        add(tabs);
        String slug = org.freelance.portal.tenant.ui.CommunityContext.current().orElseThrow().slug();
        extensions.forEach(x -> x.panels(detail, slug).forEach(this::add));
    }

    // --- header -----------------------------------------------------------------------------------

    private Component header() {
        var mission = detail.mission();
        H2 title = new H2(mission.title());
        Paragraph summary = new Paragraph(getTranslation("review.header", mission.clientName(),
                detail.requesterName(), Formats.date(detail.createdAt()),
                getTranslation("review.share." + detail.shareMode().name())));
        summary.addClassName("portal-muted");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("review-actions");
        actions.setAlignItems(Alignment.CENTER);
        actions.getStyle().set("flex-wrap", "wrap");
        if (detail.permissions().requester()) {
            Button share = new Button(getTranslation("review.share"), e -> openShareDialog());
            share.setId("review-share");
            share.addThemeVariants(ButtonVariant.PRIMARY);
            Button version = new Button(getTranslation("review.new-version"), e -> openVersionDialog());
            version.setId("review-new-version");
            actions.add(share, version);
        }
        if (detail.permissions().canTake()) {
            Button take = new Button(getTranslation("review.take"), e -> {
                reviews.take(requestId);
                Notifications.success(getTranslation("review.taken"));
                refresh();
            });
            take.setId("review-take");
            take.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(take);
        }
        actions.add(reportLink(Locale.FRENCH, "review-report-fr"), reportLink(Locale.ENGLISH, "review-report-en"));
        if (detail.versions().size() > 1) {
            Select<Integer> versions = new Select<>();
            versions.setId("review-version");
            versions.setAriaLabel(getTranslation("review.version"));
            versions.setItems(detail.versions().stream().map(v -> v.number()).toList());
            versions.setItemLabelGenerator(n -> getTranslation("review.version.n", n));
            versions.setValue(detail.shown().number());
            versions.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    versionNumber = e.getValue();
                    refresh();
                }
            });
            actions.add(versions);
        }
        return new VerticalLayout(title, summary, actions) {
            {
                setPadding(false);
                setSpacing(false);
            }
        };
    }

    private Anchor reportLink(Locale locale, String id) {
        Long request = requestId;
        // a download is its own HTTP request, outside the UI: the community shown is bound explicitly,
        // and the service still checks that the signed-in person may read this request there
        String community = CommunityContext.current().orElseThrow().slug();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = TenantScope.call(community, () -> reports.report(request, locale));
            return new DownloadResponse(new ByteArrayInputStream(pdf), "rapport-" + request + "-"
                    + locale.getLanguage() + ".pdf", "application/pdf", pdf.length);
        }), getTranslation("review.report." + locale.getLanguage()));
        link.setId(id);
        link.getElement().setAttribute("download", true);
        link.addClassName("portal-button-link");
        return link;
    }

    // --- contract and findings ------------------------------------------------------------------

    private Component contractAndFindings() {
        FlexLayout split = new FlexLayout();
        split.addClassName("portal-review-split");
        split.setWidthFull();
        Div contract = new Div();
        contract.setId("contract-text");
        contract.addClassName("portal-contract");
        String text = detail.text();
        List<FindingView> spans = detail.findings().stream().filter(f -> !f.isAboutMissingClause()).toList();
        for (Clause clause : detail.clauses()) {
            Div block = new Div();
            block.addClassName("portal-clause");
            block.setId("clause-" + clause.index());
            List<Piece> pieces = new ArrayList<>();
            for (FindingView f : spans) {
                int start = Math.max(f.start(), clause.start());
                int end = Math.min(f.end(), clause.end());
                if (start < end) {
                    pieces.add(new Piece(f, start, end, f.start() >= clause.start()));
                }
            }
            addMarked(block, text, clause.start(), clause.end(), pieces);
            long count = detail.comments().stream().filter(c -> c.clauseIndex() == clause.index()).count();
            Button discuss = new Button(getTranslation("review.discussion", count), e -> openDiscussion(clause));
            discuss.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            discuss.setId("discuss-" + clause.index());
            block.add(discuss);
            contract.add(block);
        }
        VerticalLayout findingsPane = new VerticalLayout();
        findingsPane.setId("findings");
        findingsPane.addClassName("portal-findings");
        findingsPane.setPadding(false);
        findingsPane.add(new H3(getTranslation("review.findings", detail.findings().size())));
        if (detail.permissions().tookIt()) {
            Button add = new Button(getTranslation("review.add-finding"), e -> openFindingDialog());
            add.setId("review-add-finding");
            findingsPane.add(add);
        }
        for (FindingView f : detail.findings()) {
            findingsPane.add(findingCard(f));
        }
        findingsPane.add(new H4(getTranslation("review.checklist")));
        Div checklist = new Div();
        checklist.setId("checklist");
        detail.checklist().forEach(item -> {
            Span line = new Span((item.present() ? "✔ " : "✘ ") + getTranslation("category." + item.category().name()));
            line.addClassName(item.present() ? "portal-present" : "portal-missing");
            checklist.add(new Div(line));
        });
        findingsPane.add(checklist);
        split.add(contract, findingsPane);
        return split;
    }

    /** A finding's span cut to one clause or one enclosing mark; the piece where it begins carries its id. */
    private record Piece(FindingView finding, int start, int end, boolean first) {

        /** Outer marks first: earliest start, then longest, then the least severe (the worst shows on top). */
        static final Comparator<Piece> ORDER = Comparator.comparingInt(Piece::start)
                .thenComparing(Piece::end, Comparator.reverseOrder())
                .thenComparing(p -> p.finding().severity(), Comparator.reverseOrder());
    }

    /**
     * Adds {@code text[from, to)} with the pieces as marks. Several findings often flag the same
     * sentence, so a mark may hold other marks (one crossing its end is cut in two): every finding keeps
     * its own highlighted element for its button to bring into view.
     */
    private void addMarked(HasComponents parent, String text, int from, int to, List<Piece> pieces) {
        List<Piece> pending = new ArrayList<>(pieces);
        pending.sort(Piece.ORDER);
        int position = from;
        while (!pending.isEmpty()) {
            Piece outer = pending.removeFirst();
            if (outer.start() > position) {
                parent.add(new Span(text.substring(position, outer.start())));
            }
            List<Piece> inside = new ArrayList<>();
            List<Piece> after = new ArrayList<>();
            for (Piece p : pending) {
                if (p.start() >= outer.end()) {
                    after.add(p);
                } else if (p.end() <= outer.end()) {
                    inside.add(p);
                } else {
                    inside.add(new Piece(p.finding(), p.start(), outer.end(), p.first()));
                    after.add(new Piece(p.finding(), outer.end(), p.end(), false));
                }
            }
            FindingView f = outer.finding();
            Span mark = new Span();
            mark.addClassNames("portal-mark", "portal-severity-" + f.severity().name().toLowerCase());
            mark.getElement().setAttribute("title", findingName(f));
            if (outer.first()) {
                mark.setId("mark-" + f.id());
                mark.getElement().setAttribute("tabindex", "0");
            }
            if (inside.isEmpty()) {
                mark.setText(text.substring(outer.start(), outer.end()));
            } else {
                addMarked(mark, text, outer.start(), outer.end(), inside);
            }
            parent.add(mark);
            position = outer.end();
            pending = after;
            pending.sort(Piece.ORDER);
        }
        if (position < to) {
            parent.add(new Span(text.substring(position, to)));
        }
    }

    private String findingName(FindingView f) {
        if (f.title() != null && !f.title().isBlank()) {
            return f.title();
        }
        return f.type() != null ? getTranslation("type." + f.type().name())
                : getTranslation("category." + f.category().name());
    }

    private Component findingCard(FindingView f) {
        Div card = new Div();
        card.addClassName("portal-finding");
        card.setId("finding-" + f.id());
        Button name = new Button(findingName(f), e -> {
            if (!f.isAboutMissingClause()) {
                getElement().executeJs("const m = document.getElementById($0); if (m) { m.scrollIntoView({block: 'center'});"
                        + " m.focus(); }", "mark-" + f.id());
            }
        });
        name.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        name.addClassName("portal-finding-name");
        card.add(new Div(ReviewLabels.severityBadge(this, f.severity()), name));
        Paragraph origin = new Paragraph(f.authorName() == null ? getTranslation("review.origin.automatic")
                : getTranslation("review.origin.expert", f.authorName()));
        origin.addClassName("portal-muted");
        card.add(origin);
        if (f.isAboutMissingClause()) {
            card.add(new Paragraph(getTranslation("review.missing-clause")));
        }
        String explanation = f.explanation() != null ? f.explanation() : ReviewLabels.explanation(this, f.type());
        card.add(new Paragraph(explanation));
        String rewrite = f.rewrite() != null ? f.rewrite()
                : f.type() == null ? null : ReviewLabels.rewrite(f.type(), detail.shown().language());
        if (rewrite != null) {
            Paragraph proposal = new Paragraph(getTranslation("review.rewrite") + " " + rewrite);
            proposal.addClassName("portal-rewrite");
            card.add(proposal);
        }
        if (f.isRejected()) {
            card.addClassName("portal-finding-rejected");
            Span rejected = new Span(getTranslation("review.rejected"));
            rejected.setId("rejected-" + f.id());
            rejected.addClassNames("portal-badge", "portal-rejected");
            card.add(new Div(rejected));
        }
        f.assessments().forEach(a -> card.add(new Paragraph(a.comment() == null || a.comment().isBlank()
                ? getTranslation("review.assessment.bare", a.expertName(),
                        getTranslation("review.decision." + a.decision().name()))
                : getTranslation("review.assessment", a.expertName(),
                        getTranslation("review.decision." + a.decision().name()), a.comment()))));
        if (detail.permissions().tookIt() && f.type() != null && versionNumber == null) {
            Button confirm = new Button(getTranslation("review.confirm"), e -> openAssessment(f, Decision.CONFIRMED));
            confirm.setId("confirm-" + f.id());
            confirm.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.SUCCESS);
            Button reject = new Button(getTranslation("review.reject"), e -> openAssessment(f, Decision.REJECTED));
            reject.setId("reject-" + f.id());
            reject.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            card.add(new HorizontalLayout(confirm, reject));
        }
        return card;
    }

    private void openAssessment(FindingView f, Decision decision) {
        new AssessmentDialog(reviews, f, findingName(f), decision, this::refresh).open();
    }

    private void openFindingDialog() {
        new ExpertFindingDialog(reviews, detail, this::refresh).open();
    }

    private void openDiscussion(Clause clause) {
        Dialog dialog = new Dialog(getTranslation("review.discussion.title",
                (clause.number().isEmpty() ? "" : clause.number() + " ") + clause.heading()));
        dialog.setId("discussion-dialog");
        VerticalLayout thread = new VerticalLayout();
        thread.setPadding(false);
        List<CommentView> messages = detail.comments().stream().filter(c -> c.clauseIndex() == clause.index()).toList();
        if (messages.isEmpty()) {
            thread.add(new Paragraph(getTranslation("review.discussion.empty")));
        }
        messages.forEach(c -> {
            Paragraph who = new Paragraph(c.authorName() + " · " + Formats.dateTime(c.at())
                    + (c.versionNumber() != detail.shown().number() ? " · v" + c.versionNumber() : ""));
            who.addClassName("portal-muted");
            thread.add(who, new Paragraph(c.body()));
        });
        TextArea message = new TextArea(getTranslation("review.discussion.message"));
        message.setId("discussion-message");
        message.setMaxLength(ReviewService.MAX_COMMENT_CHARS);
        message.setWidthFull();
        Button send = new Button(getTranslation("review.discussion.send"), e -> {
            try {
                reviews.comment(requestId, clause.index(), message.getValue());
                dialog.close();
                refresh();
            } catch (PortalException failure) {
                message.setErrorMessage(UserMessages.of(failure));
                message.setInvalid(true);
            }
        });
        send.setId("discussion-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickShortcut(Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        dialog.add(thread, message);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), send);
        dialog.setWidth("40rem");
        dialog.open();
    }

    // --- negotiation, experts, evolution ------------------------------------------------------------

    private Component negotiation() {
        List<NegotiationItem> items = reviews.negotiationList(requestId);
        Grid<NegotiationItem> grid = new Grid<>(NegotiationItem.class, false);
        grid.setId("negotiation-grid");
        grid.addComponentColumn(i -> ReviewLabels.severityBadge(this, i.severity()))
                .setHeader(getTranslation("review.severity")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.title() != null && !i.title().isBlank() ? i.title()
                : i.type() != null ? getTranslation("type." + i.type().name())
                : getTranslation("category." + i.category().name()) + " — " + i.explanation())
                .setHeader(getTranslation("review.point")).setFlexGrow(2);
        grid.addColumn(NegotiationItem::proposal).setHeader(getTranslation("review.proposal")).setFlexGrow(3);
        if (detail.permissions().requester()) {
            grid.addComponentColumn(i -> {
                Select<PointStatus> status = new Select<>();
                status.setItems(PointStatus.values());
                status.setItemLabelGenerator(s -> getTranslation("review.point." + s.name()));
                status.setValue(i.status());
                status.setAriaLabel(getTranslation("review.point.status"));
                status.addValueChangeListener(e -> {
                    reviews.markPoint(requestId, i.key(), e.getValue(), i.note());
                    Notifications.success(getTranslation("review.point.saved"));
                });
                return status;
            }).setHeader(getTranslation("review.point.status")).setAutoWidth(true);
            grid.addComponentColumn(i -> {
                Button note = new Button(i.note() == null ? getTranslation("review.point.add-note") : i.note(),
                        e -> openNoteDialog(i));
                note.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                return note;
            }).setHeader(getTranslation("review.point.note"));
        } else {
            grid.addColumn(i -> getTranslation("review.point." + i.status().name()))
                    .setHeader(getTranslation("review.point.status"));
        }
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("review.negotiation.empty"));
        return new VerticalLayout(new Paragraph(getTranslation("review.negotiation.intro")), grid);
    }

    private void openNoteDialog(NegotiationItem item) {
        Dialog dialog = new Dialog(getTranslation("review.point.note"));
        TextArea note = new TextArea();
        note.setMaxLength(ReviewService.MAX_NOTE_CHARS);
        note.setValue(item.note() == null ? "" : item.note());
        note.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> {
            // the status may have changed in its select since the grid was built: keep the one saved
            PointStatus status = reviews.negotiationList(requestId).stream().filter(i -> i.key().equals(item.key()))
                    .map(NegotiationItem::status).findFirst().orElse(item.status());
            reviews.markPoint(requestId, item.key(), status, note.getValue());
            dialog.close();
            refresh();
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("32rem");
        dialog.open();
    }

    private Component experts() {
        VerticalLayout pane = new VerticalLayout();
        pane.setPadding(false);
        pane.setId("expert-reviews");
        if (detail.experts().isEmpty()) {
            pane.add(new Paragraph(getTranslation(detail.shareMode() == ShareMode.PRIVATE ? "review.experts.private"
                    : "review.experts.none")));
        }
        for (ExpertReviewView e : detail.experts()) {
            Div card = new Div();
            card.addClassName("portal-finding");
            card.add(new H4(e.expertName()));
            if (e.verdict() == null) {
                card.add(new Paragraph(getTranslation("review.verdict.pending", Formats.date(e.takenAt()))));
            } else {
                Span verdict = new Span(getTranslation("review.verdict." + e.verdict().name()));
                verdict.addClassNames("portal-badge", "portal-verdict-" + e.verdict().name().toLowerCase());
                card.add(verdict, new Paragraph(e.summary()), new Paragraph(Formats.dateTime(e.submittedAt())));
            }
            pane.add(card);
        }
        if (detail.permissions().tookIt()) {
            pane.add(verdictForm());
        }
        return pane;
    }

    private Component verdictForm() {
        Long me = members.me().userId();
        ExpertReviewView mine = detail.experts().stream().filter(e -> e.expertId().equals(me)).findFirst()
                .orElse(null);
        return new VerdictForm(reviews, requestId, mine, this::refresh);
    }

    private Component evolution() {
        Grid<EvolutionView> grid = new Grid<>(EvolutionView.class, false);
        grid.setId("evolution-grid");
        grid.addColumn(e -> getTranslation("type." + e.type().name())).setHeader(getTranslation("review.point"));
        grid.addComponentColumn(e -> ReviewLabels.severityBadge(this, e.severity()))
                .setHeader(getTranslation("review.severity"));
        grid.addColumn(e -> getTranslation("review.evolution." + e.evolution().name()))
                .setHeader(getTranslation("review.evolution"));
        grid.setItems(detail.evolution());
        grid.setAllRowsVisible(true);
        return new VerticalLayout(new Paragraph(getTranslation("review.evolution.intro",
                detail.versions().size() - 1, detail.versions().size())), grid);
    }

    // --- requester dialogs -----------------------------------------------------------------------------

    private void openShareDialog() {
        Dialog dialog = new Dialog(getTranslation("review.share"));
        dialog.setId("share-dialog");
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
                reviews.share(requestId, mode.getValue(), named.getValue().stream().map(MemberSummary::userId)
                        .collect(Collectors.toSet()));
                dialog.close();
                Notifications.success(getTranslation("review.share.saved"));
                refresh();
            } catch (PortalException failure) {
                named.setErrorMessage(UserMessages.of(failure));
                named.setInvalid(true);
            }
        });
        save.setId("share-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(confidentiality, mode, named));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("34rem");
        dialog.open();
    }

    private void openVersionDialog() {
        Dialog dialog = new Dialog(getTranslation("review.new-version"));
        dialog.setId("version-dialog");
        BoundedUpload.Received[] file = new BoundedUpload.Received[1];
        Span status = new Span();
        Paragraph error = new Paragraph();
        error.addClassName("portal-error");
        Upload upload = BoundedUpload.create(ContractTextExtractor.MAX_BYTES, 1, received -> {
            discard(file);
            file[0] = received;
            status.setText(getTranslation("review.file.ready", received.fileName()));
        }, () -> error.setText(getTranslation("error.upload.too-large", ContractTextExtractor.MAX_BYTES / (1024 * 1024))));
        upload.addFileRemovedListener(e -> {
            discard(file);
            status.setText("");
        });
        // the dialog closed or the page left: the file on disk goes too
        dialog.addDetachListener(e -> discard(file));
        TextArea pasted = new TextArea(getTranslation("review.tab.paste"));
        pasted.setId("version-paste");
        pasted.setWidthFull();
        pasted.setMinHeight("10rem");
        Button save = new Button(getTranslation("review.new-version.save"), e -> {
            try {
                ContractInput input = file[0] != null ? ContractInput.upload(file[0].bytes(), file[0].fileName())
                        : ContractInput.paste(pasted.getValue());
                int number = reviews.addVersion(requestId, input);
                discard(file);
                dialog.close();
                Notifications.success(getTranslation("review.new-version.saved", number));
                versionNumber = null;
                refresh();
            } catch (PortalException failure) {
                error.setText(UserMessages.of(failure));
            }
        });
        save.setId("version-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(new VerticalLayout(upload, status, pasted, error));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("40rem");
        dialog.open();
    }

    private static void discard(BoundedUpload.Received[] file) {
        if (file[0] != null) {
            file[0].delete();
            file[0] = null;
        }
    }

    RequestDetail detail() {
        return detail;
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("review.title") : detail.mission().title();
    }
}
