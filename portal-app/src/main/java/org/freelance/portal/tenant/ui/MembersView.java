package org.freelance.portal.tenant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Set;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.CopyField;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.GridSearch;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.tenant.InvitationIssued;
import org.freelance.portal.tenant.InvitationService;
import org.freelance.portal.tenant.MemberService;
import org.freelance.portal.tenant.MemberView;
import org.freelance.portal.tenant.PendingInvitation;
import org.freelance.portal.tenant.Role;

/** The admin's members page: who is in, with which roles; invitations sent and still open. */
@Route("c/:slug/" + MembersView.PAGE)
@SideMenuEntry(label = "nav.members", icon = VaadinIcon.USERS, order = 70)
@PermitAll
@RequiresCommunityRole(Role.ADMIN)
public class MembersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String PAGE = "members";

    private final MemberService members;
    private final InvitationService invitations;
    private final Grid<MemberView> memberGrid = new Grid<>(MemberView.class, false);
    private final Grid<PendingInvitation> invitationGrid = new Grid<>(PendingInvitation.class, false);
    private final GridSearch<MemberView> memberSearch = new GridSearch<>(memberGrid, m -> String.join(" ",
            m.displayName(), m.email(), RoleLabels.of(memberGrid, m.roles())));

    public MembersView(MemberService members, InvitationService invitations) {
        this.members = members;
        this.invitations = invitations;
        addClassName("portal-page");
        setId("members");

        Button invite = new Button(getTranslation("members.invite"), e -> openInviteDialog());
        invite.setId("invite");
        invite.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(getTranslation("members.title")), invite);
        heading.setAlignItems(Alignment.BASELINE);

        memberGrid.setId("member-grid");
        memberGrid.addColumn(MemberView::displayName).setHeader(getTranslation("members.name")).setAutoWidth(true)
                .setComparator(m -> m.displayName().toLowerCase(java.util.Locale.ROOT));
        memberGrid.addColumn(MemberView::email).setHeader(getTranslation("members.email")).setAutoWidth(true)
                .setComparator(MemberView::email);
        memberGrid.addColumn(m -> RoleLabels.of(this, m.roles())).setHeader(getTranslation("members.roles"))
                .setAutoWidth(true)
                .setComparator(m -> RoleLabels.of(this, m.roles()));
        // dates never shrink below their header or their value
        memberGrid.addColumn(m -> Formats.date(m.joinedAt())).setHeader(getTranslation("members.joined"))
                .setComparator(MemberView::joinedAt).setWidth("10.5rem").setFlexGrow(0);
        memberGrid.addColumn(m -> Formats.dateTime(m.lastSignInAt())).setHeader(getTranslation("members.last-sign-in"))
                .setComparator(m -> m.lastSignInAt() == null ? java.time.Instant.EPOCH : m.lastSignInAt())
                .setWidth("12.5rem").setFlexGrow(0);
        memberGrid.addComponentColumn(this::memberActions).setHeader(getTranslation("members.actions")).setAutoWidth(true);
        memberGrid.addThemeVariants(GridVariant.ROW_STRIPES);

        invitationGrid.setId("invitation-grid");
        invitationGrid.addColumn(PendingInvitation::email).setHeader(getTranslation("members.email")).setAutoWidth(true);
        invitationGrid.addColumn(i -> RoleLabels.of(this, i.roles())).setHeader(getTranslation("members.roles"));
        invitationGrid.addColumn(i -> Formats.date(i.createdAt())).setHeader(getTranslation("invitations.sent"));
        invitationGrid.addColumn(i -> Formats.date(i.expiresAt())).setHeader(getTranslation("invitations.expires"));
        invitationGrid.addColumn(i -> getTranslation(delivery(i))).setHeader(getTranslation("invitations.delivery"))
                .setTooltipGenerator(i -> i.mailed() && !i.mailFailed() ? null : getTranslation(delivery(i) + ".help"));
        invitationGrid.addComponentColumn(i -> {
            Button revoke = new Button(getTranslation("invitations.revoke"), e -> revoke(i));
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            return revoke;
        }).setHeader(getTranslation("members.actions"));
        invitationGrid.setAllRowsVisible(true);
        invitationGrid.setEmptyStateText(getTranslation("invitations.none"));

        add(heading, memberSearch.field(), memberGrid, new H3(getTranslation("invitations.title")), invitationGrid);
    }

    /** How the link travels: by mail (or failing to, retried), or shown to be passed on. */
    private static String delivery(PendingInvitation invitation) {
        if (!invitation.mailed()) {
            return "invitations.shown";
        }
        return invitation.mailFailed() ? "invitations.mail-failed" : "invitations.by-mail";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        memberSearch.setItems(members.list());
        invitationGrid.setItems(invitations.pending());
    }

    private HorizontalLayout memberActions(MemberView member) {
        Button roles = new Button(getTranslation("members.change-roles"), e -> openRolesDialog(member));
        roles.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        Button remove = new Button(getTranslation("members.remove"), e -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        return new HorizontalLayout(roles, remove);
    }

    private CheckboxGroup<Role> roleChooser(Set<Role> selected) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("members.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setValue(selected);
        roles.setRequiredIndicatorVisible(true);
        return roles;
    }

    private void openRolesDialog(MemberView member) {
        Dialog dialog = new Dialog(getTranslation("members.change-roles.title", member.displayName()));
        CheckboxGroup<Role> roles = roleChooser(member.roles());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                members.changeRoles(member.membershipId(), roles.getValue());
                dialog.close();
                Notifications.success(getTranslation("members.roles-changed", member.displayName()));
                refresh();
            } catch (PortalException failure) {
                roles.setInvalid(true);
                roles.setErrorMessage(UserMessages.of(failure));
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmRemove(MemberView member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("members.remove.title"),
                getTranslation("members.remove.text", member.displayName(), member.email()),
                getTranslation("members.remove"), e -> {
                    try {
                        members.remove(member.membershipId());
                        Notifications.success(getTranslation("members.removed", member.displayName()));
                    } catch (PortalException failure) {
                        Notifications.error(UserMessages.of(failure));
                    }
                    refresh();
                });
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.open();
    }

    private void openInviteDialog() {
        Dialog dialog = new Dialog(getTranslation("members.invite.title"));
        dialog.setId("invite-dialog");
        EmailField email = new EmailField(getTranslation("members.email"));
        email.setId("invite-email");
        email.setRequired(true);
        email.setWidthFull();
        CheckboxGroup<Role> roles = roleChooser(EnumSet.of(Role.MEMBER));
        roles.setId("invite-roles");
        VerticalLayout body = new VerticalLayout(email, roles);
        body.setPadding(false);
        Button send = new Button(getTranslation("members.invite.send"), e -> {
            email.setInvalid(false);
            roles.setInvalid(false);
            try {
                InvitationIssued issued = invitations.invite(email.getValue(), roles.getValue());
                refresh();
                if (issued.mailed()) {
                    dialog.close();
                    Notifications.success(getTranslation("members.invite.mailed", issued.email()));
                } else {
                    showLink(body, issued);
                    e.getSource().setVisible(false);
                }
            } catch (PortalException failure) {
                String message = UserMessages.of(failure);
                if (failure.messageKey().startsWith("error.member.roles")) {
                    roles.setErrorMessage(message);
                    roles.setInvalid(true);
                } else {
                    email.setErrorMessage(message);
                    email.setInvalid(true);
                }
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(body);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()), send);
        dialog.open();
        email.focus();
    }

    /**
     * No mail went out: the admin copies the link and hands it over. Said plainly: it only adds the
     * membership to someone signed in with that email; it cannot create a newcomer's account.
     */
    private void showLink(VerticalLayout body, InvitationIssued issued) {
        Paragraph explanation = new Paragraph(getTranslation(issued.inviteeCanSignIn()
                ? "members.invite.shown.existing" : "members.invite.shown.newcomer", issued.email()));
        explanation.setId("invite-explanation");
        body.add(explanation, new CopyField("invite-link", getTranslation("members.invite.link"), issued.link()));
    }

    private void revoke(PendingInvitation invitation) {
        invitations.revoke(invitation.id());
        Notifications.success(getTranslation("invitations.revoked", invitation.email()));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
