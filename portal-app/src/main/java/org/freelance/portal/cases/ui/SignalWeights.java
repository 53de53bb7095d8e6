package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Arrays;
import java.util.Comparator;
import org.freelance.portal.cases.WeakSignal;

/** What each kind of weak signal adds to the risk score on the day it is noticed, heaviest first, shown beside the chart. */
final class SignalWeights extends Composite<Div> {

    SignalWeights() {
        Div box = getContent();
        box.setId("signal-weights");
        UnorderedList list = new UnorderedList();
        Arrays.stream(WeakSignal.values()).sorted(Comparator.comparingInt(WeakSignal::weight).reversed()
                .thenComparing(Enum::ordinal))
                .forEach(s -> list.add(new ListItem(getTranslation("case.signal.weight", CaseLabels.label(box, s),
                        s.weight()))));
        box.add(new H4(getTranslation("case.signal.weights")), list);
        box.getStyle().set("min-width", "16rem");
    }
}
