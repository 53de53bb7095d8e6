package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.knowledge.KnowledgeEnums.ArticleStatus;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleSummary;
import org.freelance.portal.tenant.ui.CommunityContext;

/** The lessons learned I wrote, newest first, with where each stands; a draft opens in the editor. */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/mine")
@PermitAll
public class MyArticlesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    final Grid<ArticleSummary> grid = new Grid<>(ArticleSummary.class, false);
    private String slug;

    public MyArticlesView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        addClassName("portal-page");
        setId("kb-mine");
        grid.setId("kb-mine-grid");
        grid.addColumn(a -> a.title() == null ? getTranslation("kb.untitled") : a.title())
                .setHeader(getTranslation("kb.field.title")).setFlexGrow(3);
        grid.addColumn(a -> KnowledgeLabels.status(this, a.status())).setHeader(getTranslation("case.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.dateTime(a.updatedAt())).setHeader(getTranslation("kb.mine.updated"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("kb.mine.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE
                + (e.getItem().status() == ArticleStatus.PUBLISHED ? "/" : "/edit/") + e.getItem().id())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = CommunityContext.current().orElseThrow().slug();
        removeAll();
        grid.setItems(knowledge.mine());
        add(new H2(getTranslation("kb.mine.title")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kb.mine.title");
    }
}
