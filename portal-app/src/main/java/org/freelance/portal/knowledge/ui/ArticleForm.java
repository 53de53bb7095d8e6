package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.knowledge.ArticleDraft;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeService;
import org.freelance.portal.review.analysis.ClauseCategory;

/**
 * A lesson learned as its author writes it: the story in its own words, the facts it is searched by
 * (categories, outcome, sector, year, duration) and the parties to hide. It shows a refusal of the
 * service on the field concerned; what was typed stays.
 */
class ArticleForm extends Composite<VerticalLayout> {

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
    final PartiesEditor parties = new PartiesEditor();

    ArticleForm() {
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
        FormLayout facts = new FormLayout(outcome, sector, year, duration);
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 4));
        VerticalLayout form = getContent();
        form.setPadding(false);
        form.add(title, context, whatHappened, whatWorked, nextTime, categories, facts, parties);
    }

    private <F extends HasLabel & HasSize> void text(F field, String id, String label) {
        ((Component) field).setId(id);
        field.setLabel(getTranslation(label));
        field.setWidthFull();
    }

    void fill(ArticleDraft d) {
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
        parties.show(d.parties());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    ArticleDraft draft() {
        return new ArticleDraft(title.getValue(), context.getValue(), whatHappened.getValue(), whatWorked.getValue(),
                nextTime.getValue(), categories.getValue(), outcome.getValue(), duration.getValue(), sector.getValue(),
                year.getValue(), parties.parties());
    }

    void setReadOnly(boolean readOnly) {
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
        parties.setReadOnly(readOnly);
    }

    /** Whether a year or a duration is not a number in range: its field already says why. */
    boolean numbersInvalid() {
        return year.isInvalid() || duration.isInvalid();
    }

    void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(title, whatHappened, nextTime)) {
            field.setInvalid(false);
        }
    }

    /** Shows a refusal next to the field it is about; false when it is about no field. */
    boolean showOnField(PortalException failure) {
        HasValidation field = switch (failure.messageKey()) {
            case "error.kb.title" -> title;
            case "error.kb.what-happened" -> whatHappened;
            case "error.kb.next-time" -> nextTime;
            case "error.kb.year" -> year;
            case "error.kb.duration" -> duration;
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(UserMessages.of(failure));
        field.setInvalid(true);
        ((Focusable<?>) field).focus();
        return true;
    }
}
