package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Supplier;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseStatus;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.ui.CasePageExtension;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeSearch.Hit;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.ui.ReviewPageExtension;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * What the knowledge base adds to the case and review-request pages: the five most similar published
 * lessons learned, and for the lead of a closed case the button that drafts a lesson learned from it.
 */
@org.springframework.stereotype.Component
class KnowledgePageExtensions implements CasePageExtension, ReviewPageExtension {

    private final KnowledgeService knowledge;
    private final KnowledgeSearch search;

    KnowledgePageExtensions(KnowledgeService knowledge, KnowledgeSearch search) {
        this.knowledge = knowledge;
        this.search = search;
    }

    @Override
    public List<com.vaadin.flow.component.Component> actions(CaseDetail detail, String slug) {
        if (detail.status() != CaseStatus.CLOSED || !detail.permissions().lead()) {
            return List.of();
        }
        Button lesson = new Button(tr("kb.from-case"), VaadinIcon.BOOK.create(), e -> {
            try {
                Long article = knowledge.draftFromCase(detail.id());
                UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/edit/" + article));
            } catch (PortalException failure) {
                Notifications.error(UserMessages.of(failure));
            }
        });
        lesson.setId("case-lesson");
        lesson.addThemeVariants(ButtonVariant.PRIMARY);
        return List.of(lesson);
    }

    @Override
    public List<com.vaadin.flow.component.Component> panels(CaseDetail detail, String slug) {
        return List.of(similar(() -> search.similarToCase(detail.id()), slug));
    }

    @Override
    public List<com.vaadin.flow.component.Component> panels(RequestDetail detail, String slug) {
        return List.of(similar(() -> search.similarToReview(detail.id()), slug));
    }

    static com.vaadin.flow.component.Component similar(Supplier<List<Hit>> hits, String slug) {
        Div panel = new Div(new H3(tr("kb.similar.title")));
        panel.setId("kb-similar");
        panel.addClassName("portal-card");
        List<Hit> found = hits.get();
        if (found.isEmpty()) {
            Paragraph empty = new Paragraph(tr("kb.similar.empty"));
            empty.addClassName("portal-muted");
            panel.add(empty);
            return panel;
        }
        UnorderedList list = new UnorderedList();
        for (Hit hit : found) {
            Anchor link = new Anchor(CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/" + hit.id()),
                    hit.title() == null ? tr("kb.untitled") : hit.title());
            link.setId("kb-similar-" + hit.id());
            ListItem item = new ListItem(link);
            if (!hit.snippets().isEmpty()) {
                Paragraph snippet = new Paragraph(KnowledgeLabels.snippet(hit.snippets().getFirst()));
                snippet.addClassName("portal-muted");
                item.add(snippet);
            }
            list.add(item);
        }
        panel.add(list);
        return panel;
    }

    private static String tr(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
