package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.springframework.modulith.NamedInterface;

/**
 * What another feature adds to a case's page (a Spring bean): actions in its header and panels
 * below it. Keeps the case screens free of those features (they depend on cases, not the reverse).
 */
@NamedInterface("page-extension")
public interface CasePageExtension {

    /** Buttons for the header of this case, for the person looking at it; none by default. */
    default List<Component> actions(CaseDetail detail, String slug) {
        return List.of();
    }

    /** Panels shown below the case; none by default. */
    default List<Component> panels(CaseDetail detail, String slug) {
        return List.of();
    }
}
