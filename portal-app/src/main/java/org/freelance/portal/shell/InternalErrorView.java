package org.freelance.portal.shell;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.UserMessages;

/**
 * Anything that fails while opening a page: a translated message (with a correlation id that is
 * also in the log for an unexpected failure), never a stack trace.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean known = UserMessages.findPortalException(failure) instanceof PortalException;
        ErrorViews.fill(this, getTranslation("error.title"), UserMessages.of(failure));
        return known ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
