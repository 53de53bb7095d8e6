package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;

/** A lesson learned of the shared catalogue, readable by the members of every community. */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/shared/:" + RouteIds.ID + "([0-9]+)")
@PermitAll
public class SharedArticleView extends ArticleView {

    public SharedArticleView(KnowledgeService knowledge) {
        super(knowledge);
        setId("kb-shared-article");
    }

    @Override
    protected PublishedArticle load(Long id) {
        return knowledge.shared(id);
    }

    @Override
    protected boolean shared() {
        return true;
    }
}
