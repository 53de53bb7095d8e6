package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.freelance.portal.knowledge.pseudonym.KnownParty;
import org.freelance.portal.knowledge.pseudonym.PartyRole;

/**
 * The parties the author names so that the review hides them (people, companies, their emails and
 * phones): one row each, added and removed while the article is editable. A row left without a
 * name is no party.
 */
class PartiesEditor extends Composite<VerticalLayout> {

    final List<PartyRow> rows = new ArrayList<>();
    private final VerticalLayout list = new VerticalLayout();
    private final Button add = new Button();

    PartiesEditor() {
        list.setId("kb-parties");
        list.setPadding(false);
        add.setText(getTranslation("kb.party.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.setId("kb-party-add");
        add.addClickListener(e -> add(new KnownParty(PartyRole.CLIENT, "", false, List.of(), List.of(), null)));
        Paragraph help = new Paragraph(getTranslation("kb.editor.parties.help"));
        help.addClassName("portal-muted");
        VerticalLayout section = getContent();
        section.setPadding(false);
        section.add(new H3(getTranslation("kb.editor.parties")), help, list, add);
    }

    void show(List<KnownParty> parties) {
        rows.clear();
        list.removeAll();
        parties.forEach(this::add);
    }

    void add(KnownParty party) {
        PartyRow row = new PartyRow(party, this::remove);
        rows.add(row);
        list.add(row);
    }

    private void remove(PartyRow row) {
        rows.remove(row);
        list.remove(row);
    }

    List<KnownParty> parties() {
        return rows.stream().map(PartyRow::party).filter(p -> !p.name().isBlank()).toList();
    }

    void setReadOnly(boolean readOnly) {
        rows.forEach(r -> r.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }
}
