package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written in contracts ("douze (12) mois", "15 days", "three months", "60 jours fin de mois"). */
final class Durations {

    /** A duration found in folded text: its value in days, whether "end of month" follows, and where. */
    record Duration(int days, boolean endOfMonth, int start, int end) {
    }

    static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2), Map.entry("trois", 3),
            Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11),
            Map.entry("douze", 12), Map.entry("quinze", 15), Map.entry("dix-huit", 18), Map.entry("vingt", 20),
            Map.entry("vingt-quatre", 24), Map.entry("trente", 30), Map.entry("trente-six", 36),
            Map.entry("quarante-cinq", 45), Map.entry("soixante", 60), Map.entry("quatre-vingt-dix", 90),
            Map.entry("one", 1), Map.entry("a", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18),
            Map.entry("twenty", 20), Map.entry("twenty-four", 24), Map.entry("thirty", 30),
            Map.entry("thirty-six", 36), Map.entry("forty-five", 45), Map.entry("sixty", 60),
            Map.entry("ninety", 90));

    private static final String WORDS = "quatre-vingt-dix|quarante-cinq|trente-six|vingt-quatre|dix-huit|"
            + "twenty-four|thirty-six|forty-five|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|"
            + "quinze|vingt|trente|soixante|one|two|three|four|five|seven|eight|nine|ten|eleven|twelve|fifteen|"
            + "eighteen|twenty|thirty|sixty|ninety";
    private static final Pattern DURATION = Pattern.compile(
            "(?<![\\w.,])(?:(\\d{1,3})|(" + WORDS + "))(?:\\s*\\((\\d{1,3})\\))?(?:\\s|-)*"
                    + "(jours?|j\\b|semaines?|mois|ans?\\b|annees?|days?|calendar days?|business days?|working days?|"
                    + "weeks?|months?|years?)"
                    + "((?:\\s+(?:ouvres|ouvrables|calendaires|nets?|net))?\\s*(?:,\\s*)?(?:fin de mois|end of (?:the )?month|eom|"
                    + "end-of-month|le \\d+ du mois))?");

    private Durations() {
    }

    static List<Duration> find(String folded) {
        List<Duration> durations = new ArrayList<>();
        Matcher m = DURATION.matcher(folded);
        while (m.find()) {
            Integer value = m.group(3) != null ? Integer.valueOf(m.group(3))
                    : m.group(1) != null ? Integer.valueOf(m.group(1)) : NUMBER_WORDS.get(m.group(2));
            if (value == null) {
                continue;
            }
            String unit = m.group(4);
            int days;
            if (unit.startsWith("semaine") || unit.startsWith("week")) {
                days = value * 7;
            } else if (unit.startsWith("mois") || unit.startsWith("month")) {
                days = value * 30;
            } else if (unit.startsWith("an") || unit.startsWith("year")) {
                days = value * 365;
            } else {
                days = value;
            }
            String tail = m.group(5) == null ? "" : m.group(5);
            boolean endOfMonth = tail.contains("fin de mois") || tail.contains("end of") || tail.contains("eom")
                    || tail.contains("end-of-month");
            durations.add(new Duration(days, endOfMonth, m.start(), m.end()));
        }
        return durations;
    }
}
