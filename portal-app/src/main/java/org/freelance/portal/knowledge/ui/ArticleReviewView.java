package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.Set;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.FieldReview;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.freelance.portal.tenant.ui.RequiresCommunityRole;

/**
 * A community admin reviews a lesson learned before publication: for each field the author's text
 * with every replacement highlighted (kept or undone) and a switch per replacement, replacements
 * added by hand, an alias per party, the text as it would be published, and what still lets a party
 * be recognised (publishing is disabled while anything does). Publish for this community or every
 * community, or return to the author with a note; the moderation log below.
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/review/:" + RouteIds.ID + "([0-9]+)")
@PermitAll
@RequiresCommunityRole(Role.ADMIN)
public class ArticleReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    Long articleId;
    ArticleReview review;
    private String slug;

    final NewReplacementForm newReplacement;
    final Button publish = new Button();
    final Button giveBack = new Button();

    public ArticleReviewView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        this.newReplacement = new NewReplacementForm(knowledge, this::refresh);
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("kb-article-review");
        publish.setText(getTranslation("kb.review.publish"));
        publish.setId("kb-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(e -> new PublishDialog(knowledge, articleId, this::backToQueue).open());
        giveBack.setText(getTranslation("kb.review.return"));
        giveBack.setId("kb-return");
        giveBack.addClickListener(e -> new ReturnToAuthorDialog(knowledge, articleId, this::backToQueue).open());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId = RouteIds.required(event.getRouteParameters());
        slug = CommunityContext.current().orElseThrow().slug();
        refresh();
    }

    void refresh() {
        review = knowledge.review(articleId);
        newReplacement.show(review);
        removeAll();
        add(new H2(getPageTitle()));
        Paragraph meta = new Paragraph(getTranslation("kb.review.author", review.authorName(),
                KnowledgeLabels.status(this, review.status())));
        meta.setId("kb-review-meta");
        meta.addClassName("portal-muted");
        add(meta, leaks());
        if (review.canModerate()) {
            publish.setEnabled(review.publishable());
            add(new HorizontalLayout(publish, giveBack));
        }
        for (Field field : Field.values()) {
            FieldReview f = review.fields().get(field);
            if (f != null && !f.original().isEmpty()) {
                add(new FieldReviewSection(f, review.canModerate(), this::keep));
            }
        }
        if (review.canModerate()) {
            add(new H3(getTranslation("kb.review.add")), newReplacement);
        }
        ModerationLog log = new ModerationLog();
        log.show(review.log());
        add(new PartyAliases(knowledge, review, this::refresh), log);
    }

    /** What still lets a party be recognised in the text as it would be published (publishing waits until nothing does). */
    private Component leaks() {
        Set<String> found = new LinkedHashSet<>();
        review.fields().values().forEach(f -> found.addAll(f.leaks()));
        Div box = new Div();
        box.setId("kb-leaks");
        if (found.isEmpty()) {
            box.add(new Span(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("kb.review.no-leak"))));
            box.addClassName("portal-ok");
            return box;
        }
        box.addClassName("portal-error");
        box.add(new H4(getTranslation("kb.review.leaks")), new Paragraph(getTranslation("kb.review.leaks.help")));
        UnorderedList list = new UnorderedList();
        found.forEach(l -> list.add(new ListItem(l)));
        box.add(list);
        return box;
    }

    void keep(Long replacementId, boolean keep) {
        try {
            knowledge.keep(replacementId, keep);
        } catch (PortalException failure) {
            Notifications.error(UserMessages.of(failure));
        }
        refresh();
    }

    private void backToQueue() {
        UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/review"));
    }

    @Override
    public String getPageTitle() {
        String title = review == null ? null : review.draft().title();
        return getTranslation("kb.review.title", title == null ? getTranslation("kb.untitled") : title);
    }
}
