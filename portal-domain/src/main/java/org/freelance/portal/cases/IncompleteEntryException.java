package org.freelance.portal.cases;

import java.util.List;
import org.freelance.portal.base.PortalException;

/**
 * A journal entry refused because fields its kind needs are empty ({@code error.case.entry-incomplete});
 * it names them, so the form can mark each one rather than explain every kind's needs at once.
 */
public class IncompleteEntryException extends PortalException {

    /** A field a journal entry may need. */
    public enum Missing {
        CHANNEL, TITLE, BODY, SIGNAL, FILES
    }

    private final List<Missing> missing;

    IncompleteEntryException(List<Missing> missing) {
        super("error.case.entry-incomplete");
        this.missing = List.copyOf(missing);
    }

    /** The empty fields, in the form's order; never empty. */
    public List<Missing> missing() {
        return missing;
    }
}
