package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.concurrent.CompletableFuture;
import org.freelance.portal.base.SearchIndexMaintenance.Progress;
import org.freelance.portal.base.TenantScope;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleSummary;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.freelance.portal.tenant.ui.RequiresCommunityRole;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * For community admins: the lessons learned waiting for review, newest first, and the rebuild of the
 * community's search index with its progress (it runs in the background; the page polls its progress).
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/review")
@PermitAll
@RequiresCommunityRole(Role.ADMIN)
public class ReviewQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    final Button rebuild = new Button();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    CompletableFuture<Void> running;
    private Registration polling;
    private String slug;

    public ReviewQueueView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        addClassName("portal-page");
        setId("kb-review-queue");
        grid.setId("kb-queue");
        grid.addColumn(a -> a.title() == null ? getTranslation("kb.untitled") : a.title())
                .setHeader(getTranslation("kb.field.title")).setFlexGrow(3);
        grid.addColumn(ArticleSummary::authorName).setHeader(getTranslation("kb.queue.author")).setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.updatedAt())).setHeader(getTranslation("kb.mine.updated"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("kb.queue.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(
                CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/review/" + e.getItem().id())));
        rebuild.setText(getTranslation("kb.index.rebuild"));
        rebuild.setIcon(VaadinIcon.REFRESH.create());
        rebuild.setId("kb-index-rebuild");
        rebuild.addClickListener(e -> startRebuild());
        progress.setId("kb-index-progress");
        progress.setVisible(false);
        progressText.setId("kb-index-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = CommunityContext.current().orElseThrow().slug();
        removeAll();
        grid.setItems(knowledge.reviewQueue());
        Paragraph help = new Paragraph(getTranslation("kb.index.help"));
        help.addClassName("portal-muted");
        add(new H2(getTranslation("kb.queue.title")), grid, new H3(getTranslation("kb.index.title")), help, rebuild,
                progress, progressText);
    }

    void startRebuild() {
        UI ui = UI.getCurrent();
        String community = slug;
        rebuild.setEnabled(false);
        progress.setVisible(true);
        progress.setIndeterminate(true);
        progressText.setText("");
        ui.setPollInterval(500);
        polling = ui.addPollListener(e -> showProgress());
        running = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                long millis = TenantScope.call(community, knowledge::rebuildIndex);
                ui.access(() -> finished(getTranslation("kb.index.done", millis), false));
            } catch (RuntimeException failure) {
                ui.access(() -> finished(UserMessages.of(failure), true));
            }
        }));
    }

    void showProgress() {
        Progress now = knowledge.indexProgress();
        if (now.total() > 0) {
            progress.setIndeterminate(false);
            progress.setValue(Math.min(1.0, now.documentsAdded() / (double) now.total()));
            progressText.setText(getTranslation("kb.index.progress", now.documentsAdded(), now.total()));
        }
    }

    private void finished(String message, boolean failed) {
        stopPolling();
        rebuild.setEnabled(true);
        progress.setVisible(false);
        progressText.setText(message);
        if (failed) {
            Notifications.error(message);
        } else {
            Notifications.success(message);
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.queue.title");
    }
}
