package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.tenant.CommunityService;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.CreatedCommunity;
import org.freelance.portal.tenant.NewCommunity;

/** The platform operator's page: every community, creating one, archiving one. */
@Route(CommunitiesView.ROUTE)
@SideMenuEntry(label = "nav.communities", icon = VaadinIcon.COG, order = 100)
@RolesAllowed("OPERATOR")
public class CommunitiesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "operator/communities";

    private final CommunityService communities;
    private final Grid<CommunityView> grid = new Grid<>(CommunityView.class, false);
    private final TextField name = new TextField();
    private final TextField slug = new TextField();
    private final TextArea description = new TextArea();
    private final Select<String> language = new Select<>();
    private final EmailField contact = new EmailField();
    private final TextField accent = new TextField();
    private final EmailField firstAdmin = new EmailField();
    private final VerticalLayout result = new VerticalLayout();

    public CommunitiesView(CommunityService communities) {
        this.communities = communities;
        addClassName("portal-page");
        setId("communities");

        grid.setId("community-grid");
        grid.addColumn(CommunityView::name).setHeader(getTranslation("communities.name")).setAutoWidth(true);
        grid.addColumn(CommunityView::slug).setHeader(getTranslation("communities.slug")).setAutoWidth(true);
        grid.addColumn(c -> Formats.date(c.createdAt())).setHeader(getTranslation("communities.created"));
        grid.addColumn(c -> getTranslation(c.archived() ? "communities.archived" : "communities.active"))
                .setHeader(getTranslation("communities.status"));
        grid.addComponentColumn(c -> {
            if (c.archived()) {
                return new Span();
            }
            Button archive = new Button(getTranslation("communities.archive"), e -> confirmArchive(c));
            archive.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            return archive;
        });
        grid.addComponentColumn(c -> {
            if (c.archived()) {
                return new Span();
            }
            Button invite = new Button(getTranslation("communities.invite-admin"),
                    e -> new AdminInviteDialog(communities, c).open());
            invite.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            return invite;
        });
        grid.setAllRowsVisible(true);

        name.setLabel(getTranslation("communities.name"));
        name.setId("community-name");
        name.setRequiredIndicatorVisible(true);
        slug.setLabel(getTranslation("communities.slug"));
        slug.setId("community-slug");
        slug.setHelperText(getTranslation("communities.slug.help"));
        slug.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("communities.description"));
        language.setLabel(getTranslation("communities.language"));
        language.setItems("fr", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue("fr");
        contact.setLabel(getTranslation("communities.contact"));
        accent.setLabel(getTranslation("communities.accent"));
        accent.setValue("#1a5fb4");
        accent.setHelperText("#1a5fb4");
        firstAdmin.setLabel(getTranslation("communities.first-admin"));
        firstAdmin.setId("community-first-admin");
        firstAdmin.setHelperText(getTranslation("communities.first-admin.help"));
        FormLayout form = new FormLayout(name, slug, description, language, contact, accent, firstAdmin);
        form.setColspan(description, 2);
        Button create = new Button(getTranslation("communities.create"), e -> create());
        create.setId("community-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        result.setPadding(false);

        add(new H2(getTranslation("communities.title")), grid, new H3(getTranslation("communities.new")), form,
                create, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(communities.listAll());
    }

    private void create() {
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of(
                "error.community.name", name, "error.community.slug-format", slug, "error.community.slug-taken", slug,
                "error.community.description-too-long", description, "error.community.colour", accent,
                "error.community.contact-email", contact, "error.community.first-admin-email", firstAdmin,
                "error.profile.language", language);
        fields.values().forEach(f -> f.setInvalid(false));
        result.removeAll();
        try {
            CreatedCommunity created = communities.create(new NewCommunity(name.getValue(), slug.getValue(),
                    description.getValue(), language.getValue(), contact.getValue(), accent.getValue(),
                    firstAdmin.getValue()));
            Notifications.success(getTranslation("communities.created-ok", created.community().name()));
            created.firstAdminInvitation().filter(i -> !i.mailed())
                    .ifPresent(i -> result.add(new FirstAdminPanel(communities, created.community().slug(), i)));
            name.clear();
            slug.clear();
            description.clear();
            contact.clear();
            firstAdmin.clear();
            // clearing a required field re-runs its own validation, which would flag the emptied form
            fields.values().forEach(f -> f.setInvalid(false));
            refresh();
        } catch (PortalException failure) {
            String message = UserMessages.of(failure);
            com.vaadin.flow.component.HasValidation field = fields.get(failure.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notifications.error(message);
            }
        }
    }

    private void confirmArchive(CommunityView community) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("communities.archive.title", community.name()),
                getTranslation("communities.archive.text"), getTranslation("communities.archive"), e -> {
                    communities.archive(community.id());
                    Notifications.success(getTranslation("communities.archived-ok", community.name()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("communities.title");
    }
}
