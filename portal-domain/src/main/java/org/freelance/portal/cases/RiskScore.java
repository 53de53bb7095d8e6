package org.freelance.portal.cases;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The risk of a case from its weak signals, on a 0–100 scale. Each signal adds its weight on the day
 * it was noticed and fades with a half-life of {@value #HALF_LIFE_DAYS} days: a burst of recent
 * signals weighs more than the same signals spread over a year. Crossing {@value #ALERT_THRESHOLD}
 * alerts the lead and the freelancer.
 */
public final class RiskScore {

    public static final int ALERT_THRESHOLD = 50;
    static final double HALF_LIFE_DAYS = 30;
    /** At most this many points on a chart, so a case several years long stays light. */
    static final int MAX_POINTS = 120;

    public record Signal(LocalDate on, WeakSignal type) {
    }

    public record Point(LocalDate on, int score) {
    }

    private RiskScore() {
    }

    /** The score on a given day, counting only signals noticed on or before it. */
    public static int on(LocalDate day, List<Signal> signals) {
        double total = 0;
        for (Signal signal : signals) {
            long age = ChronoUnit.DAYS.between(signal.on(), day);
            if (age >= 0) {
                total += signal.type().weight() * Math.pow(0.5, age / HALF_LIFE_DAYS);
            }
        }
        return (int) Math.min(100, Math.round(total));
    }

    /**
     * The score from the first signal (or {@code from}, if earlier) to {@code to}, one point per
     * day or fewer for long spans, always including each signal's day and the last day.
     */
    public static List<Point> timeline(LocalDate from, LocalDate to, List<Signal> signals) {
        LocalDate start = from;
        for (Signal signal : signals) {
            if (signal.on().isBefore(start)) {
                start = signal.on();
            }
        }
        if (to.isBefore(start)) {
            return List.of();
        }
        long days = ChronoUnit.DAYS.between(start, to);
        long step = Math.max(1, (days + MAX_POINTS - 1) / MAX_POINTS);
        List<LocalDate> daysToPlot = new ArrayList<>();
        for (long d = 0; d <= days; d += step) {
            daysToPlot.add(start.plusDays(d));
        }
        for (Signal signal : signals) {
            if (!signal.on().isAfter(to)) {
                daysToPlot.add(signal.on());
            }
        }
        daysToPlot.add(to);
        return daysToPlot.stream().distinct().sorted().map(day -> new Point(day, on(day, signals))).toList();
    }

    /** True when adding {@code added} takes today's score from below the threshold to at or above it. */
    public static boolean crossesThreshold(LocalDate today, List<Signal> before, Signal added) {
        List<Signal> after = new ArrayList<>(before);
        after.add(added);
        return on(today, before) < ALERT_THRESHOLD && on(today, after) >= ALERT_THRESHOLD;
    }
}
