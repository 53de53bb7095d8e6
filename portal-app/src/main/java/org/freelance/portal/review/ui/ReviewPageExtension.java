package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.springframework.modulith.NamedInterface;

/**
 * What another feature adds below a review request's page (a Spring bean), so that the review
 * screens do not depend on that feature.
 */
@NamedInterface("page-extension")
public interface ReviewPageExtension {

    List<Component> panels(RequestDetail detail, String slug);
}
