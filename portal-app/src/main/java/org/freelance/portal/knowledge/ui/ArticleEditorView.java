package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.RouteIds;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.ModerationLine;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.freelance.portal.tenant.ui.RequiresCommunityRole;

/**
 * Writing a lesson learned (experts, mediators, admins; the lead of a closed case arrives here with a
 * draft prefilled from the case): the {@link ArticleForm}, then save and submit. Refusals show on the
 * field concerned; nothing typed is lost. Once submitted, the author reads it here without changing
 * it, with its moderation log.
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/new")
@RouteAlias("c/:slug/" + KnowledgeSearchView.PAGE + "/edit/:" + RouteIds.ID + "([0-9]+)")
@PermitAll
@RequiresCommunityRole({Role.EXPERT, Role.MEDIATOR, Role.ADMIN})
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    Long articleId;
    ArticleReview loaded;
    private String slug;

    final ArticleForm form = new ArticleForm();
    final Button save = new Button();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();
    final ModerationLog log = new ModerationLog();
    /** Asks before leaving with typed text not saved (the parties' lines are not watched). */
    final LeaveGuard leaveGuard = LeaveGuard.forFields(this, form.title, form.context, form.whatHappened,
            form.whatWorked, form.nextTime);

    public ArticleEditorView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        addClassName("portal-page");
        setId("kb-editor");
        save.setText(getTranslation("kb.save"));
        save.setId("kb-save");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("kb.submit"));
        submit.setId("kb-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        status.setId("kb-editor-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = CommunityContext.current().orElseThrow().slug();
        articleId = RouteIds.optional(event.getRouteParameters()).orElse(null);
        loaded = articleId == null ? null : knowledge.review(articleId);
        form.fill(loaded != null ? loaded.draft()
                : new ArticleDraft(null, null, null, null, null, null, null, null, null, null, null));
        layout();
        leaveGuard.markSaved();
    }

    private boolean editable() {
        return loaded == null || loaded.canEdit();
    }

    private void layout() {
        removeAll();
        add(new H2(getPageTitle()));
        Paragraph help = new Paragraph(getTranslation("kb.editor.help"));
        help.addClassName("portal-muted");
        add(help);
        if (!editable()) {
            status.setText(getTranslation("kb.readonly", KnowledgeLabels.status(this, loaded.status())
                    .toLowerCase(getLocale())));
            status.addClassName("portal-warning");
            add(status);
        }
        add(form);
        if (editable()) {
            add(new HorizontalLayout(save, submit));
        }
        form.setReadOnly(!editable());
        List<ModerationLine> lines = loaded == null ? List.of() : loaded.log();
        log.show(lines);
        if (!lines.isEmpty()) {
            add(log);
        }
    }

    /** Shows a refusal next to the field it is about, or as a notification; what was typed stays. */
    private void show(PortalException failure) {
        if (!form.showOnField(failure)) {
            Notifications.error(UserMessages.of(failure));
        }
    }

    /** Saves the draft (creating it on the first save); false when refused, with the reason shown. */
    boolean save() {
        form.clearErrors();
        if (form.numbersInvalid()) {
            Notifications.error(getTranslation("kb.fix-fields"));
            return false;
        }
        try {
            if (articleId == null) {
                articleId = knowledge.create(form.draft());
                UI.getCurrent().getPage().getHistory().replaceState(null,
                        CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/edit/" + articleId));
            } else {
                knowledge.save(articleId, form.draft());
            }
            Notifications.success(getTranslation("kb.saved"));
            leaveGuard.markSaved();
            return true;
        } catch (PortalException failure) {
            show(failure);
            return false;
        }
    }

    void submit() {
        if (!save()) {
            return;
        }
        try {
            knowledge.submit(articleId);
            Notifications.success(getTranslation("kb.submitted"));
            UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/mine"));
        } catch (PortalException failure) {
            show(failure);
        }
    }

    @Override
    public String getPageTitle() {
        if (loaded == null) {
            return getTranslation("kb.editor.new");
        }
        String t = loaded.draft().title();
        return t == null || t.isBlank() ? getTranslation("kb.editor.edit") : t;
    }
}
