package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.KnowledgeEnums.Field;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.FieldReview;
import org.freelance.portal.knowledge.KnowledgeViews.ModerationLine;
import org.freelance.portal.knowledge.KnowledgeViews.PartyView;
import org.freelance.portal.knowledge.KnowledgeViews.ReplacementView;
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
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/review/:id([0-9]+)")
@PermitAll
@RequiresCommunityRole(Role.ADMIN)
public class ArticleReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    Long articleId;
    ArticleReview review;
    private String slug;

    // the add-a-replacement form lives across refreshes so a refusal never loses what was typed
    final Select<Field> addField = new Select<>();
    final TextField addPassage = new TextField();
    final TextField addWith = new TextField();
    final Button add = new Button();
    final Button publish = new Button();
    final Button giveBack = new Button();

    public ArticleReviewView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("kb-article-review");
        addField.setId("kb-add-field");
        addField.setLabel(getTranslation("kb.review.add.field"));
        addField.setItems(Field.values());
        addField.setItemLabelGenerator(f -> getTranslation("kb.field." + f.name()));
        addField.setValue(Field.WHAT_HAPPENED);
        addPassage.setId("kb-add-passage");
        addPassage.setLabel(getTranslation("kb.review.add.passage"));
        addPassage.setWidth("20rem");
        addWith.setId("kb-add-with");
        addWith.setLabel(getTranslation("kb.review.add.with"));
        add.setText(getTranslation("kb.review.add.confirm"));
        add.setId("kb-add");
        add.addClickListener(e -> addReplacement());
        publish.setText(getTranslation("kb.review.publish"));
        publish.setId("kb-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(e -> openPublishDialog());
        giveBack.setText(getTranslation("kb.review.return"));
        giveBack.setId("kb-return");
        giveBack.addClickListener(e -> openReturnDialog());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            articleId = Long.valueOf(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(new NotFoundException(), "");
            return;
        }
        slug = CommunityContext.current().orElseThrow().slug();
        refresh();
    }

    void refresh() {
        review = knowledge.review(articleId);
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
                add(field(f));
            }
        }
        if (review.canModerate()) {
            HorizontalLayout form = new HorizontalLayout(addField, addPassage, addWith, add);
            form.setAlignItems(Alignment.BASELINE);
            form.getStyle().set("flex-wrap", "wrap");
            add(new H3(getTranslation("kb.review.add")), form);
        }
        add(parties(), log());
    }

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

    private Component field(FieldReview f) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("kb-field-" + f.field().name());
        section.add(new H3(getTranslation("kb.field." + f.field().name())));
        Paragraph original = new Paragraph();
        original.setId("kb-original-" + f.field().name());
        original.getStyle().set("white-space", "pre-line");
        List<ReplacementView> ordered = f.replacements().stream()
                .sorted(Comparator.comparingInt(ReplacementView::start)).toList();
        int at = 0;
        String text = f.original();
        for (ReplacementView r : ordered) {
            if (r.start() < at || r.end() > text.length()) {
                continue;
            }
            if (r.start() > at) {
                original.add(new Text(text.substring(at, r.start())));
            }
            Span span = new Span(text.substring(r.start(), r.end()));
            span.addClassName(r.kept() ? "portal-kb-kept" : "portal-kb-undone");
            span.getElement().setAttribute("title", "→ " + r.replacement());
            span.getStyle().set("background", r.kept() ? "var(--lumo-success-color-10pct)"
                    : "var(--lumo-contrast-10pct)").set("text-decoration", r.kept() ? "none" : "line-through");
            original.add(span);
            at = r.end();
        }
        if (at < text.length()) {
            original.add(new Text(text.substring(at)));
        }
        section.add(sideBySide(original, f));
        section.add(new H4(getTranslation("kb.review.replacements")));
        if (f.replacements().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("kb.review.none"));
            none.addClassName("portal-muted");
            section.add(none);
        }
        for (ReplacementView r : ordered) {
            Checkbox keep = new Checkbox(getTranslation("kb.review.replacement", r.original(), r.replacement())
                    + " (" + getTranslation("kb.review.kind." + r.kind().name())
                    + (r.manual() ? ", " + getTranslation("kb.review.manual") : "") + ")");
            keep.setId("kb-keep-" + r.id());
            keep.setValue(r.kept());
            keep.setReadOnly(!review.canModerate());
            keep.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    toggle(r.id(), e.getValue());
                }
            });
            section.add(keep);
        }
        return section;
    }

    /** The author's text with its replacements marked, and beside it (below on a narrow screen) the published text. */
    private Component sideBySide(Paragraph original, FieldReview f) {
        Paragraph preview = new Paragraph(f.preview());
        preview.setId("kb-preview-" + f.field().name());
        preview.getStyle().set("white-space", "pre-line");
        preview.addClassName("portal-card");
        Div left = new Div(new H4(getTranslation("kb.review.original")), original);
        Div right = new Div(new H4(getTranslation("kb.review.preview")), preview);
        left.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        right.getStyle().set("flex", "1 1 24rem").set("min-width", "0");
        com.vaadin.flow.component.orderedlayout.FlexLayout row =
                new com.vaadin.flow.component.orderedlayout.FlexLayout(left, right);
        row.setWidthFull();
        row.getStyle().set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        return row;
    }

    void toggle(Long replacementId, boolean keep) {
        try {
            knowledge.keep(replacementId, keep);
        } catch (PortalException failure) {
            Notifications.error(UserMessages.of(failure));
        }
        refresh();
    }

    void addReplacement() {
        addPassage.setInvalid(false);
        Field field = addField.getValue();
        String passage = addPassage.getValue();
        FieldReview f = field == null ? null : review.fields().get(field);
        int start = -1;
        if (f != null && !passage.isEmpty()) {
            for (int i = f.original().indexOf(passage); i >= 0; i = f.original().indexOf(passage, i + 1)) {
                int s = i;
                boolean covered = f.replacements().stream()
                        .anyMatch(r -> r.kept() && r.start() < s + passage.length() && r.end() > s);
                if (!covered) {
                    start = i;
                    break;
                }
            }
        }
        try {
            if (start < 0) {
                throw new PortalException("error.kb.span");
            }
            knowledge.addReplacement(articleId, field, start, start + passage.length(), addWith.getValue());
            addPassage.clear();
            addWith.clear();
            refresh();
        } catch (PortalException failure) {
            addPassage.setErrorMessage(UserMessages.of(failure));
            addPassage.setInvalid(true);
        }
    }

    private Component parties() {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("kb-review-parties");
        box.add(new H3(getTranslation("kb.review.parties")));
        for (PartyView p : review.parties()) {
            Span who = new Span(p.party().name() + " · " + getTranslation("kb.party.role." + p.party().role().name()));
            TextField alias = new TextField(getTranslation("kb.review.alias"));
            alias.setId("kb-alias-" + p.id());
            alias.setValue(p.party().alias() == null ? "" : p.party().alias());
            alias.setReadOnly(!review.canModerate());
            HorizontalLayout row = new HorizontalLayout(who, alias);
            row.setAlignItems(Alignment.BASELINE);
            if (review.canModerate()) {
                Button apply = new Button(getTranslation("kb.review.alias.apply"), e -> {
                    try {
                        knowledge.alias(p.id(), alias.getValue());
                        Notifications.success(getTranslation("kb.review.alias.applied", p.party().name()));
                        refresh();
                    } catch (PortalException failure) {
                        alias.setErrorMessage(UserMessages.of(failure));
                        alias.setInvalid(true);
                    }
                });
                apply.setId("kb-alias-apply-" + p.id());
                row.add(apply);
            }
            box.add(row);
        }
        return box;
    }

    private Component log() {
        Div box = new Div(new H3(getTranslation("kb.log")));
        box.setId("kb-log");
        UnorderedList lines = new UnorderedList();
        for (ModerationLine line : review.log()) {
            ListItem item = new ListItem(getTranslation("kb.log.line", Formats.dateTime(line.at()), line.actorName(),
                    getTranslation("kb.log." + line.action().name())));
            if (line.note() != null && !line.note().isBlank() && !isScope(line.note())) {
                Paragraph note = new Paragraph(line.note());
                note.addClassName("portal-muted");
                item.add(note);
            } else if (isScope(line.note())) {
                item.add(new Text(" · " + getTranslation("kb.review.publish." + line.note())));
            }
            lines.add(item);
        }
        box.add(lines);
        return box;
    }

    private static boolean isScope(String note) {
        return Scope.COMMUNITY.name().equals(note) || Scope.SHARED.name().equals(note);
    }

    void openPublishDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("kb-publish-dialog");
        dialog.setHeaderTitle(getTranslation("kb.review.publish"));
        RadioButtonGroup<Scope> scope = new RadioButtonGroup<>(getTranslation("kb.review.publish.scope"));
        scope.setId("kb-publish-scope");
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("kb.review.publish." + s.name()));
        scope.setValue(Scope.COMMUNITY);
        Paragraph error = new Paragraph();
        error.setId("kb-publish-error");
        error.addClassName("portal-error");
        Button confirm = new Button(getTranslation("kb.review.publish"), e -> {
            try {
                knowledge.publish(articleId, scope.getValue());
                dialog.close();
                Notifications.success(getTranslation("kb.review.published"));
                UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/review"));
            } catch (PortalException failure) {
                error.setText(UserMessages.of(failure));
            }
        });
        confirm.setId("kb-publish-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(scope, error);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void openReturnDialog() {
        Dialog dialog = new Dialog();
        dialog.setId("kb-return-dialog");
        dialog.setHeaderTitle(getTranslation("kb.review.return"));
        TextArea note = new TextArea(getTranslation("kb.review.return.note"));
        note.setId("kb-return-note");
        note.setMaxLength(KnowledgeService.MAX_NOTE_CHARS);
        note.setWidthFull();
        note.setRequiredIndicatorVisible(true);
        Button confirm = new Button(getTranslation("kb.review.return"), e -> {
            try {
                knowledge.returnToAuthor(articleId, note.getValue());
                dialog.close();
                Notifications.success(getTranslation("kb.review.returned"));
                UI.getCurrent().navigate(CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/review"));
            } catch (PortalException failure) {
                note.setErrorMessage(UserMessages.of(failure));
                note.setInvalid(true);
            }
        });
        confirm.setId("kb-return-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(note);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), confirm);
        dialog.setWidth("32rem");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        String title = review == null ? null : review.draft().title();
        return getTranslation("kb.review.title", title == null ? getTranslation("kb.untitled") : title);
    }
}
