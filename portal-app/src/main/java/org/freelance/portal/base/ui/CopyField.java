package org.freelance.portal.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A value to hand over (an invitation link, a one-time code): read-only, selected on focus, with a
 * button that copies it to the clipboard. The field's id is {@code id}, the button's {@code id-copy}.
 */
public class CopyField extends Composite<HorizontalLayout> {

    private final TextField field = new TextField();
    private final Button copy = new Button();

    public CopyField(String id, String label, String value) {
        field.setId(id);
        field.setLabel(label);
        field.setValue(value);
        field.setReadOnly(true);
        field.setAutoselect(true);
        field.setWidthFull();
        copy.setId(id + "-copy");
        copy.setText(field.getTranslation("action.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.TERTIARY);
        // copied in the browser, within the click itself (the Clipboard API wants a user gesture and a
        // secure context: HTTPS or localhost); the field stays selectable for copying by hand either way
        copy.getElement().executeJs("this.addEventListener('click', () => "
                + "navigator.clipboard && navigator.clipboard.writeText($0).catch(() => {}))", value);
        copy.addClickListener(e -> Notifications.info(field.getTranslation("action.copied")));
        HorizontalLayout layout = getContent();
        layout.setWidthFull();
        layout.setPadding(false);
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(field, copy);
        layout.setFlexGrow(1, field);
    }
}
