package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.LeaveGuard;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.knowledge.KnowledgeViews.ArticleReview;
import org.freelance.portal.knowledge.KnowledgeViews.ModerationLine;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;
import org.freelance.portal.review.analysis.ClauseCategory;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.freelance.portal.tenant.ui.RequiresCommunityRole;

/**
 * Writing a lesson learned (experts, mediators, admins; the lead of a closed case arrives here with a
 * draft prefilled from the case): the story with its names, the facts it is searched by, the parties
 * to hide, then save and submit. Refusals show on the field concerned; nothing typed is lost. Once
 * submitted, the author reads it here without changing it, with its moderation log.
 */
@Route("c/:slug/" + KnowledgeSearchView.PAGE + "/new")
@RouteAlias("c/:slug/" + KnowledgeSearchView.PAGE + "/edit/:id([0-9]+)")
@PermitAll
@RequiresCommunityRole({Role.EXPERT, Role.MEDIATOR, Role.ADMIN})
public class ArticleEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final KnowledgeService knowledge;
    Long articleId;
    ArticleReview loaded;
    private String slug;

    final TextField title = new TextField();
    final TextArea context = new TextArea();
    final TextArea whatHappened = new TextArea();
    final TextArea whatWorked = new TextArea();
    final TextArea nextTime = new TextArea();
    final MultiSelectComboBox<ClauseCategory> categories = new MultiSelectComboBox<>();
    final Select<Outcome> outcome = new Select<>();
    final Select<Sector> sector = new Select<>();
    final IntegerField year = new IntegerField();
    final IntegerField duration = new IntegerField();
    final List<PartyRow> parties = new ArrayList<>();
    final VerticalLayout partyList = new VerticalLayout();
    final Button save = new Button();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();
    final Div log = new Div();
    /** Asks before leaving with typed text not saved (the parties' lines are not watched). */
    final LeaveGuard leaveGuard = LeaveGuard.forFields(this, title, context, whatHappened, whatWorked, nextTime);

    public ArticleEditorView(KnowledgeService knowledge) {
        this.knowledge = knowledge;
        addClassName("portal-page");
        setId("kb-editor");
        text(title, "kb-title", "kb.field.title");
        text(context, "kb-context", "kb.field.context");
        text(whatHappened, "kb-what-happened", "kb.field.what-happened");
        text(whatWorked, "kb-what-worked", "kb.field.what-worked");
        text(nextTime, "kb-next-time", "kb.field.next-time");
        whatHappened.setMinHeight("12rem");
        title.setMaxLength(KnowledgeService.MAX_TITLE_CHARS);
        context.setMaxLength(KnowledgeService.MAX_CONTEXT_CHARS);
        whatHappened.setMaxLength(KnowledgeService.MAX_STORY_CHARS);
        whatWorked.setMaxLength(KnowledgeService.MAX_WHAT_WORKED_CHARS);
        nextTime.setMaxLength(KnowledgeService.MAX_NEXT_TIME_CHARS);
        categories.setId("kb-categories");
        categories.setLabel(getTranslation("kb.field.categories"));
        categories.setItems(ClauseCategory.values());
        categories.setItemLabelGenerator(c -> KnowledgeLabels.category(this, c));
        categories.setWidthFull();
        outcome.setId("kb-outcome");
        outcome.setLabel(getTranslation("kb.field.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setItemLabelGenerator(o -> o == null ? "" : KnowledgeLabels.outcome(this, o));
        sector.setId("kb-sector");
        sector.setLabel(getTranslation("kb.field.sector"));
        sector.setItems(Sector.values());
        sector.setEmptySelectionAllowed(true);
        sector.setItemLabelGenerator(s -> s == null ? "" : KnowledgeLabels.sector(this, s));
        year.setId("kb-year");
        year.setLabel(getTranslation("kb.field.year"));
        year.setMin(KnowledgeService.FIRST_YEAR);
        year.setMax(KnowledgeService.LAST_YEAR);
        String yearRange = getTranslation("error.kb.year", String.valueOf(KnowledgeService.FIRST_YEAR),
                String.valueOf(KnowledgeService.LAST_YEAR));
        year.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(getTranslation("kb.field.year.bad"))
                .setMinErrorMessage(yearRange).setMaxErrorMessage(yearRange));
        duration.setId("kb-duration");
        duration.setLabel(getTranslation("kb.field.duration"));
        duration.setMin(0);
        duration.setMax(KnowledgeService.MAX_MONTHS);
        String monthRange = getTranslation("error.kb.duration", String.valueOf(KnowledgeService.MAX_MONTHS));
        duration.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(getTranslation("kb.field.duration.bad"))
                .setMinErrorMessage(monthRange).setMaxErrorMessage(monthRange));
        partyList.setId("kb-parties");
        partyList.setPadding(false);
        save.setText(getTranslation("kb.save"));
        save.setId("kb-save");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("kb.submit"));
        submit.setId("kb-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        status.setId("kb-editor-status");
        log.setId("kb-log");
    }

    private <F extends com.vaadin.flow.component.HasLabel & com.vaadin.flow.component.HasSize> void text(
            F field, String id, String label) {
        ((Component) field).setId(id);
        field.setLabel(getTranslation(label));
        field.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = CommunityContext.current().orElseThrow().slug();
        String id = event.getRouteParameters().get("id").orElse(null);
        articleId = null;
        loaded = null;
        if (id != null) {
            try {
                articleId = Long.valueOf(id);
            } catch (NumberFormatException e) {
                event.rerouteToError(new NotFoundException(), "");
                return;
            }
            loaded = knowledge.review(articleId);
            fill(loaded.draft());
        } else {
            fill(new ArticleDraft(null, null, null, null, null, null, null, null, null, null, null));
        }
        layout();
        leaveGuard.markSaved();
    }

    private void fill(ArticleDraft d) {
        title.setValue(nz(d.title()));
        context.setValue(nz(d.context()));
        whatHappened.setValue(nz(d.whatHappened()));
        whatWorked.setValue(nz(d.whatWorked()));
        nextTime.setValue(nz(d.nextTime()));
        categories.setValue(d.categories());
        outcome.setValue(d.outcome());
        sector.setValue(d.sector());
        year.setValue(d.year());
        duration.setValue(d.durationMonths());
        parties.clear();
        partyList.removeAll();
        d.parties().forEach(this::addParty);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
        FormLayout facts = new FormLayout(outcome, sector, year, duration);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        Button addParty = new Button(getTranslation("kb.party.add"), VaadinIcon.PLUS.create(),
                e -> addParty(new KnownParty(PartyRole.CLIENT, "", false, List.of(), List.of(), null)));
        addParty.setId("kb-party-add");
        Paragraph partiesHelp = new Paragraph(getTranslation("kb.editor.parties.help"));
        partiesHelp.addClassName("portal-muted");
        add(title, context, whatHappened, whatWorked, nextTime, categories, facts,
                new H3(getTranslation("kb.editor.parties")), partiesHelp, partyList);
        if (editable()) {
            add(addParty, new HorizontalLayout(save, submit));
        }
        setReadOnly(!editable());
        showLog();
    }

    private void setReadOnly(boolean readOnly) {
        title.setReadOnly(readOnly);
        context.setReadOnly(readOnly);
        whatHappened.setReadOnly(readOnly);
        whatWorked.setReadOnly(readOnly);
        nextTime.setReadOnly(readOnly);
        categories.setReadOnly(readOnly);
        outcome.setReadOnly(readOnly);
        sector.setReadOnly(readOnly);
        year.setReadOnly(readOnly);
        duration.setReadOnly(readOnly);
        parties.forEach(p -> p.setReadOnly(readOnly));
    }

    private void showLog() {
        log.removeAll();
        if (loaded == null || loaded.log().isEmpty()) {
            return;
        }
        UnorderedList lines = new UnorderedList();
        for (ModerationLine line : loaded.log()) {
            String text = getTranslation("kb.log.line", Formats.dateTime(line.at()), line.actorName(),
                    getTranslation("kb.log." + line.action().name()));
            ListItem item = new ListItem(text);
            if (line.note() != null && !line.note().isBlank()) {
                Paragraph note = new Paragraph(line.note());
                note.addClassName("portal-muted");
                item.add(note);
            }
            lines.add(item);
        }
        log.add(new H3(getTranslation("kb.log")), lines);
        add(log);
    }

    void addParty(KnownParty party) {
        PartyRow row = new PartyRow(party);
        parties.add(row);
        partyList.add(row);
    }

    ArticleDraft draft() {
        List<KnownParty> known = parties.stream().map(PartyRow::party).filter(p -> !p.name().isBlank()).toList();
        return new ArticleDraft(title.getValue(), context.getValue(), whatHappened.getValue(), whatWorked.getValue(),
                nextTime.getValue(), categories.getValue(), outcome.getValue(), duration.getValue(), sector.getValue(),
                year.getValue(), known);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(title, whatHappened, nextTime)) {
            field.setInvalid(false);
        }
    }

    /** Shows a refusal next to the field it is about, or as a notification; what was typed stays. */
    private void show(PortalException failure) {
        HasValidation field = switch (failure.messageKey()) {
            case "error.kb.title" -> title;
            case "error.kb.what-happened" -> whatHappened;
            case "error.kb.next-time" -> nextTime;
            case "error.kb.year" -> year;
            case "error.kb.duration" -> duration;
            default -> null;
        };
        if (field == null) {
            Notifications.error(UserMessages.of(failure));
        } else {
            field.setErrorMessage(UserMessages.of(failure));
            field.setInvalid(true);
            ((com.vaadin.flow.component.Focusable<?>) field).focus();
        }
    }

    /** Saves the draft (creating it on the first save); false when refused, with the reason shown. */
    boolean save() {
        clearErrors();
        if (year.isInvalid() || duration.isInvalid()) {
            // a year or a duration that is not a number in range: its field already says why
            Notifications.error(getTranslation("kb.fix-fields"));
            return false;
        }
        try {
            if (articleId == null) {
                articleId = knowledge.create(draft());
                UI.getCurrent().getPage().getHistory().replaceState(null,
                        CommunityContext.path(slug, KnowledgeSearchView.PAGE + "/edit/" + articleId));
            } else {
                knowledge.save(articleId, draft());
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

    /** One party to hide: its name, whether it is an organisation, its role, emails and phones. */
    final class PartyRow extends HorizontalLayout {

        final TextField name = new TextField(getTranslation("kb.party.name"));
        final Checkbox organisation = new Checkbox(getTranslation("kb.party.organisation"));
        final Select<PartyRole> role = new Select<>();
        final TextField emails = new TextField(getTranslation("kb.party.emails"));
        final TextField phones = new TextField(getTranslation("kb.party.phones"));
        final Button remove = new Button(VaadinIcon.TRASH.create());
        private final String alias;

        PartyRow(KnownParty party) {
            addClassName("kb-party");
            setAlignItems(Alignment.BASELINE);
            getStyle().set("flex-wrap", "wrap");
            alias = party.alias();
            name.setValue(nz(party.name()));
            organisation.setValue(party.organisation());
            role.setLabel(getTranslation("kb.party.role"));
            role.setItems(PartyRole.values());
            role.setItemLabelGenerator(r -> getTranslation("kb.party.role." + r.name()));
            role.setValue(party.role() == null ? PartyRole.OTHER : party.role());
            emails.setValue(String.join(", ", party.emails()));
            phones.setValue(String.join(", ", party.phones()));
            remove.setAriaLabel(getTranslation("kb.party.remove"));
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.addClickListener(e -> {
                parties.remove(this);
                partyList.remove(this);
            });
            add(name, organisation, role, emails, phones, remove);
        }

        KnownParty party() {
            return new KnownParty(role.getValue(), name.getValue().strip(), organisation.getValue(),
                    split(emails.getValue()), split(phones.getValue()), alias);
        }

        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            organisation.setReadOnly(readOnly);
            role.setReadOnly(readOnly);
            emails.setReadOnly(readOnly);
            phones.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }

        private static List<String> split(String value) {
            return Arrays.stream(value.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }
}
