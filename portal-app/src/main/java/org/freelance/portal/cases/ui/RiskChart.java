package org.freelance.portal.cases.ui;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.freelance.portal.base.HtmlEscaper;
import org.freelance.portal.cases.RiskScore;

/**
 * Draws the risk score over time as an SVG line chart on the server (no client-side charting
 * library): the score line, the alert threshold, a dot on each day a signal was noticed, and
 * dates in French format.
 */
final class RiskChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;
    private static final int TOP = 14;
    private static final int BOTTOM = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RiskChart() {
    }

    static String svg(List<RiskScore.Point> points, List<LocalDate> signalDays, String thresholdLabel) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        for (int score = 0; score <= 100; score += 25) {
            double y = y(score);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#e3e6ea\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" fill=\"#5b6470\">").append(score).append("</text>");
        }
        double threshold = y(RiskScore.ALERT_THRESHOLD);
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                .append(fmt(threshold)).append("\" y2=\"").append(fmt(threshold))
                .append("\" stroke=\"#c0392b\" stroke-dasharray=\"6 4\"/>");
        svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(fmt(threshold - 4))
                .append("\" text-anchor=\"end\" fill=\"#c0392b\">").append(HtmlEscaper.escape(thresholdLabel))
                .append("</text>");
        if (!points.isEmpty()) {
            LocalDate first = points.getFirst().on();
            LocalDate last = points.getLast().on();
            long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
            StringBuilder path = new StringBuilder();
            for (RiskScore.Point point : points) {
                path.append(path.isEmpty() ? "M" : " L").append(fmt(x(point.on(), first, span))).append(' ')
                        .append(fmt(y(point.score())));
            }
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>");
            for (LocalDate day : signalDays) {
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    int score = points.stream().filter(p -> p.on().equals(day)).findFirst()
                            .map(RiskScore.Point::score).orElse(0);
                    svg.append("<circle cx=\"").append(fmt(x(day, first, span))).append("\" cy=\"")
                            .append(fmt(y(score))).append("\" r=\"4\" fill=\"#e67e22\"/>");
                }
            }
            svg.append("<text x=\"").append(LEFT).append("\" y=\"").append(HEIGHT - 10).append("\" fill=\"#5b6470\">")
                    .append(DAY.format(first)).append("</text>");
            svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 10)
                    .append("\" text-anchor=\"end\" fill=\"#5b6470\">").append(DAY.format(last)).append("</text>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    static String dataUrl(String svg) {
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static double x(LocalDate day, LocalDate first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / span;
    }

    private static double y(int score) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - score / 100.0);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
