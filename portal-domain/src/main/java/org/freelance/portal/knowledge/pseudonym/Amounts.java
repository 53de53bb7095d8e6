package org.freelance.portal.knowledge.pseudonym;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Matcher;

/** Reduces an amount to a range ("18 450 €" becomes "entre 10 000 et 50 000 €"). */
final class Amounts {

    private static final long[] BOUNDS = {0, 100, 500, 1_000, 5_000, 10_000, 50_000, 100_000, 500_000, 1_000_000,
            10_000_000};

    private Amounts() {
    }

    /** The replacement for a match of {@link Patterns#AMOUNT}, or null when no amount can be read. */
    static String range(Matcher m, boolean english) {
        String number = m.group("n1") != null ? m.group("n1") : m.group("n2");
        String scale = m.group("n1") != null ? m.group("s1") : m.group("s2");
        String currency = m.group("c1") != null ? m.group("c1") : m.group("c2");
        if (currency.length() == 3 && currency.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z')
                && !Patterns.CODE_SET.contains(currency)) {
            return null; // three capitals that are no currency code: "TOP 10", "12 KPI"
        }
        BigDecimal value = parse(number);
        if (value == null) {
            return null;
        }
        String s = scale == null ? "" : scale.strip().toLowerCase(Locale.ROOT);
        String c = currency.strip();
        if (s.startsWith("k") || s.startsWith("mill") && s.contains("ier") || s.equals("mille") || s.equals("thousand")
                || c.equalsIgnoreCase("k€")) {
            value = value.multiply(BigDecimal.valueOf(1_000));
        } else if (s.startsWith("lakh")) {
            value = value.multiply(BigDecimal.valueOf(100_000)); // Indian numbering: a lakh is 100,000
        } else if (s.startsWith("crore")) {
            value = value.multiply(BigDecimal.valueOf(10_000_000));
        } else if (s.equals("m") || s.equals("mn") || s.startsWith("million") || c.equalsIgnoreCase("m€")) {
            value = value.multiply(BigDecimal.valueOf(1_000_000));
        } else if (s.equals("md") || s.equals("bn")) {
            value = value.multiply(BigDecimal.valueOf(1_000_000_000));
        }
        String symbol = symbol(c);
        long low = 0;
        long high = -1;
        for (int i = 1; i < BOUNDS.length; i++) {
            if (value.compareTo(BigDecimal.valueOf(BOUNDS[i])) < 0) {
                low = BOUNDS[i - 1];
                high = BOUNDS[i];
                break;
            }
        }
        if (high < 0) {
            return english ? "more than " + money(BOUNDS[BOUNDS.length - 1], symbol, true)
                    : "plus de " + money(BOUNDS[BOUNDS.length - 1], symbol, false);
        }
        if (low == 0) {
            return english ? "less than " + money(high, symbol, true) : "moins de " + money(high, symbol, false);
        }
        return english ? "between " + money(low, symbol, true) + " and " + money(high, symbol, true)
                : "entre " + grouped(low, false) + " et " + money(high, symbol, false);
    }

    static BigDecimal parse(String number) {
        String n = number.replaceAll("[ \\u00a0\\u202f’']", "");
        // the last separator followed by one or two digits is the decimal mark; the others group thousands
        int lastDot = n.lastIndexOf('.');
        int lastComma = n.lastIndexOf(',');
        int decimal = Math.max(lastDot, lastComma);
        String integer = n;
        String fraction = "";
        if (decimal >= 0 && n.length() - decimal - 1 <= 2) {
            integer = n.substring(0, decimal);
            fraction = n.substring(decimal + 1);
        }
        integer = integer.replaceAll("[.,]", "");
        try {
            return new BigDecimal(integer.isEmpty() ? "0" : integer + (fraction.isEmpty() ? "" : "." + fraction));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** €, £, $ and CHF as before; any other currency keeps its own sign or code, so the range stays true. */
    private static String symbol(String currency) {
        String c = currency.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
        if (c.contains("£") || c.equals("gbp") || c.startsWith("pound") || c.startsWith("livre")) {
            return "£";
        }
        if (c.equals("$") || c.equals("usd") || c.equals("us$") || c.startsWith("dollar") || c.matches("\\$ ?us")) {
            return "$";
        }
        if (c.equals("€") || c.equals("k€") || c.equals("m€") || c.equals("eur") || c.startsWith("euro")) {
            return "€";
        }
        if (c.matches("\\$ ?(ca|can)")) {
            return "CA$";
        }
        if (c.matches("\\$ ?(au|nz)")) {
            return c.replaceAll("[$ ]", "").toUpperCase(Locale.ROOT) + "$";
        }
        if (c.startsWith("franc")) {
            return "CHF";
        }
        return currency.strip();
    }

    private static String money(long amount, String symbol, boolean english) {
        boolean word = Character.isLetter(symbol.charAt(symbol.length() - 1));
        if (english) {
            return word ? symbol + " " + grouped(amount, true) : symbol + grouped(amount, true);
        }
        return grouped(amount, false) + " " + symbol;
    }

    private static String grouped(long amount, boolean english) {
        NumberFormat format = NumberFormat.getIntegerInstance(english ? Locale.UK : Locale.FRANCE);
        return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
