package org.freelance.portal.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import org.freelance.portal.base.ui.Formats;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.RiskScore;

/**
 * The signals tab: the risk score over time with the weight of each signal beside it, the signals
 * recorded, and, for those who write the journal, the form to record one.
 */
final class SignalsPanel extends Composite<VerticalLayout> {

    /** @param form the page's signal form, shown when the person may add entries */
    SignalsPanel(CaseDetail detail, WeakSignalForm form) {
        VerticalLayout tab = getContent();
        tab.setPadding(false);
        tab.add(new Paragraph(getTranslation("case.signals.help", RiskScore.ALERT_THRESHOLD)));
        // a corrected signal no longer counts, so the chart marks only the days of those still standing
        List<LocalDate> days = detail.journal().stream()
                .filter(e -> e.type() == EntryType.WEAK_SIGNAL && e.occurredOn() != null && e.correctedBy().isEmpty())
                .map(EntryView::occurredOn).toList();
        String svg = RiskChart.svg(detail.risk(), days, getTranslation("case.chart.threshold", RiskScore.ALERT_THRESHOLD));
        Image chart = new Image(RiskChart.dataUrl(svg), getTranslation("case.chart.alt", detail.riskToday(), days.size()));
        chart.setId("risk-chart");
        chart.setMaxWidth("100%");
        HorizontalLayout chartAndWeights = new HorizontalLayout(chart, new SignalWeights());
        chartAndWeights.getStyle().set("flex-wrap", "wrap");
        tab.add(chartAndWeights);
        UnorderedList list = new UnorderedList();
        list.setId("signal-list");
        detail.journal().stream().filter(e -> e.type() == EntryType.WEAK_SIGNAL).forEach(e -> list.add(new ListItem(
                getTranslation("case.signal.line", Formats.date(e.occurredOn()), CaseLabels.label(tab, e.signal()),
                        e.body() == null ? "" : e.body()))));
        tab.add(list);
        if (detail.permissions().canAddEntries()) {
            tab.add(form);
        }
    }
}
