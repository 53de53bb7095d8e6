package org.freelance.portal.knowledge.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.knowledge.KnowledgeEnums.Scope;
import org.freelance.portal.knowledge.KnowledgeViews.ModerationLine;

/**
 * An article's moderation log, as its author and the admins read it: when, who, what, and the note
 * given (a publication's note is the scope it was published for, said in words). Nothing while empty.
 */
class ModerationLog extends Composite<Div> {

    ModerationLog() {
        getContent().setId("kb-log");
    }

    void show(List<ModerationLine> log) {
        Div box = getContent();
        box.removeAll();
        if (log.isEmpty()) {
            return;
        }
        UnorderedList lines = new UnorderedList();
        for (ModerationLine line : log) {
            ListItem item = new ListItem(getTranslation("kb.log.line", Formats.dateTime(line.at()), line.actorName(),
                    getTranslation("kb.log." + line.action().name())));
            if (isScope(line.note())) {
                item.add(new Text(" · " + getTranslation("kb.review.publish." + line.note())));
            } else if (line.note() != null && !line.note().isBlank()) {
                Paragraph note = new Paragraph(line.note());
                note.addClassName("portal-muted");
                item.add(note);
            }
            lines.add(item);
        }
        box.add(new H3(getTranslation("kb.log")), lines);
    }

    private static boolean isScope(String note) {
        return Scope.COMMUNITY.name().equals(note) || Scope.SHARED.name().equals(note);
    }
}
