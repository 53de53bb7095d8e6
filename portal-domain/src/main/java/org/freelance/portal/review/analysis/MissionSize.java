package org.freelance.portal.review.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.review.analysis.Durations.Duration;

/**
 * How long and how large the mission is, as far as the contract says: its longest stated duration,
 * period between two dates or number of working days, and its total price or daily rate times days.
 */
final class MissionSize {

    /** Shorter durations are delays (payment, notice), longer ones retention or limitation periods. */
    private static final int MIN_MISSION_DAYS = 28;
    private static final int MAX_MISSION_DAYS = 3 * 365;
    /** {@link Durations} counts a month as 30 days. */
    private static final double DAYS_PER_MONTH = 30.0;
    /** Between two calendar dates, a month is 30.4 days on average. */
    private static final double CALENDAR_DAYS_PER_MONTH = 30.4;
    private static final double WORKING_DAYS_PER_MONTH = 20.0;
    /** A larger "number of days" is not a workload (a reference, a sum). */
    private static final int MAX_WORKING_DAYS = 1000;
    /** More digits than a mission's price: a reference number, an identifier. */
    private static final int MAX_AMOUNT_DIGITS = 9;

    private static final Pattern AMOUNT = Pattern.compile("(?:(?:€|eur|euros)\\s*(\\d{1,3}(?:[ .,\u00a0\u202f]\\d{3})+|"
            + "\\d+)(?:[.,]\\d{1,2})?)|(?:(?<!\\d)(\\d{1,3}(?:[ .,\u00a0\u202f]\\d{3})+|\\d+)(?:[.,]\\d{1,2})?\\s*(?:k\\s*)?"
            + "(?:€|eur\\b|euros?))");
    private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");
    private static final Pattern PER_DAY = Pattern.compile("par jour|/ ?jour|journalier|tjm|per day|daily|/ ?day|"
            + "per diem|day rate|par heure|per hour|hourly|/ ?h\\b|par mois|per month|mensuel|monthly");
    private static final Pattern NOT_PRICE = Pattern.compile("assurance|insurance|penalit|penalt|responsab|liab|"
            + "capital|plafon|cap\\b|dommages|damages|indemnit|amende|fine|garantie|coverage|sinistre");
    private static final Pattern DAYS_OF_WORK = Pattern.compile("(\\d{1,4})\\s*(?:jours?|j)\\s*(?:ouvres|ouvrables|"
            + "de prestation|de travail|travailles|homme)|(\\d{1,4})\\s*(?:man-days|working days|days of (?:work|"
            + "services)|billable days|person-days)");
    /** "up to a maximum of 30 days", "volume prévisionnel de 110 jours": read in sentences about the rate. */
    private static final Pattern ESTIMATED_DAYS = Pattern.compile("(?:maximum|up to|volume|estim|previsionnel|"
            + "prevu|total)[^.;\\d]{0,30}?(\\d{1,4}) ?(?:days|jours)\\b");
    private static final Pattern RATE_CONTEXT = Pattern.compile("par jour|/ ?jour|journalier|tjm|per day|daily|"
            + "/ ?day|day rate|volume|honoraires|fees?\\b|tarif|remuner");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})(?:er)?\\s*(janvier|fevrier|mars|avril|mai|juin|"
            + "juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\s*(\\d{4})|(january|february|march|april|may|june|july|august|"
            + "september|october|november|december)\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})|"
            + "(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final List<String> MONTHS_FR = List.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre");
    private static final List<String> MONTHS_EN = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");
    private static final Pattern MISSION_LENGTH = Pattern.compile("duree|pour une periode|period|term\\b|duration|"
            + "mission|prestation|engagement|contrat|agreement|du |from |starting|commencing|debut|start|"
            + "renouvel|renew");

    private MissionSize() {
    }

    /** The mission's length in months, 0 if the contract does not say. */
    static double months(List<LocatedSentence> sentences) {
        double months = 0;
        for (LocatedSentence s : sentences) {
            String f = s.folded();
            boolean durationContext = s.clause().categories().contains(ClauseCategory.DURATION_DEADLINES)
                    || MISSION_LENGTH.matcher(f).find();
            if (!durationContext || NonCompeteRule.NON_COMPETE.matcher(f).find()
                    || TerminationRule.NOTICE.matcher(f).find() || PaymentTermsRule.PAYMENT.matcher(f).find()
                    || ConfidentialityRule.CONFIDENTIAL.matcher(f).find() || LiabilityRule.LIABILITY.matcher(f).find()
                    || f.contains("garantie") || f.contains("warranty") || f.contains("prescription")) {
                continue;
            }
            for (Duration d : Durations.find(f)) {
                if (d.days() >= MIN_MISSION_DAYS && d.days() <= MAX_MISSION_DAYS) {
                    months = Math.max(months, d.days() / DAYS_PER_MONTH);
                }
            }
            List<LocalDate> dates = dates(f);
            if (dates.size() >= 2) {
                long days = ChronoUnit.DAYS.between(dates.get(0), dates.get(1));
                if (days > 0 && days < MAX_MISSION_DAYS) {
                    months = Math.max(months, days / CALENDAR_DAYS_PER_MONTH);
                }
            }
            Matcher work = DAYS_OF_WORK.matcher(f);
            while (work.find()) {
                int count = Integer.parseInt(work.group(1) != null ? work.group(1) : work.group(2));
                if (count < MAX_WORKING_DAYS) {
                    months = Math.max(months, count / WORKING_DAYS_PER_MONTH);
                }
            }
        }
        return months;
    }

    /** The mission's amount in euros: the largest price stated, or the daily rate times the days; 0 if none. */
    static BigDecimal amount(List<LocatedSentence> sentences) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal dailyRate = BigDecimal.ZERO;
        int workDays = 0;
        for (LocatedSentence s : sentences) {
            String f = s.folded();
            if (NOT_PRICE.matcher(f).find()) {
                continue;
            }
            Matcher amount = AMOUNT.matcher(f);
            while (amount.find()) {
                String digits = NOT_DIGIT.matcher(amount.group(1) != null ? amount.group(1) : amount.group(2))
                        .replaceAll("");
                if (digits.isEmpty() || digits.length() > MAX_AMOUNT_DIGITS) {
                    continue;
                }
                BigDecimal value = new BigDecimal(digits);
                if (amount.group().contains("k")) {
                    value = value.multiply(BigDecimal.valueOf(1000));
                }
                String around = f.substring(amount.end(), Math.min(f.length(), amount.end() + 30));
                String before = f.substring(Math.max(0, amount.start() - 40), amount.start());
                if (PER_DAY.matcher(around).find() || PER_DAY.matcher(before).find()) {
                    dailyRate = dailyRate.max(value);
                } else {
                    total = total.max(value);
                }
            }
            Matcher work = DAYS_OF_WORK.matcher(f);
            while (work.find()) {
                workDays = Math.max(workDays, Integer.parseInt(work.group(1) != null ? work.group(1) : work.group(2)));
            }
            if (RATE_CONTEXT.matcher(f).find()) {
                Matcher estimated = ESTIMATED_DAYS.matcher(f);
                while (estimated.find()) {
                    workDays = Math.max(workDays, Integer.parseInt(estimated.group(1)));
                }
            }
        }
        return total.max(dailyRate.multiply(BigDecimal.valueOf(workDays)));
    }

    private static List<LocalDate> dates(String folded) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher m = DATE.matcher(folded);
        while (m.find()) {
            try {
                if (m.group(1) != null) {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
                } else if (m.group(4) != null) {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5))));
                } else {
                    dates.add(LocalDate.of(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(8)),
                            Integer.parseInt(m.group(7))));
                }
            } catch (RuntimeException invalidDate) {
                // "31/02/2026" and the like are ignored
            }
        }
        return dates;
    }

    private static int month(String name) {
        int index = MONTHS_FR.indexOf(name);
        return (index >= 0 ? index : MONTHS_EN.indexOf(name)) + 1;
    }
}
