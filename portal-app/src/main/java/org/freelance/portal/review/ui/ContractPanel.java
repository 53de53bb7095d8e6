package org.freelance.portal.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.freelance.portal.review.ReviewService;
import org.freelance.portal.review.ReviewViews.FindingView;
import org.freelance.portal.review.ReviewViews.RequestDetail;
import org.freelance.portal.review.analysis.Clause;

/**
 * The contract text clause by clause, each finding's passage highlighted (the mark its card brings
 * into view), and under each clause the button that opens its discussion.
 */
class ContractPanel extends Composite<Div> {

    ContractPanel(ReviewService reviews, RequestDetail detail, Runnable changed) {
        Div contract = getContent();
        contract.setId("contract-text");
        contract.addClassName("portal-contract");
        String text = detail.text();
        List<FindingView> spans = detail.findings().stream().filter(f -> !f.isAboutMissingClause()).toList();
        for (Clause clause : detail.clauses()) {
            Div block = new Div();
            block.addClassName("portal-clause");
            block.setId("clause-" + clause.index());
            List<Piece> pieces = new ArrayList<>();
            for (FindingView f : spans) {
                int start = Math.max(f.start(), clause.start());
                int end = Math.min(f.end(), clause.end());
                if (start < end) {
                    pieces.add(new Piece(f, start, end, f.start() >= clause.start()));
                }
            }
            addMarked(block, text, clause.start(), clause.end(), pieces);
            long count = detail.comments().stream().filter(c -> c.clauseIndex() == clause.index()).count();
            Button discuss = new Button(getTranslation("review.discussion", count),
                    e -> new ClauseDiscussionDialog(reviews, detail, clause, changed).open());
            discuss.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            discuss.setId("discuss-" + clause.index());
            block.add(discuss);
            contract.add(block);
        }
    }

    /** A finding's span cut to one clause or one enclosing mark; the piece where it begins carries its id. */
    private record Piece(FindingView finding, int start, int end, boolean first) {

        /** Outer marks first: earliest start, then longest, then the least severe (the worst shows on top). */
        static final Comparator<Piece> ORDER = Comparator.comparingInt(Piece::start)
                .thenComparing(Piece::end, Comparator.reverseOrder())
                .thenComparing(p -> p.finding().severity(), Comparator.reverseOrder());
    }

    /**
     * Adds {@code text[from, to)} with the pieces as marks. Several findings often flag the same
     * sentence, so a mark may hold other marks (one crossing its end is cut in two): every finding keeps
     * its own highlighted element for its button to bring into view.
     */
    private void addMarked(HasComponents parent, String text, int from, int to, List<Piece> pieces) {
        List<Piece> pending = new ArrayList<>(pieces);
        pending.sort(Piece.ORDER);
        int position = from;
        while (!pending.isEmpty()) {
            Piece outer = pending.removeFirst();
            if (outer.start() > position) {
                parent.add(new Span(text.substring(position, outer.start())));
            }
            List<Piece> inside = new ArrayList<>();
            List<Piece> after = new ArrayList<>();
            for (Piece p : pending) {
                if (p.start() >= outer.end()) {
                    after.add(p);
                } else if (p.end() <= outer.end()) {
                    inside.add(p);
                } else {
                    inside.add(new Piece(p.finding(), p.start(), outer.end(), p.first()));
                    after.add(new Piece(p.finding(), outer.end(), p.end(), false));
                }
            }
            FindingView f = outer.finding();
            Span mark = new Span();
            mark.addClassNames("portal-mark", "portal-severity-" + f.severity().name().toLowerCase());
            mark.getElement().setAttribute("title", ReviewLabels.findingName(this, f));
            if (outer.first()) {
                mark.setId("mark-" + f.id());
                mark.getElement().setAttribute("tabindex", "0");
            }
            if (inside.isEmpty()) {
                mark.setText(text.substring(outer.start(), outer.end()));
            } else {
                addMarked(mark, text, outer.start(), outer.end(), inside);
            }
            parent.add(mark);
            position = outer.end();
            pending = after;
            pending.sort(Piece.ORDER);
        }
        if (position < to) {
            parent.add(new Span(text.substring(position, to)));
        }
    }
}
