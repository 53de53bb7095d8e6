package org.freelance.portal.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.freelance.portal.base.Folding;

/**
 * Search, sort and paging for a list a person reads on one page (their cases, their review requests,
 * the members of a community): a search field keeps the rows holding every typed word (case and
 * accents ignored), sortable columns sort the whole list, and a long list scrolls inside the grid,
 * which fetches its rows a page at a time instead of drawing them all.
 */
public final class GridSearch<T> {

    /** Lists up to this many rows are drawn whole; longer ones scroll and load by pages. */
    static final int ALL_ROWS_UP_TO = 15;

    private final Grid<T> grid;
    private final Function<T, String> text;
    private final TextField field = new TextField();
    private ListDataProvider<T> rows;

    /** A search over the grid; {@link #setItems} fills it (and again on every refresh, keeping what was typed). */
    public GridSearch(Grid<T> grid, Function<T, String> text) {
        this.grid = grid;
        this.text = text;
        grid.getId().ifPresent(id -> field.setId(id + "-search"));
        field.setPlaceholder(field.getTranslation("list.search"));
        field.setAriaLabel(field.getTranslation("list.search"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setMaxLength(200);
        field.addClassName("portal-list-search");
        field.addValueChangeListener(e -> applyFilter());
    }

    /** Fills the grid with the items and returns its search field, hidden while the list is short. */
    public static <T> TextField over(Grid<T> grid, List<T> items, Function<T, String> text) {
        GridSearch<T> search = new GridSearch<>(grid, text);
        search.setItems(items);
        return search.field();
    }

    public TextField field() {
        return field;
    }

    public void setItems(List<T> items) {
        if (field.getId().isEmpty()) {
            grid.getId().ifPresent(id -> field.setId(id + "-search"));
        }
        rows = new ListDataProvider<>(new ArrayList<>(items));
        grid.setItems(rows);
        boolean whole = items.size() <= ALL_ROWS_UP_TO;
        grid.setAllRowsVisible(whole);
        if (!whole) {
            grid.setHeight("32rem");
            grid.setPageSize(ALL_ROWS_UP_TO * 2);
        }
        field.setVisible(items.size() > 5 || !field.isEmpty());
        applyFilter();
    }

    private void applyFilter() {
        if (rows == null) {
            return;
        }
        List<String> words = words(field.getValue());
        rows.setFilter(words.isEmpty() ? null : row -> {
            String haystack = fold(text.apply(row));
            return words.stream().allMatch(haystack::contains);
        });
    }

    private static List<String> words(String typed) {
        return typed == null ? List.of() : Arrays.stream(fold(typed).split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String fold(String text) {
        return text == null ? "" : Folding.fold(text).toLowerCase(Locale.ROOT);
    }
}
