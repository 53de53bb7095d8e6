package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;

/** One party to hide: its name, whether it is an organisation, its role, emails and phones (comma-separated). */
class PartyRow extends Composite<HorizontalLayout> {

    final TextField name = new TextField(getTranslation("kb.party.name"));
    final Checkbox organisation = new Checkbox(getTranslation("kb.party.organisation"));
    final Select<PartyRole> role = new Select<>();
    final TextField emails = new TextField(getTranslation("kb.party.emails"));
    final TextField phones = new TextField(getTranslation("kb.party.phones"));
    final Button remove = new Button(VaadinIcon.TRASH.create());
    /** Kept as the review chose it: the author does not see or change it. */
    private final String alias;

    PartyRow(KnownParty party, Consumer<PartyRow> removed) {
        HorizontalLayout row = getContent();
        row.addClassName("kb-party");
        row.setAlignItems(Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        alias = party.alias();
        name.setValue(party.name() == null ? "" : party.name());
        organisation.setValue(party.organisation());
        role.setLabel(getTranslation("kb.party.role"));
        role.setItems(PartyRole.values());
        role.setItemLabelGenerator(r -> getTranslation("kb.party.role." + r.name()));
        role.setValue(party.role() == null ? PartyRole.OTHER : party.role());
        emails.setValue(String.join(", ", party.emails()));
        phones.setValue(String.join(", ", party.phones()));
        remove.setAriaLabel(getTranslation("kb.party.remove"));
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        remove.addClickListener(e -> removed.accept(this));
        row.add(name, organisation, role, emails, phones, remove);
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
