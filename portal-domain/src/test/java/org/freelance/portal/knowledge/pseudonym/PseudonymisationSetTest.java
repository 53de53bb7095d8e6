package org.freelance.portal.knowledge.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Recall of the pseudonymisation engine on the project's labelled sets: the development set
 * ({@code src/test/resources/pseudonymisation-set}, format and labelling rules in its README), on which
 * the engine was first tuned; the second tuning set ({@code src/test/resources/pseudonymisation-tuning-2}),
 * written as a held-out set, measured once, then used to tune the engine on its error classes; the third
 * tuning set ({@code src/test/resources/pseudonymisation-tuning-3}), the second held-out set, whose address
 * misses the address layer was designed from; and the held-out set
 * ({@code src/test/resources/pseudonymisation-heldout}), written blind to the engine, never to be tuned on.
 * Every check runs on every set (see {@link LabelledSet}); each set has its own recall floor per kind
 * ({@code NaN}: reported only) and its own coverage figures.
 * A labelled span counts as caught when every letter or digit in it lies inside a replacement,
 * whatever the replacement's kind. The report of each set (recall per kind, over-replacement rate,
 * missed spans per file) is printed once, the first time the engine is run on it; the build redirects
 * test output to {@code target/surefire-reports/...PseudonymisationSetTest-output.txt}.
 */
class PseudonymisationSetTest {

    private static final Set<EntityKind> STRUCTURED = Set.of(EntityKind.EMAIL, EntityKind.PHONE, EntityKind.IBAN,
            EntityKind.COMPANY_ID, EntityKind.URL, EntityKind.POSTAL_ADDRESS, EntityKind.DATE, EntityKind.AMOUNT);

    /** A labelled set: its folder, the coverage it must have and the recall required of the engine on it. */
    enum LabelledSet {
        DEVELOPMENT("/pseudonymisation-set", "Pseudonymisation set (development figures: the engine was tuned on it)",
                40, 15, 60, floors(0.99, 0.99, 0.90, 0.85), true),
        /**
         * Written as a held-out set after the first tuning and measured once (0.823 overall, kept in its
         * README as history); the engine was then changed to fix the classes of error it showed, so it is
         * a tuning set now. Its floors are the figures the engine reaches on it, as regression floors
         * (see its README).
         */
        TUNING_2("/pseudonymisation-tuning-2", "Pseudonymisation tuning set 2 (held out once, then tuned on)",
                16, 8, 50, tuning2Floors(), true),
        /**
         * The second held-out set (measured once at 0.919 overall, addresses 0.25); the address layer was then
         * designed after reading its address misses, so it is a tuning set now: its address recall is a
         * regression floor, the rest is reported (see its README).
         */
        TUNING_3("/pseudonymisation-tuning-3", "Pseudonymisation tuning set 3 (held out once, addresses tuned on)",
                16, 8, 50, Map.of(EntityKind.POSTAL_ADDRESS, 1.0), false),
        /**
         * The third held-out set, written and labelled blind to the engine (its author read neither the code nor
         * the misses of the earlier sets) and committed before any run; never to be tuned on: its figures are
         * reported, not asserted (see its README). Its shape and the no-leak check are asserted.
         */
        HELD_OUT("/pseudonymisation-heldout", "Pseudonymisation held-out set (blind, never tuned on)",
                16, 8, 50, Map.of(), false);

        final String folder;
        final String title;
        final int minTexts;
        final int minSpansPerKind;
        final int minPersonSpans;
        /** The recall required per kind; {@code NaN} or absent: reported, not asserted. */
        final Map<EntityKind, Double> floors;
        /** Whether pseudonym consistency is asserted (otherwise printed). */
        final boolean consistencyAsserted;

        LabelledSet(String folder, String title, int minTexts, int minSpansPerKind, int minPersonSpans,
                Map<EntityKind, Double> floors, boolean consistencyAsserted) {
            this.folder = folder;
            this.title = title;
            this.minTexts = minTexts;
            this.minSpansPerKind = minSpansPerKind;
            this.minPersonSpans = minPersonSpans;
            this.floors = floors;
            this.consistencyAsserted = consistencyAsserted;
        }

        double floor(EntityKind kind) {
            return floors.getOrDefault(kind, Double.NaN);
        }
    }

    private static Map<EntityKind, Double> floors(double knownParty, double structured, double person,
            double organisation) {
        Map<EntityKind, Double> floors = new EnumMap<>(EntityKind.class);
        floors.put(EntityKind.KNOWN_PARTY, knownParty);
        STRUCTURED.forEach(kind -> floors.put(kind, structured));
        floors.put(EntityKind.PERSON, person);
        floors.put(EntityKind.ORGANISATION, organisation);
        return floors;
    }

    /** Regression floors on the second tuning set: the figures the engine reached on it, rounded down. */
    private static Map<EntityKind, Double> tuning2Floors() {
        Map<EntityKind, Double> floors = new EnumMap<>(EntityKind.class);
        floors.put(EntityKind.KNOWN_PARTY, 1.0);
        floors.put(EntityKind.EMAIL, 1.0);
        floors.put(EntityKind.PHONE, 1.0);
        floors.put(EntityKind.IBAN, 1.0);
        floors.put(EntityKind.COMPANY_ID, 1.0);
        floors.put(EntityKind.URL, 1.0);
        floors.put(EntityKind.POSTAL_ADDRESS, 0.93);
        floors.put(EntityKind.DATE, 1.0);
        floors.put(EntityKind.AMOUNT, 1.0);
        floors.put(EntityKind.PERSON, 0.93);
        floors.put(EntityKind.ORGANISATION, 0.93);
        return floors;
    }

    private static final Pattern LABEL = Pattern.compile("\\{\\{([A-Z_]+):(.+?)\\}\\}", Pattern.DOTALL);
    private static final Set<String> LEGAL_FORMS = Set.of("sas", "sarl", "sa", "eurl", "sasu", "srl", "ltd", "inc",
            "gmbh", "llc", "llp", "bv", "as", "dac");

    /** One labelled span, with offsets in the plain text; {@code party} is set for attributable known-party mentions. */
    record Gold(int start, int end, EntityKind kind, String text, KnownParty party) {
    }

    /** One file of the set, markup removed. */
    record LabelledText(String file, String language, List<KnownParty> parties, String plain, List<Gold> gold) {
    }

    /** The engine's output for one text, with the coverage of its replacements. */
    record Outcome(LabelledText labelled, PseudonymisedText result, boolean[] replaced) {

        boolean caught(Gold span) {
            for (int i = span.start(); i < span.end(); i++) {
                if (Character.isLetterOrDigit(labelled.plain().charAt(i)) && !replaced[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    // not EnumMaps: those would initialise LabelledSet while its floors are being computed from this class
    private static final Map<LabelledSet, List<LabelledText>> SETS = new HashMap<>();
    private static final Map<LabelledSet, List<Outcome>> OUTCOMES = new HashMap<>();

    // ---------------------------------------------------------------- the set itself

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void theSetHoldsEnoughTextsInFrenchAndEnglish(LabelledSet labelled) {
        List<LabelledText> texts = set(labelled);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(labelled.minTexts);
        assertThat(texts).extracting(LabelledText::language).containsOnly("fr", "en").contains("fr", "en");
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void everyTextIsBetween120And400WordsLongAndHasKnownParties(LabelledSet labelled) {
        for (LabelledText text : set(labelled)) {
            int words = text.plain().trim().split("\\s+").length;
            assertThat(words).as(text.file() + " word count").isBetween(120, 400);
            assertThat(text.parties()).as(text.file() + " parties").isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void everyKindAndOtherPersonNamesAreLabelledOftenEnough(LabelledSet labelled) {
        Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
        set(labelled).forEach(text -> text.gold().forEach(span -> counts.merge(span.kind(), 1, Integer::sum)));
        for (EntityKind kind : EntityKind.values()) {
            assertThat(counts.getOrDefault(kind, 0)).as(kind + " spans").isGreaterThanOrEqualTo(labelled.minSpansPerKind);
        }
        assertThat(counts.get(EntityKind.PERSON)).as("PERSON spans").isGreaterThanOrEqualTo(labelled.minPersonSpans);
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void labelsAreTrimmedAndLeaveNoMarkupBehind(LabelledSet labelled) {
        for (LabelledText text : set(labelled)) {
            assertThat(text.plain()).as(text.file()).doesNotContain("{{").doesNotContain("}}");
            for (Gold span : text.gold()) {
                assertThat(span.text()).as(text.file() + " span").isEqualTo(span.text().strip()).isNotEmpty();
                assertThat(text.plain().substring(span.start(), span.end())).isEqualTo(span.text());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void everyKnownPartyMentionMatchesAPartyOfItsText(LabelledSet labelled) {
        List<String> unmatched = new ArrayList<>();
        for (LabelledText text : set(labelled)) {
            for (Gold span : text.gold()) {
                if (span.kind() == EntityKind.KNOWN_PARTY && matchingParties(span.text(), text.parties()).isEmpty()) {
                    unmatched.add(text.file() + ": " + span.text());
                }
            }
        }
        assertThat(unmatched).isEmpty();
    }

    // ---------------------------------------------------------------- the engine on the set

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void replacementsPointAtTheOriginalTextTheyReplace(LabelledSet labelled) {
        List<String> wrong = new ArrayList<>();
        for (Outcome outcome : outcomes(labelled)) {
            String plain = outcome.labelled().plain();
            for (Replacement r : outcome.result().replacements()) {
                if (r.start() < 0 || r.end() > plain.length() || r.start() >= r.end()
                        || !plain.substring(r.start(), r.end()).equals(r.original())) {
                    wrong.add(outcome.labelled().file() + ": " + r);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    static Stream<Arguments> requiredRecall() {
        List<Arguments> all = new ArrayList<>();
        for (LabelledSet labelled : LabelledSet.values()) {
            for (EntityKind kind : EntityKind.values()) {
                if (!Double.isNaN(labelled.floor(kind))) {
                    all.add(Arguments.of(labelled, kind, labelled.floor(kind)));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1} spans are caught with a recall of at least {2}")
    @MethodSource("requiredRecall")
    void eachKindIsCaughtWithAtLeastItsRequiredRecall(LabelledSet labelled, EntityKind kind, double minimum) {
        int gold = 0;
        List<String> missed = new ArrayList<>();
        for (Outcome outcome : outcomes(labelled)) {
            for (Gold span : outcome.labelled().gold()) {
                if (span.kind() == kind) {
                    gold++;
                    if (!outcome.caught(span)) {
                        missed.add(outcome.labelled().file() + ": \"" + span.text() + "\"");
                    }
                }
            }
        }
        double recall = (gold - missed.size()) / (double) gold;
        assertThat(recall).as("%s recall (%d of %d caught), missed: %s", kind, gold - missed.size(), gold, missed)
                .isGreaterThanOrEqualTo(minimum);
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void eachKnownPartyKeepsOnePseudonymWithinAText(LabelledSet labelled) {
        List<String> problems = new ArrayList<>();
        for (Outcome outcome : outcomes(labelled)) {
            LabelledText text = outcome.labelled();
            Map<KnownParty, String> pseudonyms = new LinkedHashMap<>();
            for (KnownParty party : text.parties()) {
                List<Gold> mentions = text.gold().stream()
                        .filter(g -> g.party() == party && !isEmailOrPhone(g.text())).toList();
                Map<Gold, List<String>> replacements = new LinkedHashMap<>();
                for (Gold mention : mentions) {
                    List<String> used = outcome.result().replacements().stream()
                            .filter(r -> r.start() < mention.end() && r.end() > mention.start())
                            .map(Replacement::replacement).toList();
                    if (!used.isEmpty()) {
                        replacements.put(mention, used);
                    }
                }
                if (replacements.isEmpty()) {
                    continue;
                }
                String pseudonym = replacements.entrySet().stream()
                        .filter(e -> fold(e.getKey().text()).equals(fold(party.name()))
                                || fold(e.getKey().text()).equals(fold(withoutLegalForm(party.name()))))
                        .map(e -> e.getValue().get(0)).findFirst()
                        .orElseGet(() -> mostFrequent(replacements.values().stream().flatMap(List::stream).toList()));
                pseudonyms.put(party, pseudonym);
                replacements.forEach((mention, used) -> {
                    for (String replacement : used) {
                        if (!replacement.toLowerCase(Locale.ROOT).contains(pseudonym.toLowerCase(Locale.ROOT))) {
                            problems.add(text.file() + ": " + party.name() + " is \"" + pseudonym + "\" but \""
                                    + mention.text() + "\" became \"" + replacement + "\"");
                        }
                    }
                });
            }
            Map<String, KnownParty> owners = new LinkedHashMap<>();
            pseudonyms.forEach((party, pseudonym) -> {
                KnownParty other = owners.putIfAbsent(pseudonym.toLowerCase(Locale.ROOT), party);
                if (other != null) {
                    problems.add(text.file() + ": " + other.name() + " and " + party.name() + " both became \""
                            + pseudonym + "\"");
                }
            });
        }
        if (!labelled.consistencyAsserted) {
            System.out.println(labelled.title + ": pseudonym consistency problems (reported only): " + problems);
            return;
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(LabelledSet.class)
    void noKnownPartyNameOrEmailSurvivesPseudonymisation(LabelledSet labelled) {
        List<String> leaks = new ArrayList<>();
        for (Outcome outcome : outcomes(labelled)) {
            String result = fold(outcome.result().text());
            for (KnownParty party : outcome.labelled().parties()) {
                Set<String> forbidden = new LinkedHashSet<>();
                forbidden.add(party.name());
                forbidden.add(withoutLegalForm(party.name()));
                forbidden.addAll(party.emails());
                for (String value : forbidden) {
                    Matcher found = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(fold(value))
                            + "(?![\\p{L}\\p{N}])").matcher(result);
                    if (found.find()) {
                        leaks.add(outcome.labelled().file() + ": \"" + value + "\"");
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    // ---------------------------------------------------------------- running and reporting

    private static synchronized List<Outcome> outcomes(LabelledSet labelled) {
        List<Outcome> outcomes = OUTCOMES.get(labelled);
        if (outcomes == null) {
            List<Outcome> all = new ArrayList<>();
            for (LabelledText text : set(labelled)) {
                PseudonymisedText result = new Pseudonymiser().session(text.parties()).apply(text.plain());
                boolean[] replaced = new boolean[text.plain().length()];
                for (Replacement r : result.replacements()) {
                    for (int i = Math.max(0, r.start()); i < Math.min(replaced.length, r.end()); i++) {
                        replaced[i] = true;
                    }
                }
                all.add(new Outcome(text, result, replaced));
            }
            outcomes = List.copyOf(all);
            OUTCOMES.put(labelled, outcomes);
            System.out.println(report(labelled.title, outcomes));
        }
        return outcomes;
    }

    static String report(String title, List<Outcome> all) {
        Map<EntityKind, int[]> perKind = new EnumMap<>(EntityKind.class);
        long outside = 0;
        long replacedOutside = 0;
        StringBuilder misses = new StringBuilder();
        StringBuilder over = new StringBuilder();
        for (Outcome outcome : all) {
            String plain = outcome.labelled().plain();
            boolean[] labelled = new boolean[plain.length()];
            List<String> missedHere = new ArrayList<>();
            for (Gold span : outcome.labelled().gold()) {
                int[] counts = perKind.computeIfAbsent(span.kind(), k -> new int[2]);
                counts[0]++;
                if (outcome.caught(span)) {
                    counts[1]++;
                } else {
                    missedHere.add(span.kind() + " \"" + span.text().replace('\n', ' ') + "\"");
                }
                for (int i = span.start(); i < span.end(); i++) {
                    labelled[i] = true;
                }
            }
            for (int i = 0; i < plain.length(); i++) {
                if (!labelled[i]) {
                    outside++;
                    if (outcome.replaced()[i]) {
                        replacedOutside++;
                    }
                }
            }
            List<String> overHere = new ArrayList<>();
            for (Replacement r : outcome.result().replacements()) {
                StringBuilder extra = new StringBuilder();
                for (int i = Math.max(0, r.start()); i < Math.min(plain.length(), r.end()); i++) {
                    if (!labelled[i]) {
                        extra.append(plain.charAt(i));
                    }
                }
                if (!extra.toString().isBlank()) {
                    overHere.add(r.kind() + " \"" + r.original().replace('\n', ' ') + "\"");
                }
            }
            if (!missedHere.isEmpty()) {
                misses.append("  ").append(outcome.labelled().file()).append(": ")
                        .append(String.join("; ", missedHere)).append('\n');
            }
            if (!overHere.isEmpty()) {
                over.append("  ").append(outcome.labelled().file()).append(": ")
                        .append(String.join("; ", overHere)).append('\n');
            }
        }
        StringBuilder out = new StringBuilder("\n").append(title).append(": ").append(all.size()).append(" texts\n");
        out.append(String.format(Locale.ROOT, "%-15s %6s %7s %8s%n", "kind", "gold", "caught", "recall"));
        int gold = 0;
        int caught = 0;
        for (Map.Entry<EntityKind, int[]> e : perKind.entrySet()) {
            int[] c = e.getValue();
            gold += c[0];
            caught += c[1];
            out.append(String.format(Locale.ROOT, "%-15s %6d %7d %8.3f%n", e.getKey(), c[0], c[1], c[1] / (double) c[0]));
        }
        out.append(String.format(Locale.ROOT, "%-15s %6d %7d %8.3f%n", "all", gold, caught, caught / (double) gold));
        out.append(String.format(Locale.ROOT, "over-replacement: %d of %d characters outside labelled spans (%.2f %%)%n",
                replacedOutside, outside, 100.0 * replacedOutside / Math.max(1, outside)));
        out.append("missed spans per file:\n").append(misses.isEmpty() ? "  none\n" : misses);
        out.append("replacements reaching outside labelled spans:\n").append(over.isEmpty() ? "  none\n" : over);
        return out.toString();
    }

    // ---------------------------------------------------------------- parsing the set

    private static synchronized List<LabelledText> set(LabelledSet labelled) {
        List<LabelledText> set = SETS.get(labelled);
        if (set == null) {
            try {
                Path folder = Path.of(PseudonymisationSetTest.class.getResource(labelled.folder).toURI());
                try (Stream<Path> files = Files.list(folder)) {
                    set = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted()
                            .map(PseudonymisationSetTest::parse).toList();
                }
                SETS.put(labelled, set);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return set;
    }

    static LabelledText parse(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = file.getFileName().toString();
        int separator = content.indexOf("\n---\n");
        if (separator < 0) {
            throw new IllegalArgumentException(name + ": no '---' line after the header");
        }
        String language = null;
        List<KnownParty> parties = new ArrayList<>();
        for (String line : content.substring(0, separator).split("\n")) {
            if (!line.startsWith("#")) {
                throw new IllegalArgumentException(name + ": header line without '#': " + line);
            }
            String header = line.substring(1).strip();
            if (header.startsWith("language:")) {
                language = header.substring("language:".length()).strip();
            } else if (header.startsWith("party:")) {
                parties.add(party(name, header.substring("party:".length())));
            }
        }
        if (language == null) {
            throw new IllegalArgumentException(name + ": no language");
        }
        String body = content.substring(separator + "\n---\n".length());
        StringBuilder plain = new StringBuilder();
        List<Gold> gold = new ArrayList<>();
        Matcher label = LABEL.matcher(body);
        int from = 0;
        while (label.find()) {
            plain.append(body, from, label.start());
            EntityKind kind;
            try {
                kind = EntityKind.valueOf(label.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": unknown kind " + label.group(1), e);
            }
            String text = label.group(2);
            KnownParty party = null;
            if (kind == EntityKind.KNOWN_PARTY) {
                List<KnownParty> matching = matchingParties(text, parties);
                party = matching.size() == 1 ? matching.get(0) : null;
            }
            gold.add(new Gold(plain.length(), plain.length() + text.length(), kind, text, party));
            plain.append(text);
            from = label.end();
        }
        plain.append(body.substring(from));
        return new LabelledText(name, language, List.copyOf(parties), plain.toString(), List.copyOf(gold));
    }

    private static KnownParty party(String file, String line) {
        String[] fields = line.split("\\|");
        if (fields.length < 3) {
            throw new IllegalArgumentException(file + ": party needs role | person or org | name: " + line);
        }
        PartyRole role = PartyRole.valueOf(fields[0].strip());
        String type = fields[1].strip();
        if (!type.equals("person") && !type.equals("org")) {
            throw new IllegalArgumentException(file + ": party type must be person or org: " + line);
        }
        List<String> emails = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        for (int i = 3; i < fields.length; i++) {
            String extra = fields[i].strip();
            (extra.contains("@") ? emails : phones).add(extra);
        }
        return new KnownParty(role, fields[2].strip(), type.equals("org"), emails, phones, null);
    }

    // ---------------------------------------------------------------- which party a mention is about

    /** The parties a known-party span can refer to: by email, phone number, name words, initials or email local part. */
    static List<KnownParty> matchingParties(String span, List<KnownParty> parties) {
        List<KnownParty> found = new ArrayList<>();
        for (KnownParty party : parties) {
            if (refersTo(span, party)) {
                found.add(party);
            }
        }
        return found;
    }

    private static boolean refersTo(String span, KnownParty party) {
        if (span.contains("@")) {
            return party.emails().stream().anyMatch(span::equalsIgnoreCase);
        }
        if (isEmailOrPhone(span)) {
            String digits = lastNineDigits(span);
            return party.phones().stream().anyMatch(phone -> lastNineDigits(phone).equals(digits));
        }
        List<String> nameWords = words(party.name());
        String nameInitials = initials(words(party.organisation() ? withoutLegalForm(party.name()) : party.name()));
        String folded = fold(span);
        if (party.emails().stream().map(e -> fold(e.substring(0, e.indexOf('@')))).anyMatch(folded::equals)) {
            return true;
        }
        if (span.matches("\\p{Lu}{2,4}") && isSubsequence(folded, nameInitials)) {
            return true;
        }
        for (String word : words(span)) {
            boolean known = nameWords.contains(word)
                    || word.length() == 1 && nameInitials.contains(word)
                    || word.length() >= 3 && nameWords.stream().anyMatch(n -> n.startsWith(word));
            if (!known) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmailOrPhone(String span) {
        return span.contains("@") || !span.matches(".*\\p{L}.*") && span.replaceAll("\\D", "").length() >= 8;
    }

    private static String lastNineDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 9 ? digits : digits.substring(digits.length() - 9);
    }

    private static List<String> words(String text) {
        return Stream.of(fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    private static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(w.charAt(0)));
        return initials.toString();
    }

    private static boolean isSubsequence(String candidate, String of) {
        int at = 0;
        for (char c : of.toCharArray()) {
            if (at < candidate.length() && candidate.charAt(at) == c) {
                at++;
            }
        }
        return at == candidate.length();
    }

    static String withoutLegalForm(String name) {
        String[] parts = name.strip().split("\\s+");
        int end = parts.length;
        while (end > 1 && LEGAL_FORMS.contains(fold(parts[end - 1]))) {
            end--;
        }
        return String.join(" ", List.of(parts).subList(0, end));
    }

    /** Lower case without accents, blanks collapsed: how names are compared. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static String mostFrequent(List<String> values) {
        Map<String, Integer> counts = new TreeMap<>();
        values.forEach(v -> counts.merge(v, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
