package org.freelance.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Steps of a form as tabs over panels, where every panel stays attached and enabled while another
 * is shown (it is only hidden by style). Vaadin's {@code TabSheet} disables the panel the user just
 * left, and the server then ignores a value the browser sends for it a moment later (a field
 * synchronised after a pause in typing): the text stays on screen but is never saved. Here such a
 * late value is accepted like any other.
 * (A page can also have such values sent before the step changes: {@link PendingInput}.)
 */
public class StepSheet extends Composite<Div> implements HasSize {

    private final Tabs tabs = new Tabs();
    private final Div panels = new Div();
    private final List<Component> contents = new ArrayList<>();

    public StepSheet() {
        tabs.setWidthFull();
        panels.setWidthFull();
        panels.getStyle().set("padding", "var(--lumo-space-m) 0");
        getContent().add(tabs, panels);
        tabs.addSelectedChangeListener(e -> show(tabs.getSelectedIndex()));
    }

    /** Adds a step; the first one added is shown. */
    public Tab add(String label, Component content) {
        Tab tab = new Tab(label);
        String panelId = "step-panel-" + contents.size() + "-" + System.identityHashCode(this);
        content.getElement().setAttribute("role", "tabpanel");
        content.getElement().setAttribute("id", content.getId().orElse(panelId));
        tab.getElement().setAttribute("aria-controls", content.getId().orElse(panelId));
        contents.add(content);
        panels.add(content);
        tabs.add(tab);
        show(tabs.getSelectedIndex());
        return tab;
    }

    public int getSelectedIndex() {
        return tabs.getSelectedIndex();
    }

    public void setSelectedIndex(int index) {
        tabs.setSelectedIndex(index);
    }

    /** Called with the index of the step shown, whether the user or the code changed it. */
    public Registration addSelectedChangeListener(IntConsumer listener) {
        return tabs.addSelectedChangeListener(e -> listener.accept(tabs.getSelectedIndex()));
    }

    /** The tabs themselves, for tests that click them as a user does. */
    public Tabs tabs() {
        return tabs;
    }

    private void show(int selected) {
        for (int i = 0; i < contents.size(); i++) {
            // Not setVisible(false): an invisible component is inert and drops the value as well.
            contents.get(i).getStyle().set("display", i == selected ? null : "none");
        }
    }
}
