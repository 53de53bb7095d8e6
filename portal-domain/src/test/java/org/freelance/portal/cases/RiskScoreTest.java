package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.freelance.portal.cases.WeakSignal.FEWER_DIRECT_EXCHANGES;
import static org.freelance.portal.cases.WeakSignal.KEY_CONTACTS_UNREACHABLE;
import static org.freelance.portal.cases.WeakSignal.LATE_PAYMENT;
import static org.freelance.portal.cases.WeakSignal.PRESSURE_TO_SIGN_NOW;
import static org.freelance.portal.cases.WeakSignal.SCOPE_CREEP;
import static org.freelance.portal.cases.WeakSignal.UNCLEAR_BRIEF;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.freelance.portal.cases.RiskScore.Point;
import org.freelance.portal.cases.RiskScore.Signal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 0–100 risk of a case from its weak signals, fading with a 30-day half-life. */
class RiskScoreTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 15);

    static Signal signal(LocalDate on, WeakSignal type) {
        return new Signal(on, type);
    }

    // --- the score on a day -----------------------------------------------------------------------

    @Test
    void no_signal_is_no_risk() {
        assertThat(RiskScore.on(DAY, List.of())).isZero();
    }

    @ParameterizedTest
    @EnumSource(WeakSignal.class)
    void a_signal_counts_its_full_weight_on_the_day_it_is_noticed(WeakSignal type) {
        assertThat(RiskScore.on(DAY, List.of(signal(DAY, type)))).isEqualTo(type.weight());
    }

    @Test
    void weights_rank_silence_and_money_first_and_vagueness_last() {
        assertThat(KEY_CONTACTS_UNREACHABLE.weight()).isEqualTo(30);
        assertThat(LATE_PAYMENT.weight()).isEqualTo(25);
        assertThat(UNCLEAR_BRIEF.weight()).isEqualTo(10);
        for (WeakSignal type : WeakSignal.values()) {
            assertThat(type.weight()).isBetween(UNCLEAR_BRIEF.weight(), KEY_CONTACTS_UNREACHABLE.weight());
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 30", "1, 29", "15, 21", "30, 15", "45, 11", "60, 8", "90, 4", "120, 2", "180, 0", "3650, 0"})
    void a_signal_fades_with_a_thirty_day_half_life(int daysAgo, int score) {
        assertThat(RiskScore.on(DAY, List.of(signal(DAY.minusDays(daysAgo), KEY_CONTACTS_UNREACHABLE))))
                .isEqualTo(score);
    }

    @ParameterizedTest
    @EnumSource(WeakSignal.class)
    void a_thirty_day_old_signal_counts_half(WeakSignal type) {
        assertThat(RiskScore.on(DAY, List.of(signal(DAY.minusDays(30), type))))
                .isEqualTo((int) Math.round(type.weight() / 2.0));
    }

    @Test
    void half_life_spans_month_and_year_ends_in_days_not_calendar_months() {
        LocalDate newYear = LocalDate.of(2027, 1, 14);
        assertThat(RiskScore.on(newYear, List.of(signal(LocalDate.of(2026, 12, 15), KEY_CONTACTS_UNREACHABLE))))
                .isEqualTo(15);
        LocalDate leap = LocalDate.of(2028, 3, 1);
        assertThat(RiskScore.on(leap, List.of(signal(LocalDate.of(2028, 1, 31), KEY_CONTACTS_UNREACHABLE))))
                .isEqualTo(15);
    }

    @Test
    void signals_add_up() {
        assertThat(RiskScore.on(DAY, List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, LATE_PAYMENT))))
                .isEqualTo(55);
        assertThat(RiskScore.on(DAY, List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE),
                signal(DAY.minusDays(30), KEY_CONTACTS_UNREACHABLE)))).isEqualTo(45);
    }

    @Test
    void the_same_signal_noticed_twice_counts_twice() {
        assertThat(RiskScore.on(DAY, List.of(signal(DAY, SCOPE_CREEP), signal(DAY, SCOPE_CREEP)))).isEqualTo(40);
    }

    @Test
    void the_score_is_capped_at_one_hundred() {
        List<Signal> many = new ArrayList<>();
        for (WeakSignal type : WeakSignal.values()) {
            many.add(signal(DAY, type));
            many.add(signal(DAY.minusDays(1), type));
        }
        assertThat(RiskScore.on(DAY, many)).isEqualTo(100);
        assertThat(RiskScore.on(DAY, List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, KEY_CONTACTS_UNREACHABLE),
                signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, UNCLEAR_BRIEF)))).isEqualTo(100);
        assertThat(RiskScore.on(DAY, List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, KEY_CONTACTS_UNREACHABLE),
                signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, FEWER_DIRECT_EXCHANGES)))).isEqualTo(100);
    }

    @Test
    void a_capped_score_falls_again_as_signals_fade() {
        List<Signal> burst = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, KEY_CONTACTS_UNREACHABLE),
                signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, KEY_CONTACTS_UNREACHABLE));
        assertThat(RiskScore.on(DAY, burst)).isEqualTo(100);
        assertThat(RiskScore.on(DAY.plusDays(30), burst)).isEqualTo(60);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 30, 365})
    void signals_noticed_after_the_day_do_not_count(int daysLater) {
        List<Signal> signals = List.of(signal(DAY.minusDays(30), KEY_CONTACTS_UNREACHABLE),
                signal(DAY.plusDays(daysLater), LATE_PAYMENT));
        assertThat(RiskScore.on(DAY, signals)).isEqualTo(15);
    }

    @Test
    void without_new_signals_the_score_never_rises() {
        List<Signal> signals = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, LATE_PAYMENT),
                signal(DAY.minusDays(10), PRESSURE_TO_SIGN_NOW));
        int previous = RiskScore.on(DAY, signals);
        for (int d = 1; d <= 400; d++) {
            int score = RiskScore.on(DAY.plusDays(d), signals);
            assertThat(score).isLessThanOrEqualTo(previous).isNotNegative();
            previous = score;
        }
        assertThat(previous).isZero();
    }

    @Test
    void a_burst_of_signals_weighs_more_than_the_same_signals_spread_over_a_year() {
        List<WeakSignal> types = List.of(KEY_CONTACTS_UNREACHABLE, LATE_PAYMENT, SCOPE_CREEP, FEWER_DIRECT_EXCHANGES);
        List<Signal> burst = new ArrayList<>();
        List<Signal> spread = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            burst.add(signal(DAY.minusDays(i), types.get(i)));
            spread.add(signal(DAY.minusDays(i * 120L), types.get(i)));
        }
        assertThat(RiskScore.on(DAY, burst)).isGreaterThanOrEqualTo(RiskScore.ALERT_THRESHOLD);
        assertThat(RiskScore.on(DAY, spread)).isLessThan(RiskScore.ALERT_THRESHOLD)
                .isLessThan(RiskScore.on(DAY, burst));
    }

    @Test
    void order_of_the_signals_does_not_matter() {
        List<Signal> signals = new ArrayList<>(List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE),
                signal(DAY.minusDays(12), LATE_PAYMENT), signal(DAY.minusDays(40), UNCLEAR_BRIEF)));
        int score = RiskScore.on(DAY, signals);
        java.util.Collections.reverse(signals);
        assertThat(RiskScore.on(DAY, signals)).isEqualTo(score);
    }

    // --- the timeline --------------------------------------------------------------------------------

    @Test
    void timeline_of_a_single_day_is_one_point() {
        assertThat(RiskScore.timeline(DAY, DAY, List.of())).containsExactly(new Point(DAY, 0));
        assertThat(RiskScore.timeline(DAY, DAY, List.of(signal(DAY, LATE_PAYMENT))))
                .containsExactly(new Point(DAY, 25));
    }

    @Test
    void timeline_ending_before_it_starts_is_empty() {
        assertThat(RiskScore.timeline(DAY, DAY.minusDays(1), List.of())).isEmpty();
        assertThat(RiskScore.timeline(DAY, DAY.minusDays(10), List.of(signal(DAY.minusDays(5), LATE_PAYMENT))))
                .isEmpty();
    }

    @Test
    void short_timeline_has_one_point_per_day_with_the_score_of_that_day() {
        List<Signal> signals = List.of(signal(DAY.plusDays(3), KEY_CONTACTS_UNREACHABLE),
                signal(DAY.plusDays(20), LATE_PAYMENT));
        List<Point> timeline = RiskScore.timeline(DAY, DAY.plusDays(40), signals);
        assertThat(timeline).hasSize(41);
        for (int d = 0; d <= 40; d++) {
            LocalDate day = DAY.plusDays(d);
            assertThat(timeline.get(d)).isEqualTo(new Point(day, RiskScore.on(day, signals)));
        }
        assertThat(timeline.get(2).score()).isZero();
        assertThat(timeline.get(3).score()).isEqualTo(30);
    }

    @Test
    void timeline_of_exactly_max_points_days_is_daily() {
        List<Point> timeline = RiskScore.timeline(DAY, DAY.plusDays(RiskScore.MAX_POINTS), List.of());
        assertThat(timeline).hasSize(RiskScore.MAX_POINTS + 1);
        assertThat(timeline).extracting(Point::on).doesNotHaveDuplicates();
    }

    @Test
    void timeline_starts_at_an_earlier_signal() {
        LocalDate before = DAY.minusDays(10);
        List<Point> timeline = RiskScore.timeline(DAY, DAY.plusDays(5), List.of(signal(before, SCOPE_CREEP)));
        assertThat(timeline.getFirst()).isEqualTo(new Point(before, 20));
        assertThat(timeline).hasSize(16);
    }

    @Test
    void timeline_ignores_signals_after_its_last_day() {
        LocalDate after = DAY.plusDays(30);
        List<Point> timeline = RiskScore.timeline(DAY, DAY.plusDays(10), List.of(signal(after, SCOPE_CREEP)));
        assertThat(timeline).extracting(Point::on).doesNotContain(after);
        assertThat(timeline).extracting(Point::score).containsOnly(0);
        assertThat(timeline.getLast().on()).isEqualTo(DAY.plusDays(10));
    }

    @ParameterizedTest
    @ValueSource(ints = {121, 200, 365, 366, 1000, 3 * 365 + 1, 5 * 365 + 17, 10 * 365 + 3, 36500})
    void long_timeline_stays_light_and_keeps_every_signal_day_and_the_last_day(int days) {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = from.plusDays(days);
        List<Signal> signals = new ArrayList<>();
        WeakSignal[] types = WeakSignal.values();
        for (int i = 0; i < 15; i++) {
            // odd offsets, so most signal days fall between the sampled days
            signals.add(signal(from.plusDays((long) days * i / 15 + 1 + i % 3), types[i % types.length]));
        }
        List<Point> timeline = RiskScore.timeline(from, to, signals);

        assertThat(timeline.size()).isLessThanOrEqualTo(RiskScore.MAX_POINTS + 1 + signals.size() + 1);
        assertThat(timeline.getFirst().on()).isEqualTo(from);
        assertThat(timeline.getLast().on()).isEqualTo(to);
        assertThat(timeline).extracting(Point::on).containsAll(signals.stream().map(Signal::on).toList())
                .doesNotHaveDuplicates().isSorted();
        for (Point point : timeline) {
            assertThat(point.score()).isEqualTo(RiskScore.on(point.on(), signals));
        }
    }

    @Test
    void signal_days_show_the_peak_that_sampling_would_miss() {
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = from.plusDays(1000);
        LocalDate peak = from.plusDays(501);
        List<Point> timeline = RiskScore.timeline(from, to,
                List.of(signal(peak, KEY_CONTACTS_UNREACHABLE), signal(peak, LATE_PAYMENT)));
        assertThat(timeline).contains(new Point(peak, 55));
        assertThat(timeline).extracting(Point::score).allSatisfy(score -> assertThat(score).isLessThanOrEqualTo(55));
    }

    @Test
    void timeline_with_signals_on_its_first_and_last_day_has_no_duplicate_days() {
        List<Point> timeline = RiskScore.timeline(DAY, DAY.plusDays(500),
                List.of(signal(DAY, LATE_PAYMENT), signal(DAY, SCOPE_CREEP), signal(DAY.plusDays(500), LATE_PAYMENT)));
        assertThat(timeline).extracting(Point::on).doesNotHaveDuplicates().isSorted();
        assertThat(timeline.getFirst()).isEqualTo(new Point(DAY, 45));
        assertThat(timeline.getLast().on()).isEqualTo(DAY.plusDays(500));
    }

    // --- the alert ---------------------------------------------------------------------------------------

    @Test
    void a_signal_that_takes_the_score_to_the_threshold_crosses_it() {
        List<Signal> before = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE));
        assertThat(RiskScore.crossesThreshold(DAY, before, signal(DAY, LATE_PAYMENT))).isTrue();
    }

    @Test
    void reaching_exactly_the_threshold_counts_as_crossing() {
        assertThat(RiskScore.ALERT_THRESHOLD).isEqualTo(50);
        assertThat(RiskScore.crossesThreshold(DAY, List.of(signal(DAY, LATE_PAYMENT)), signal(DAY, LATE_PAYMENT)))
                .isTrue();
    }

    @Test
    void a_signal_that_leaves_the_score_below_the_threshold_does_not_cross() {
        assertThat(RiskScore.crossesThreshold(DAY, List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE)),
                signal(DAY, UNCLEAR_BRIEF))).isFalse();
        assertThat(RiskScore.crossesThreshold(DAY, List.of(), signal(DAY, KEY_CONTACTS_UNREACHABLE))).isFalse();
    }

    @Test
    void a_signal_on_a_case_already_above_the_threshold_does_not_cross_again() {
        List<Signal> before = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY, LATE_PAYMENT));
        assertThat(RiskScore.on(DAY, before)).isGreaterThanOrEqualTo(RiskScore.ALERT_THRESHOLD);
        assertThat(RiskScore.crossesThreshold(DAY, before, signal(DAY, SCOPE_CREEP))).isFalse();
    }

    @Test
    void a_case_that_cooled_down_can_cross_again() {
        List<Signal> old = List.of(signal(DAY.minusDays(90), KEY_CONTACTS_UNREACHABLE),
                signal(DAY.minusDays(90), LATE_PAYMENT));
        assertThat(RiskScore.crossesThreshold(DAY.minusDays(90), List.of(old.get(0)), old.get(1))).isTrue();
        List<Signal> now = new ArrayList<>(old);
        now.add(signal(DAY, KEY_CONTACTS_UNREACHABLE));
        assertThat(RiskScore.crossesThreshold(DAY, now, signal(DAY, LATE_PAYMENT))).isTrue();
    }

    @Test
    void an_old_signal_entered_late_weighs_its_faded_weight() {
        List<Signal> before = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE));
        assertThat(RiskScore.crossesThreshold(DAY, before, signal(DAY.minusDays(60), LATE_PAYMENT))).isFalse();
        assertThat(RiskScore.crossesThreshold(DAY, before, signal(DAY.minusDays(15), LATE_PAYMENT))).isFalse();
        assertThat(RiskScore.crossesThreshold(DAY, before, signal(DAY.minusDays(2), LATE_PAYMENT))).isTrue();
    }

    @Test
    void the_rounded_score_shown_to_people_decides_the_alert() {
        // 30 + 25 faded over 10 days = 49.8, shown as 50
        List<Signal> after = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE), signal(DAY.minusDays(10), LATE_PAYMENT));
        assertThat(RiskScore.on(DAY, after)).isEqualTo(50);
        assertThat(RiskScore.crossesThreshold(DAY, after.subList(0, 1), after.get(1))).isTrue();
    }

    @Test
    void a_signal_dated_after_today_does_not_cross_today() {
        List<Signal> before = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE));
        assertThat(RiskScore.crossesThreshold(DAY, before, signal(DAY.plusDays(1), LATE_PAYMENT))).isFalse();
    }

    @Test
    void crossing_does_not_change_the_signals_passed_in() {
        List<Signal> before = List.of(signal(DAY, KEY_CONTACTS_UNREACHABLE));
        RiskScore.crossesThreshold(DAY, before, signal(DAY, LATE_PAYMENT));
        assertThat(before).hasSize(1);
    }
}
