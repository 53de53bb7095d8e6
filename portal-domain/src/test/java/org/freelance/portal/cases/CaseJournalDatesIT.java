package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseViews.CaseDetail;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestClock;
import org.freelance.portal.testsupport.TestFixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journal's "today" is Paris's at any hour, around midnight too: half an hour before it in Paris,
 * and half an hour before it in UTC, when Paris is already on the next day (winter and summer time).
 */
@DomainIntegrationTest
class CaseJournalDatesIT {

    @Autowired TestFixtures fixtures;
    @Autowired CaseService cases;
    @Autowired TestClock clock;

    @ParameterizedTest(name = "at {0} it is {1} in Paris")
    @CsvSource({
            "2026-12-07T23:30:00+01:00, 2026-12-07",
            "2026-12-07T23:30:00Z,      2026-12-08",
            "2026-06-30T23:30:00+02:00, 2026-06-30",
            "2026-06-30T23:30:00Z,      2026-07-01"})
    void the_date_of_the_facts_may_be_today_in_paris_but_not_tomorrow(OffsetDateTime now, LocalDate parisToday) {
        clock.setInstant(now.toInstant());
        assertThat(clock.today()).isEqualTo(parisToday);
        CommunityView community = fixtures.community("Minuit");
        AccountView alice = fixtures.member(community, Role.MEMBER);
        AccountView eric = fixtures.member(community, Role.EXPERT);
        Long id = fixtures.as(alice, community, () -> cases.createDraft(CaseSamples.intake()));
        fixtures.as(alice, community, () -> cases.submit(id));
        fixtures.as(eric, community, () -> cases.take(id, false, "Aucun lien"));

        fixtures.as(alice, community, () -> cases.addEntry(id, call(parisToday)));
        fixtures.as(alice, community, () -> cases.addEntry(id, new NewEntry(EntryType.WEAK_SIGNAL, parisToday, null,
                null, null, "Trois appels sans réponse", WeakSignal.KEY_CONTACTS_UNREACHABLE, null, null, List.of())));
        assertThatThrownBy(() -> fixtures.as(alice, community, () -> cases.addEntry(id, call(parisToday.plusDays(1)))))
                .satisfies(e -> assertThat(((PortalException) e).messageKey()).isEqualTo("error.case.entry-future"));

        CaseDetail detail = fixtures.as(alice, community, () -> cases.get(id));
        assertThat(detail.journal()).extracting(EntryView::occurredOn).endsWith(parisToday, parisToday);
        assertThat(detail.riskToday()).isEqualTo(RiskScore.on(parisToday,
                List.of(new RiskScore.Signal(parisToday, WeakSignal.KEY_CONTACTS_UNREACHABLE))));
        assertThat(detail.risk()).isNotEmpty().last().extracting(RiskScore.Point::on).isEqualTo(parisToday);
    }

    private static NewEntry call(LocalDate on) {
        return new NewEntry(EntryType.EXCHANGE, on, Channel.CALL, "Alice, Jeanne Martin", "Appel de relance",
                "Jeanne promet un virement.", null, null, null, List.of());
    }
}
