package org.freelance.portal.review.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a contract into clauses at heading lines: "Article 3", "ARTICLE III", "Art. 3", "3.", "3.1",
 * "3 -", "III.", "Section 4", "Clause 5", "Chapitre 2"; or, in a contract with (almost) no numbered
 * heading, at short heading lines of their own ("CONFIDENTIALITÉ", "Scope of Work"). The text before
 * the first heading is clause 0 (title and parties). Offsets are kept so the UI can highlight.
 */
final class ClauseSegmenter {

    private static final String DASH = "[-\u2013\u2014:.)]";
    private static final Pattern KEYWORD_HEADING = Pattern.compile(
            "^[ \\t]*(?:article|art\\.|section|clause|chapitre|chapter|titre|annexe|schedule)[ \\t]+"
                    + "(\\d{1,3}(?:\\.\\d{1,3}){0,3}|[ivxlc]{1,7}|premier|1er|first)\\b\\.?[ \\t]*(?:" + DASH
                    + "[ \\t]*)?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_HEADING = Pattern.compile(
            "^[ \\t]*(\\d{1,2}(?:\\.\\d{1,2}){0,3})(?:\\.|\\)|[ \\t]*[-\u2013\u2014])?[ \\t]+(\\p{Lu}.*)$");
    private static final Pattern ROMAN_HEADING = Pattern.compile(
            "^[ \\t]*([IVXLC]{1,7})[ \\t]*[.)\u2013\u2014-][ \\t]+(\\p{L}.*)$");
    private static final Set<String> MONTHS = Set.of("janvier", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /** Below this many numbered headings, a contract is taken to use headings without numbers. */
    private static final int MIN_NUMBERED_HEADINGS = 3;

    private ClauseSegmenter() {
    }

    record Heading(int start, String number, String title) {
    }

    static List<Clause> segment(ContractText text) {
        List<Heading> headings = headings(text);
        List<Clause> clauses = new ArrayList<>();
        int length = text.length();
        int firstStart = headings.isEmpty() ? length : headings.getFirst().start();
        if (firstStart > 0 && !text.original(0, firstStart).isBlank()) {
            String title = firstLine(text.original(0, firstStart));
            clauses.add(new Clause(0, "", title, 0, firstStart, Set.of()));
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading heading = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : length;
            clauses.add(new Clause(clauses.size(), heading.number(), heading.title(), heading.start(), end, Set.of()));
        }
        if (clauses.isEmpty() && length > 0) {
            clauses.add(new Clause(0, "", firstLine(text.original()), 0, length, Set.of()));
        }
        return clauses;
    }

    private static List<Heading> headings(ContractText text) {
        List<Heading> headings = new ArrayList<>();
        List<int[]> lines = new ArrayList<>();
        String original = text.original();
        int lineStart = 0;
        while (lineStart < original.length()) {
            int lineEnd = original.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = original.length();
            }
            lines.add(new int[] {lineStart, lineEnd});
            String line = original.substring(lineStart, lineEnd).replace("\r", "");
            Heading heading = heading(line, lineStart, text);
            if (heading != null) {
                headings.add(heading);
            }
            lineStart = lineEnd + 1;
        }
        if (headings.size() < MIN_NUMBERED_HEADINGS) {
            headings.addAll(unnumberedHeadings(original, lines));
            headings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return headings;
    }

    /**
     * Contracts drafted without numbers ("CONFIDENTIALITÉ", "Scope of Work") have short heading lines
     * of their own: after a blank line, without final punctuation or digits, in capitals or of a few
     * words starting with a capital, followed by the body. The first line (the title) is not one.
     */
    private static List<Heading> unnumberedHeadings(String original, List<int[]> lines) {
        List<Heading> headings = new ArrayList<>();
        boolean seenText = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = original.substring(lines.get(i)[0], lines.get(i)[1]).replace("\r", "");
            if (line.isBlank()) {
                continue;
            }
            boolean first = !seenText;
            seenText = true;
            boolean afterBlank = i > 0 && original.substring(lines.get(i - 1)[0], lines.get(i - 1)[1]).isBlank();
            if (first || !afterBlank || !looksLikeBareHeading(line.strip())) {
                continue;
            }
            int next = i + 1;
            if (next < lines.size() && original.substring(lines.get(next)[0], lines.get(next)[1]).isBlank()) {
                next++;
            }
            if (next >= lines.size() || original.substring(lines.get(next)[0], lines.get(next)[1]).isBlank()) {
                continue;
            }
            int indent = 0;
            while (Character.isWhitespace(line.charAt(indent))) {
                indent++;
            }
            headings.add(new Heading(lines.get(i)[0] + indent, "", line.strip()));
        }
        return headings;
    }

    private static boolean looksLikeBareHeading(String line) {
        if (line.length() < 3 || line.length() > 60 || !Character.isUpperCase(line.charAt(0))
                || ".;,:!?".indexOf(line.charAt(line.length() - 1)) >= 0 || line.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        boolean capitals = line.equals(line.toUpperCase()) && line.chars().filter(Character::isLetter).count() >= 3;
        return capitals || line.split("\\s+").length <= 6;
    }

    private static Heading heading(String line, int offset, ContractText text) {
        if (line.isBlank() || line.length() > 400) {
            return null;
        }
        int indent = 0;
        while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
            indent++;
        }
        Matcher keyword = KEYWORD_HEADING.matcher(line);
        if (keyword.matches()) {
            return new Heading(offset + indent, keyword.group(1), title(keyword.group(2)));
        }
        Matcher number = NUMBER_HEADING.matcher(line);
        if (number.matches() && !startsWithMonth(number.group(2)) && !looksLikeAmount(number.group(2))) {
            return new Heading(offset + indent, number.group(1), title(number.group(2)));
        }
        Matcher roman = ROMAN_HEADING.matcher(line);
        if (roman.matches() && Character.isUpperCase(roman.group(2).charAt(0))) {
            return new Heading(offset + indent, roman.group(1), title(roman.group(2)));
        }
        return null;
    }

    /** A short line is a heading; a long one is the first sentence of the clause (no separate heading). */
    private static String title(String rest) {
        String trimmed = rest.strip();
        boolean shortHeading = trimmed.length() <= 90 && !trimmed.endsWith(".") && !trimmed.endsWith(";")
                && !trimmed.endsWith(",");
        boolean capitalised = !trimmed.isEmpty() && trimmed.equals(trimmed.toUpperCase()) && trimmed.length() <= 120;
        return shortHeading || capitalised ? trimmed : "";
    }

    private static boolean startsWithMonth(String rest) {
        String first = ContractText.fold(rest.strip()).split("[\\s,]+", 2)[0];
        return MONTHS.contains(first);
    }

    private static boolean looksLikeAmount(String rest) {
        String folded = ContractText.fold(rest.strip());
        return folded.startsWith("eur") || folded.startsWith("\u20ac") || folded.startsWith("k\u20ac");
    }

    private static String firstLine(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                String trimmed = line.strip();
                return trimmed.length() > 120 ? trimmed.substring(0, 120) : trimmed;
            }
        }
        return "";
    }
}
