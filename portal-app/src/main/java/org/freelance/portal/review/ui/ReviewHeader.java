package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Consumer;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.review.ReviewReportService;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * The top of a review request: its mission, client, requester and sharing, and what this person may
 * do with it (share it and add a version for the requester, take it for a shared expert), the two
 * reports, and the choice of the version shown once there are several.
 */
class ReviewHeader extends Composite<VerticalLayout> {

    /**
     * @param changed runs after an action changed the request (the page shows it again)
     * @param showVersion shows the version of this number, or the latest for {@code null}
     */
    ReviewHeader(ReviewService reviews, ReviewReportService reports, MemberService members, RequestDetail detail,
            Runnable changed, Consumer<Integer> showVersion) {
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
            Button share = new Button(getTranslation("review.share"),
                    e -> new ShareDialog(reviews, members, detail, changed).open());
            share.setId("review-share");
            share.addThemeVariants(ButtonVariant.PRIMARY);
            Button version = new Button(getTranslation("review.new-version"),
                    e -> new VersionDialog(reviews, detail.id(), () -> showVersion.accept(null)).open());
            version.setId("review-new-version");
            actions.add(share, version);
        }
        if (detail.permissions().canTake()) {
            Button take = new Button(getTranslation("review.take"), e -> {
                reviews.take(detail.id());
                Notifications.success(getTranslation("review.taken"));
                changed.run();
            });
            take.setId("review-take");
            take.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(take);
        }
        actions.add(reportLink(reports, detail.id(), Locale.FRENCH, "review-report-fr"),
                reportLink(reports, detail.id(), Locale.ENGLISH, "review-report-en"));
        if (detail.versions().size() > 1) {
            Select<Integer> versions = new Select<>();
            versions.setId("review-version");
            versions.setAriaLabel(getTranslation("review.version"));
            versions.setItems(detail.versions().stream().map(v -> v.number()).toList());
            versions.setItemLabelGenerator(n -> getTranslation("review.version.n", n));
            versions.setValue(detail.shown().number());
            versions.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    showVersion.accept(e.getValue());
                }
            });
            actions.add(versions);
        }
        VerticalLayout header = getContent();
        header.setPadding(false);
        header.setSpacing(false);
        header.add(title, summary, actions);
    }

    private Anchor reportLink(ReviewReportService reports, Long request, Locale locale, String id) {
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
}
