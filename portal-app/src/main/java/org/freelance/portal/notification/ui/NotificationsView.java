package org.freelance.portal.notification.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.springframework.modulith.NamedInterface;

/** What happened for me in this community (review shared, taken, verdict given...), newest first. */
@NamedInterface("inbox")
@Route("c/:slug/" + NotificationsView.PAGE)
@SideMenuEntry(label = "nav.notifications", icon = VaadinIcon.BELL, order = 60)
@PermitAll
public class NotificationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "notifications";

    private final NotificationService notifications;

    public NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        addClassName("portal-page");
        setId("notifications");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String community = CommunityContext.current().orElseThrow().slug();
        List<NotificationView> mine = notifications.mine(50);
        Button markAll = new Button(getTranslation("notifications.mark-all"), e -> {
            int marked = notifications.markAllRead();
            Notification.show(getTranslation("notifications.marked", marked));
            UI.getCurrent().refreshCurrentRoute(false);
        });
        markAll.setId("notifications-mark-all");
        markAll.setEnabled(mine.stream().anyMatch(n -> !n.read()));
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("notifications.title")), markAll);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.getStyle().set("flex-wrap", "wrap");
        add(heading);
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("notifications.none"));
            empty.addClassName("portal-empty");
            add(empty);
        }
        for (NotificationView n : mine) {
            Div line = new Div();
            line.addClassName("portal-finding");
            if (!n.read()) {
                line.addClassName("portal-unread");
            }
            Paragraph when = new Paragraph(Formats.dateTime(n.createdAt()));
            when.addClassName("portal-muted");
            Button open = new Button(text(n), e -> {
                notifications.markRead(n.id());
                UI.getCurrent().navigate(NotificationRoutes.route(community, n.target()));
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            line.add(when, open);
            add(line);
        }
    }

    private String text(NotificationView n) {
        Object[] args = n.arguments().stream().map(a -> (Object) translateArgument(n.messageKey(), a)).toArray();
        return getTranslation("notification." + n.messageKey(), args);
    }

    /** Verdicts and case statuses travel as enum names; the reader sees them in their language. */
    private String translateArgument(String messageKey, String argument) {
        if ("case.status".equals(messageKey) && argument.matches("[A-Z_]+")) {
            return getTranslation("case.casestatus." + argument);
        }
        return switch (argument) {
            case "SIGN", "NEGOTIATE", "WALK_AWAY" -> getTranslation("review.verdict." + argument);
            default -> argument;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
