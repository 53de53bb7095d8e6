package org.freelance.portal.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/** Password fields speak the page's language: the eye button's label is English in the component otherwise. */
public final class PasswordFields {

    private PasswordFields() {
    }

    /** The field, with its reveal button labelled from {@code password.reveal}. */
    public static PasswordField translated(PasswordField field) {
        // the web component's own i18n object ({reveal: 'Show password'}), which the Java API does not expose
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("password.reveal")));
        return field;
    }
}
