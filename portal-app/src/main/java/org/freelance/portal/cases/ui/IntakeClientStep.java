package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.freelance.portal.cases.CaseIntake;

/** The intake's first step: the client (name, SIREN/SIRET, address) and its contacts, as many as needed. */
final class IntakeClientStep extends Composite<VerticalLayout> {

    private final Consumer<HasValue<?, ?>> watch;
    private final Runnable changed;
    final TextField name = new TextField();
    final TextField identifier = new TextField();
    final TextArea address = new TextArea();
    final VerticalLayout contactRows = new VerticalLayout();
    final List<ContactRow> contacts = new ArrayList<>();
    final Paragraph contactsError = new Paragraph();

    /**
     * @param watch saves the draft when this field changes
     * @param changed saves the draft after a contact was removed
     */
    IntakeClientStep(Consumer<HasValue<?, ?>> watch, Runnable changed) {
        this.watch = watch;
        this.changed = changed;
        name.setLabel(getTranslation("case.field.client"));
        name.setId("case-client");
        name.setRequiredIndicatorVisible(true);
        identifier.setLabel(getTranslation("case.field.identifier"));
        identifier.setId("case-identifier");
        identifier.setHelperText(getTranslation("case.field.identifier.help"));
        address.setLabel(getTranslation("case.field.address"));
        address.setId("case-address");
        // the lengths the service keeps, so that nothing shown on screen is cut when saved
        name.setMaxLength(200);
        identifier.setMaxLength(40);
        address.setMaxLength(2000);
        FormLayout form = new FormLayout(name, identifier, address);
        form.setColspan(address, 2);
        List.<HasValue<?, ?>>of(name, identifier, address).forEach(watch);
        contactRows.setPadding(false);
        contactRows.setId("case-contacts");
        contactsError.addClassName("portal-error");
        contactsError.setId("case-contacts-error");
        contactsError.setVisible(false);
        Button addContact = new Button(getTranslation("case.contact.add"), VaadinIcon.PLUS.create(),
                e -> addContact(new CaseIntake.Contact(null, null, null, null)));
        addContact.setId("case-contact-add");
        VerticalLayout step = getContent();
        step.add(form, new H3(getTranslation("case.contacts")), contactRows, contactsError, addContact);
        step.setPadding(false);
    }

    ContactRow addContact(CaseIntake.Contact contact) {
        ContactRow row = new ContactRow(contact, watch, removed -> {
            contacts.remove(removed);
            contactRows.remove(removed);
            changed.run();
        });
        contacts.add(row);
        contactRows.add(row);
        return row;
    }

    void fill(CaseIntake.Client client) {
        name.setValue(Objects.toString(client.name(), ""));
        identifier.setValue(Objects.toString(client.identifier(), ""));
        address.setValue(Objects.toString(client.address(), ""));
        client.contacts().forEach(this::addContact);
    }

    CaseIntake.Client read() {
        return new CaseIntake.Client(name.getValue(), identifier.getValue(), address.getValue(),
                contacts.stream().map(ContactRow::value).toList());
    }

    /** A refusal about a contact: contacts are rows, so it shows under them. */
    void showContactsError(String message) {
        contactsError.setText(message);
        contactsError.setVisible(true);
    }
}
