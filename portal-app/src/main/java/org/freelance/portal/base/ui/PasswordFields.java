package org.freelance.portal.base.ui;

import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;

/**
 * Password fields as every page asks them. They speak the page's language (the eye button's label is
 * English in the component otherwise), and a new password is asked twice with its rule under it.
 */
public final class PasswordFields {

    private PasswordFields() {
    }

    /** The field, with its reveal button labelled from {@code password.reveal}. */
    public static PasswordField translated(PasswordField field) {
        // the web component's own i18n object ({reveal: 'Show password'}), which the Java API does not expose
        field.getElement().setPropertyMap("i18n", Map.of("reveal", field.getTranslation("password.reveal")));
        return field;
    }

    /** A new password and its confirmation, with these element ids; the page places the two fields. */
    public static NewPassword newPassword(String id, String confirmId) {
        return new NewPassword(id, confirmId);
    }

    /** A new password typed twice: the first field says the rule, a mismatch is told on the second. */
    public static final class NewPassword {

        private final PasswordField password = translated(new PasswordField());
        private final PasswordField confirm = translated(new PasswordField());

        private NewPassword(String id, String confirmId) {
            password.setLabel(password.getTranslation("profile.password.new"));
            password.setHelperText(password.getTranslation("profile.password.rule"));
            password.setId(id);
            confirm.setLabel(confirm.getTranslation("profile.password.confirm"));
            confirm.setId(confirmId);
        }

        public NewPassword widthFull() {
            password.setWidthFull();
            confirm.setWidthFull();
            return this;
        }

        public PasswordField password() {
            return password;
        }

        public PasswordField confirm() {
            return confirm;
        }

        /** Clears what the fields said before; false, said on the confirmation, when the two differ. */
        public boolean matches() {
            password.setInvalid(false);
            confirm.setInvalid(false);
            if (!password.getValue().equals(confirm.getValue())) {
                confirm.setErrorMessage(confirm.getTranslation("error.password.mismatch"));
                confirm.setInvalid(true);
                return false;
            }
            return true;
        }

        public String value() {
            return password.getValue();
        }

        /** Says why the service refused the password, on the first field; both keep what was typed. */
        public void refuse(String message) {
            password.setErrorMessage(message);
            password.setInvalid(true);
        }

        public void clear() {
            password.clear();
            confirm.clear();
        }
    }
}
