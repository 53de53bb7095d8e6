package org.freelance.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.HasValue;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Asks before a page with unsaved input is left: a confirmation dialog when the user follows a
 * link of the portal, and the browser's own question when the tab is closed or reloaded.
 * <p>
 * What counts as unsaved is told by the page ({@code unsaved}, asked on the server) and, for the
 * browser's question, also known in the browser: a form that is not saved as it is typed counts as
 * unsaved from the first key pressed in it until the page calls {@link #refresh()} after it was
 * saved or emptied; a form saved as it is typed counts as unsaved during the short pause before a
 * typed value reaches the server, and while {@code unsaved} says so (a value refused by the save).
 */
public final class LeaveGuard {

    /** A little longer than the pause after which a lazily synchronised field sends its value. */
    public static final int AUTOSAVE_PENDING_MS = 1500;

    private final Component page;
    private final BooleanSupplier unsaved;
    private final boolean autosaved;
    private Runnable snapshot = () -> {
    };
    private Registration leaveRegistration;
    private boolean confirmed;

    private LeaveGuard(Component page, BooleanSupplier unsaved, boolean autosaved) {
        this.page = page;
        this.unsaved = unsaved;
        this.autosaved = autosaved;
        page.addAttachListener(e -> attach(e.getUI()));
        page.addDetachListener(e -> {
            if (leaveRegistration != null) {
                leaveRegistration.remove();
                leaveRegistration = null;
            }
        });
        page.getUI().ifPresent(this::attach);
    }

    /**
     * For a form saved only when the user submits it, whose unsaved input is what differs in these
     * fields from what they held at the last {@link #markSaved()} (or when the guard was made).
     */
    public static LeaveGuard forFields(Component page, HasValue<?, ?>... fields) {
        List<HasValue<?, ?>> watched = List.of(fields);
        Object[][] saved = {values(watched)};
        LeaveGuard guard = new LeaveGuard(page,
                () -> !java.util.Arrays.equals(saved[0], values(watched)), false);
        guard.snapshot = () -> saved[0] = values(watched);
        watched.forEach(field -> field.addValueChangeListener(e -> guard.refresh()));
        return guard;
    }

    private static Object[] values(List<HasValue<?, ?>> fields) {
        // an empty text and no value are the same: nothing typed
        return fields.stream().map(HasValue::getValue).map(v -> Objects.equals(v, "") ? null : v).toArray();
    }

    /** Says the fields' present values are saved (after a save, or after filling the form from storage). */
    public void markSaved() {
        snapshot.run();
        confirmed = false;
        refresh();
    }

    /** For a form saved as it is typed: only a value not yet sent, or refused by the save, is unsaved. */
    public static LeaveGuard forAutosave(Component page, BooleanSupplier unsaved) {
        return new LeaveGuard(page, unsaved, true);
    }

    /** Tells the browser what the server now knows; call it after a save, a refusal or emptying the form. */
    public void refresh() {
        page.getElement().executeJs("this.__portalUnsaved = $0", unsaved.getAsBoolean());
    }

    private void attach(UI ui) {
        confirmed = false;
        if (leaveRegistration == null) {
            leaveRegistration = ui.addBeforeLeaveListener(this::beforeLeave);
        }
        // The handler outlives the page's element in the window, so it checks the element is still shown.
        page.getElement().executeJs("""
                const el = this;
                el.__portalUnsaved = $0;
                el.__portalLastInput = 0;
                if (el.__portalGuarded) { return; }
                el.__portalGuarded = true;
                el.addEventListener('input', () => {
                    el.__portalLastInput = Date.now();
                    if (!$1) { el.__portalUnsaved = true; }
                }, true);
                window.addEventListener('beforeunload', event => {
                    const pending = $1 && Date.now() - el.__portalLastInput < $2;
                    if (el.isConnected && (el.__portalUnsaved || pending)) {
                        event.preventDefault();
                        event.returnValue = '';
                    }
                });
                """, unsaved.getAsBoolean(), autosaved, AUTOSAVE_PENDING_MS);
    }

    private void beforeLeave(BeforeLeaveEvent event) {
        if (confirmed || !unsaved.getAsBoolean()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog(page.getTranslation("leave.title"), page.getTranslation("leave.text"),
                page.getTranslation("leave.confirm"), e -> {
                    confirmed = true;
                    action.proceed();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(page.getTranslation("leave.stay"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("leave-confirm");
        dialog.open();
    }
}
