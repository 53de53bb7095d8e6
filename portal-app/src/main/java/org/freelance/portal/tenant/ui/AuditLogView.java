package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.tenant.AuditEntry;
import org.freelance.portal.tenant.AuditEventType;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.AuditService;
import org.freelance.portal.tenant.Role;

/** The community's audit log (sign-ins and membership changes), searchable, newest first; admins only. */
@Route("c/:slug/" + AuditLogView.PAGE)
@SideMenuEntry(label = "nav.audit", icon = VaadinIcon.LIST, order = 80)
@PermitAll
@RequiresCommunityRole(Role.ADMIN)
public class AuditLogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "audit";

    private final AuditService audit;
    private final TextField search = new TextField();
    private final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    public AuditLogView(AuditService audit) {
        this.audit = audit;
        addClassName("portal-page");
        setId("audit-log");
        setSizeFull();
        search.setId("audit-search");
        search.setPlaceholder(getTranslation("audit.search"));
        search.setAriaLabel(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("audit-grid");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.type." + e.type().name())).setHeader(getTranslation("audit.what"))
                .setAutoWidth(true);
        grid.addColumn(e -> join(e.actorName(), e.actorEmail())).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(AuditEntry::subjectEmail).setHeader(getTranslation("audit.subject")).setAutoWidth(true);
        // the other columns size to their content: the details get a readable minimum, and their tooltip
        grid.addColumn(this::details).setHeader(getTranslation("audit.details")).setWidth("14rem").setFlexGrow(1)
                .setTooltipGenerator(this::details);
        grid.setEmptyStateText(getTranslation("audit.none"));
        add(new H2(getTranslation("audit.title")), search, grid);
        expand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(query -> audit.search(search.getValue(), query.getOffset(), query.getLimit()).entries().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.search(search.getValue(), 0, 1).total()));
    }

    /**
     * Details are stored as the services wrote them ("password", "[MEMBER, EXPERT] -> [ADMIN]"); the
     * reader sees them in words: how someone signed in, roles by their names.
     */
    String details(AuditEntry entry) {
        String details = entry.details();
        if (details == null || details.isBlank()) {
            return "";
        }
        if (entry.type() == AuditEventType.SIGNED_IN) {
            return switch (details) {
                case "password", "oidc" -> getTranslation("audit.method." + details);
                default -> details;
            };
        }
        if (entry.type() == AuditEventType.COMMUNITY_CREATED) {
            return details;
        }
        if (entry.type() == AuditEventType.ACCOUNT_CREATED_WITH_CODE) {
            return InvitationService.ONE_TIME_CODE_SHOWN.equals(details)
                    ? getTranslation("audit.detail.one-time-code") : details;
        }
        java.util.regex.Matcher roles = ROLE_SET.matcher(details);
        StringBuilder out = new StringBuilder();
        while (roles.find()) {
            roles.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(roleNames(roles.group(1))));
        }
        roles.appendTail(out);
        return out.toString().replace(" -> ", " → ");
    }

    private static final java.util.regex.Pattern ROLE_SET = java.util.regex.Pattern.compile("\\[([A-Z_, ]*)]");

    private String roleNames(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(r -> !r.isEmpty())
                .map(r -> isRole(r) ? getTranslation("role." + r) : r)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    private static boolean isRole(String name) {
        return java.util.Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name));
    }

    private static String join(String name, String email) {
        if (name == null) {
            return email == null ? "" : email;
        }
        return email == null ? name : name + " <" + email + ">";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
