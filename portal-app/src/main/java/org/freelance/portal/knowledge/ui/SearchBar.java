package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeSearch;
import org.freelance.portal.knowledge.KnowledgeSearch.Sort;

/** What is searched: the words (searched on Enter or with the button), where (this community or the shared catalogue) and the order. */
class SearchBar extends Composite<HorizontalLayout> {

    final TextField query = new TextField();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Select<Sort> sort = new Select<>();

    SearchBar(Runnable search, Runnable scopeChanged, Runnable sortChanged) {
        query.setId("kb-query");
        query.setLabel(getTranslation("kb.query"));
        query.setPlaceholder(getTranslation("kb.query.placeholder"));
        query.setClearButtonVisible(true);
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setWidth("24rem");
        query.setMaxLength(KnowledgeSearch.MAX_QUERY_CHARS);
        query.addKeyPressListener(Key.ENTER, e -> search.run());
        Button go = new Button(getTranslation("kb.search"), e -> search.run());
        go.setId("kb-search");
        go.addThemeVariants(ButtonVariant.PRIMARY);
        scope.setId("kb-scope");
        scope.setLabel(getTranslation("kb.scope"));
        scope.setItems(Scope.values());
        scope.setItemLabelGenerator(s -> getTranslation("kb.scope." + s.name()));
        scope.setValue(Scope.COMMUNITY);
        scope.addValueChangeListener(e -> scopeChanged.run());
        sort.setId("kb-sort");
        sort.setLabel(getTranslation("kb.sort"));
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("kb.sort." + s.name()));
        sort.setValue(Sort.RELEVANCE);
        sort.addValueChangeListener(e -> sortChanged.run());
        HorizontalLayout bar = getContent();
        bar.add(query, go, scope, sort);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
    }

    void show(SearchAddress address) {
        query.setValue(address.query());
        scope.setValue(address.scope());
        sort.setValue(address.sort());
    }
}
