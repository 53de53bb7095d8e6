package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.PublishedArticle;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;

/**
 * A published lesson learned of this community, as every member reads it: the pseudonymised text
 * only, its facts, and the "next time" checklist. Admins may retire it from here.
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/:" + RouteIds.ID + "([0-9]+)")
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final KnowledgeService knowledge;
    Long articleId;
    PublishedArticle article;
    protected String slug;

    public ArticleView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        addClassName("portal-page");
        setId("kb-article");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        articleId = RouteIds.required(event.getRouteParameters());
        slug = CommunityContext.current().orElseThrow().slug();
        article = load(articleId);
        show();
    }

    protected PublishedArticle load(Long id) {
        return knowledge.published(id);
    }

    /** Whether this page shows an article of the shared catalogue (which only its community retires). */
    protected boolean shared() {
        return false;
    }

    private void show() {
        removeAll();
        Anchor back = new Anchor(SearchAddress.last(slug), getTranslation("kb.article.back"));
        back.setId("kb-back");
        H2 title = new H2(article.title() == null ? getTranslation("kb.untitled") : article.title());
        title.setId("kb-article-title");
        HorizontalLayout meta = new HorizontalLayout();
        meta.setId("kb-article-meta");
        meta.getStyle().set("flex-wrap", "wrap");
        meta.setAlignItems(Alignment.BASELINE);
        if (article.publishedAt() != null) {
            Span published = new Span(getTranslation("kb.article.published", Formats.date(article.publishedAt())));
            published.addClassName("portal-muted");
            meta.add(published);
        }
        if (shared() || article.scope() == Scope.SHARED) {
            meta.add(KnowledgeLabels.badge(getTranslation("kb.article.shared"), "portal-kb-shared"));
        }
        if (article.durationMonths() != null) {
            meta.add(KnowledgeLabels.badge(getTranslation("kb.article.duration", article.durationMonths())));
        }
        add(back, title, meta, KnowledgeLabels.facts(this, article.categories(), article.outcome(),
                article.sector(), article.year()));
        section("kb-context", "kb.article.context", article.context());
        section("kb-what-happened", "kb.article.what-happened", article.whatHappened());
        section("kb-what-worked", "kb.article.what-worked", article.whatWorked());
        if (!article.nextTime().isEmpty()) {
            UnorderedList checklist = new UnorderedList();
            checklist.setId("kb-next-time");
            checklist.addClassName("portal-kb-checklist");
            for (String item : article.nextTime()) {
                ListItem line = new ListItem(VaadinIcon.CHECK_SQUARE_O.create(), new Span(item));
                checklist.add(line);
            }
            add(new H3(getTranslation("kb.article.next-time")), checklist);
        }
        if (!shared() && CommunityContext.hasRole(Role.ADMIN)) {
            Button retire = new Button(getTranslation("kb.retire"), VaadinIcon.ARCHIVE.create(),
                    e -> openRetireDialog());
            retire.setId("kb-retire");
            retire.addThemeVariants(ButtonVariant.ERROR);
            add(retire);
        }
    }

    private void section(String id, String heading, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        Paragraph body = new Paragraph(text);
        body.setId(id);
        body.getStyle().set("white-space", "pre-line");
        add(new H3(getTranslation(heading)), body);
    }

    void openRetireDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("kb-retire-dialog");
        dialog.setHeaderTitle(getTranslation("kb.retire"));
        TextArea note = new TextArea(getTranslation("kb.retire.note"));
        note.setMaxLength(KnowledgeService.MAX_NOTE_CHARS);
        note.setId("kb-retire-note");
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("kb.retire.confirm"), e -> {
            try {
                knowledge.retire(articleId, note.getValue());
                dialog.close();
                Notifications.success(getTranslation("kb.retired"));
                UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE));
            } catch (PortalException failure) {
                note.setErrorMessage(UserMessages.of(failure));
                note.setInvalid(true);
            }
        });
        confirm.setId("kb-retire-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return article == null || article.title() == null ? getTranslation("kb.title") : article.title();
    }
}
