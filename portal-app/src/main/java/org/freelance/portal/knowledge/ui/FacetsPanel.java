package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.freelance.portal.knowledge.KnowledgeEnums.Outcome;
import org.freelance.portal.knowledge.KnowledgeEnums.Sector;
import org.freelance.portal.knowledge.KnowledgeSearch.Page;
import org.freelance.portal.review.analysis.ClauseCategory;

/**
 * The facets of a search as filters: categories, outcome, sector and year, each value with the
 * number of results it has; a value chosen stays offered even when no result has it any more. Once
 * anything filters the search, a button clears it all.
 */
class FacetsPanel extends Composite<VerticalLayout> {

    final CheckboxGroup<ClauseCategory> categories = new CheckboxGroup<>();
    final Select<Outcome> outcome = new Select<>();
    final Select<Sector> sector = new Select<>();
    final Select<Integer> year = new Select<>();
    private final Runnable clearAll;

    /**
     * @param changed runs on every change of a facet's value, also the page's own (it tells them apart)
     * @param clearAll the clear button: facets and words go, the search runs again
     */
    FacetsPanel(Runnable changed, Runnable clearAll) {
        this.clearAll = clearAll;
        categories.setId("kb-facet-categories");
        categories.setLabel(getTranslation("kb.facet.categories"));
        categories.addValueChangeListener(e -> changed.run());
        categories.addThemeName("vertical");
        setUpSelect(outcome, "kb-facet-outcome", "kb.facet.outcome", changed);
        setUpSelect(sector, "kb-facet-sector", "kb.facet.sector", changed);
        setUpSelect(year, "kb-facet-year", "kb.facet.year", changed);
        VerticalLayout facets = getContent();
        facets.setId("kb-facets");
        facets.setPadding(false);
        facets.setWidth("16rem");
        facets.getStyle().set("flex-shrink", "0");
    }

    private <T> void setUpSelect(Select<T> select, String id, String label, Runnable changed) {
        select.setId(id);
        select.setLabel(getTranslation(label));
        select.setEmptySelectionAllowed(true);
        // "Tous"/"Toutes" agrees with the facet's noun in French
        select.setEmptySelectionCaption(getTranslation(label + ".any"));
        select.setPlaceholder(getTranslation(label + ".any"));
        select.setWidthFull();
        select.addValueChangeListener(e -> changed.run());
    }

    /** Chooses these values (from an address), before any count is known. */
    void select(SearchAddress address) {
        categories.setItems(address.categories());
        categories.setValue(address.categories());
        outcome.setItems(address.outcome() == null ? List.of() : List.of(address.outcome()));
        outcome.setValue(address.outcome());
        sector.setItems(address.sector() == null ? List.of() : List.of(address.sector()));
        sector.setValue(address.sector());
        year.setItems(address.year() == null ? List.of() : List.of(address.year()));
        year.setValue(address.year());
    }

    void clear() {
        categories.clear();
        outcome.clear();
        sector.clear();
        year.clear();
    }

    boolean anyChosen() {
        return !categories.getValue().isEmpty() || outcome.getValue() != null || sector.getValue() != null
                || year.getValue() != null;
    }

    /** Offers the values of this page of results with their counts, keeping the ones chosen. */
    void show(Page page, boolean filtered) {
        Set<ClauseCategory> chosen = categories.getValue();
        Set<ClauseCategory> items = new LinkedHashSet<>(page.categories().keySet());
        items.addAll(chosen);
        categories.setItems(items);
        categories.setItemLabelGenerator(c -> label(KnowledgeLabels.category(this, c), page.categories().get(c)));
        categories.setValue(chosen);
        refill(outcome, page.outcomes(), o -> KnowledgeLabels.outcome(this, o));
        refill(sector, page.sectors(), s -> KnowledgeLabels.sector(this, s));
        refill(year, page.years(), String::valueOf);
        VerticalLayout facets = getContent();
        facets.removeAll();
        facets.add(categories, outcome, sector, year);
        if (filtered) {
            Button clear = new Button(getTranslation("kb.facet.clear"), e -> clearAll.run());
            clear.setId("kb-clear");
            clear.addThemeVariants(ButtonVariant.TERTIARY);
            facets.add(clear);
        }
    }

    private <T> void refill(Select<T> select, Map<T, Long> counts, Function<T, String> name) {
        T chosen = select.getValue();
        List<T> items = new ArrayList<>(counts.keySet());
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        select.setItems(items);
        select.setItemLabelGenerator(t -> t == null ? "" : label(name.apply(t), counts.get(t)));
        select.setValue(chosen);
    }

    private String label(String name, Long n) {
        return getTranslation("kb.facet.count", name, n == null ? 0 : n);
    }
}
