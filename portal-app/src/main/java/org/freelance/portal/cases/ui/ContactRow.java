package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import java.util.function.Consumer;

import org.freelance.portal.cases.CaseIntake;

/** A line of the intake's contacts list; each field is watched by the page and the bin removes the line. */
final class ContactRow extends HorizontalLayout {
    final TextField name = new TextField();
    final TextField role = new TextField();
    final TextField email = new TextField();
    final TextField phone = new TextField();

    ContactRow(CaseIntake.Contact contact, Consumer<HasValue<?, ?>> watch, Consumer<ContactRow> remove) {
        name.setPlaceholder(getTranslation("case.contact.name"));
        name.setAriaLabel(getTranslation("case.contact.name"));
        role.setPlaceholder(getTranslation("case.contact.role"));
        role.setAriaLabel(getTranslation("case.contact.role"));
        email.setPlaceholder(getTranslation("case.contact.email"));
        email.setAriaLabel(getTranslation("case.contact.email"));
        phone.setPlaceholder(getTranslation("case.contact.phone"));
        phone.setAriaLabel(getTranslation("case.contact.phone"));
        // the lengths the service keeps, so nothing shown is cut when saved
        name.setMaxLength(200);
        role.setMaxLength(200);
        email.setMaxLength(254);
        phone.setMaxLength(40);
        name.setValue(Objects.toString(contact.name(), ""));
        role.setValue(Objects.toString(contact.role(), ""));
        email.setValue(Objects.toString(contact.email(), ""));
        phone.setValue(Objects.toString(contact.phone(), ""));
        Button bin = new Button(VaadinIcon.TRASH.create(), e -> remove.accept(this));
        bin.setAriaLabel(getTranslation("case.contact.remove"));
        bin.addThemeVariants(ButtonVariant.TERTIARY);
        add(name, role, email, phone, bin);
        getStyle().set("flex-wrap", "wrap");
        java.util.List.of(name, role, email, phone).forEach(watch);
    }

    CaseIntake.Contact value() {
        return new CaseIntake.Contact(name.getValue(), role.getValue(), email.getValue(), phone.getValue());
    }
}
