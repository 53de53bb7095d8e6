package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.base.ui.Notifications;
import org.freelance.portal.base.ui.SideMenuEntry;
import org.freelance.portal.base.ui.UserMessages;
import org.freelance.portal.cases.CaseEnums.ProblemCategory;
import org.freelance.portal.cases.CaseEnums.Urgency;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.QueueFilter;
import org.freelance.portal.cases.CaseViews.QueueItem;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.tenant.ui.CommunityContext;
import org.freelance.portal.tenant.ui.RequiresCommunityRole;

/**
 * Submitted cases waiting for a lead, for the community's experts and mediators: filter by category,
 * urgency and age; taking one asks for a conflict of interest declaration first.
 */
@Route("c/:slug/" + CaseListView.PAGE + "/queue")
@SideMenuEntry(label = "nav.case-queue", icon = VaadinIcon.INBOX, order = 50)
@PermitAll
@RequiresCommunityRole({Role.EXPERT, Role.MEDIATOR})
public class CaseQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    final Select<ProblemCategory> category = new Select<>();
    final Select<Urgency> urgency = new Select<>();
    final IntegerField minAge = new IntegerField();
    final Grid<QueueItem> grid = new Grid<>(QueueItem.class, false);

    public CaseQueueView(CaseService cases) {
        this.cases = cases;
        addClassName("portal-page");
        addClassName("portal-wide-page");
        setId("case-queue");

        category.setLabel(getTranslation("case.field.category"));
        category.setId("queue-category");
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("case.filter.any"));
        category.setItems(ProblemCategory.values());
        category.setItemLabelGenerator(c -> c == null ? getTranslation("case.filter.any") : CaseLabels.label(this, c));
        urgency.setLabel(getTranslation("case.field.urgency"));
        urgency.setId("queue-urgency");
        urgency.setEmptySelectionAllowed(true);
        urgency.setEmptySelectionCaption(getTranslation("case.filter.any"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> u == null ? getTranslation("case.filter.any") : CaseLabels.label(this, u));
        minAge.setLabel(getTranslation("case.filter.min-age"));
        minAge.setId("queue-min-age");
        minAge.setMin(0);
        minAge.setStepButtonsVisible(true);
        category.addValueChangeListener(e -> refresh());
        urgency.addValueChangeListener(e -> refresh());
        minAge.addValueChangeListener(e -> refresh());

        grid.setId("queue-grid");
        grid.addColumn(QueueItem::reference).setHeader(getTranslation("case.reference")).setAutoWidth(true);
        grid.addColumn(QueueItem::title).setHeader(getTranslation("case.field.title")).setFlexGrow(2);
        grid.addColumn(QueueItem::clientName).setHeader(getTranslation("case.field.client"));
        grid.addColumn(q -> CaseLabels.label(this, q.category())).setHeader(getTranslation("case.field.category"));
        grid.addColumn(q -> CaseLabels.label(this, q.urgency())).setHeader(getTranslation("case.field.urgency"));
        grid.addColumn(QueueItem::freelancerName).setHeader(getTranslation("case.freelancer"));
        grid.addColumn(q -> getTranslation("case.queue.age", q.ageDays(), Formats.date(q.submittedAt())))
                .setHeader(getTranslation("case.queue.submitted"));
        grid.addComponentColumn(q -> {
            Button take = new Button(getTranslation("case.take"), e -> openTakeDialog(q));
            take.setId("take-" + q.id());
            take.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            return take;
        }).setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(
                q -> new Paragraph(q.description() == null ? "" : q.description())));
        grid.setAllRowsVisible(true);
        // eight columns: wrapped rather than cut, so title, client and category can be read before taking
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("case.queue.empty"));

        HorizontalLayout filters = new HorizontalLayout(category, urgency, minAge);
        filters.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("case.queue.title")), new Paragraph(getTranslation("case.queue.intro")), filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        grid.setItems(cases.queue(new QueueFilter(category.getValue(), urgency.getValue(), minAge.getValue())));
    }

    void openTakeDialog(QueueItem item) {
        Dialog dialog = new Dialog();
        dialog.setId("take-dialog");
        dialog.setHeaderTitle(getTranslation("case.take.title", item.title()));
        RadioButtonGroup<Boolean> conflict = new RadioButtonGroup<>();
        conflict.setId("take-conflict");
        conflict.setLabel(getTranslation("case.take.conflict", item.clientName()));
        conflict.setItems(Boolean.FALSE, Boolean.TRUE);
        conflict.setItemLabelGenerator(b -> getTranslation(b ? "case.take.conflict.yes" : "case.take.conflict.no"));
        conflict.setRequired(true);
        TextArea declaration = new TextArea(getTranslation("case.take.declaration"));
        declaration.setId("take-declaration");
        declaration.setMaxLength(CaseService.MAX_NOTE_CHARS);
        declaration.setWidthFull();
        declaration.setHelperText(getTranslation("case.take.declaration.help"));
        Button confirm = new Button(getTranslation("case.take.confirm"), e -> {
            if (conflict.getValue() == null) {
                conflict.setErrorMessage(getTranslation("case.take.conflict.required"));
                conflict.setInvalid(true);
                return;
            }
            try {
                cases.take(item.id(), conflict.getValue(), declaration.getValue());
                dialog.close();
                Notifications.success(getTranslation("case.taken"));
                String slug = CommunityContext.current().orElseThrow().slug();
                UI.getCurrent().navigate(CommunityContext.path(slug, CaseListView.PAGE + "/" + item.id()));
            } catch (PortalException failure) {
                conflict.setErrorMessage(UserMessages.of(failure));
                conflict.setInvalid(true);
                if ("error.case.already-taken".equals(failure.messageKey())) {
                    refresh();
                }
            }
        });
        confirm.setId("take-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("case.take.intro")), conflict, declaration));
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.queue.title");
    }
}
