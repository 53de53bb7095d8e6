package org.freelance.portal.review.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the pre-review on the labelled corpus in {@code src/test/resources/contract-corpus} (see the
 * README there for the labelling conventions) and measures it: per finding type and overall,
 * true positives, false alarms, misses, precision and recall. The report is printed to stdout.
 *
 * <p>Each contract is compared as a set of finding types: a type counts once per contract, whether
 * the engine reports it once or several times and whether the label is written once or twice.
 */
class ContractCorpusTest {

    static final String FOLDER = "contract-corpus";
    static final double MIN_RECALL = 0.90;
    static final double MIN_PRECISION = 0.85;

    record LabelledContract(String name, String text, ContractLanguage language, Set<FindingType> expected) {
    }

    record Outcome(LabelledContract contract, ContractLanguage detected, Set<FindingType> found) {

        Set<FindingType> misses() {
            Set<FindingType> misses = EnumSet.noneOf(FindingType.class);
            misses.addAll(contract.expected());
            misses.removeAll(found);
            return misses;
        }

        Set<FindingType> falseAlarms() {
            Set<FindingType> falseAlarms = EnumSet.noneOf(FindingType.class);
            falseAlarms.addAll(found);
            falseAlarms.removeAll(contract.expected());
            return falseAlarms;
        }
    }

    /** True positives, false positives and false negatives of one finding type or of all of them. */
    record Score(int tp, int fp, int fn) {

        Score plus(Score other) {
            return new Score(tp + other.tp, fp + other.fp, fn + other.fn);
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }
    }

    static List<Outcome> outcomes;
    static Map<FindingType, Score> byType;
    static Score overall;

    @BeforeAll
    static void runTheAnalyzerOnTheCorpus() {
        ContractAnalyzer analyzer = new ContractAnalyzer();
        outcomes = new ArrayList<>();
        for (LabelledContract contract : loadCorpus()) {
            PreReview review = analyzer.analyze(contract.text());
            Set<FindingType> found = EnumSet.noneOf(FindingType.class);
            review.findings().forEach(f -> found.add(f.type()));
            outcomes.add(new Outcome(contract, review.language(), found));
        }
        byType = new EnumMap<>(FindingType.class);
        overall = new Score(0, 0, 0);
        for (FindingType type : FindingType.values()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (Outcome outcome : outcomes) {
                boolean expected = outcome.contract().expected().contains(type);
                boolean found = outcome.found().contains(type);
                tp += expected && found ? 1 : 0;
                fp += !expected && found ? 1 : 0;
                fn += expected && !found ? 1 : 0;
            }
            Score score = new Score(tp, fp, fn);
            byType.put(type, score);
            overall = overall.plus(score);
        }
        System.out.println(report());
    }

    @Test
    void the_corpus_holds_at_least_fifteen_contracts_in_french_and_english() {
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(15);
        assertThat(outcomes).extracting(o -> o.contract().language())
                .contains(ContractLanguage.FR, ContractLanguage.EN);
    }

    @Test
    void every_finding_type_is_labelled_in_at_least_two_contracts() {
        for (FindingType type : FindingType.values()) {
            assertThat(outcomes.stream().filter(o -> o.contract().expected().contains(type)).count())
                    .as("contracts labelled %s", type).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void every_contract_is_detected_in_its_labelled_language() {
        for (Outcome outcome : outcomes) {
            assertThat(outcome.detected()).as(outcome.contract().name()).isEqualTo(outcome.contract().language());
        }
    }

    @Test
    void the_engine_finds_at_least_ninety_percent_of_the_labelled_unbalanced_points() {
        assertThat(overall.recall()).as("overall recall, see the report on stdout").isGreaterThanOrEqualTo(MIN_RECALL);
    }

    @Test
    void at_least_eighty_five_percent_of_the_raised_findings_are_labelled_ones() {
        assertThat(overall.precision()).as("overall precision, see the report on stdout")
                .isGreaterThanOrEqualTo(MIN_PRECISION);
    }

    static String report() {
        StringBuilder out = new StringBuilder();
        long french = outcomes.stream().filter(o -> o.contract().language() == ContractLanguage.FR).count();
        int expected = outcomes.stream().mapToInt(o -> o.contract().expected().size()).sum();
        out.append(String.format(Locale.ROOT, "%nContract corpus: %d contracts (%d FR, %d EN), %d expected findings%n",
                outcomes.size(), french, outcomes.size() - french, expected));
        out.append(String.format(Locale.ROOT, "%-28s %4s %4s %4s %9s %7s%n", "finding type", "tp", "fp", "fn",
                "precision", "recall"));
        for (FindingType type : FindingType.values()) {
            Score s = byType.get(type);
            out.append(String.format(Locale.ROOT, "%-28s %4d %4d %4d %9.2f %7.2f%n", type, s.tp(), s.fp(), s.fn(),
                    s.precision(), s.recall()));
        }
        out.append(String.format(Locale.ROOT, "%-28s %4d %4d %4d %9.3f %7.3f%n", "OVERALL", overall.tp(),
                overall.fp(), overall.fn(), overall.precision(), overall.recall()));
        for (Outcome outcome : outcomes) {
            String language = outcome.detected() == outcome.contract().language() ? ""
                    : " LANGUAGE detected " + outcome.detected();
            if (outcome.misses().isEmpty() && outcome.falseAlarms().isEmpty() && language.isEmpty()) {
                continue;
            }
            out.append(String.format(Locale.ROOT, "%s:%s%s%s%n", outcome.contract().name(), language,
                    outcome.misses().isEmpty() ? "" : " missed " + outcome.misses(),
                    outcome.falseAlarms().isEmpty() ? "" : " false alarms " + outcome.falseAlarms()));
        }
        return out.toString();
    }

    static List<LabelledContract> loadCorpus() {
        URL folder = ContractCorpusTest.class.getClassLoader().getResource(FOLDER);
        assertThat(folder).as("classpath folder " + FOLDER).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            List<Path> texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
            List<LabelledContract> corpus = new ArrayList<>();
            for (Path text : texts) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path labels = text.resolveSibling(name + ".expected");
                assertThat(labels).as("labels of " + name).exists();
                corpus.add(parse(name, Files.readString(text, StandardCharsets.UTF_8),
                        Files.readAllLines(labels, StandardCharsets.UTF_8)));
            }
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** First line {@code # language: fr|en}, then one finding type per line; {@code #} lines are comments. */
    static LabelledContract parse(String name, String text, List<String> labelLines) {
        assertThat(labelLines).as(name + ".expected").isNotEmpty();
        String header = labelLines.getFirst().strip().toLowerCase(Locale.ROOT);
        assertThat(header).as("first line of " + name + ".expected").matches("#\\s*language:\\s*(fr|en)");
        ContractLanguage language = ContractLanguage.valueOf(header.substring(header.indexOf(':') + 1).strip()
                .toUpperCase(Locale.ROOT));
        Set<FindingType> expected = EnumSet.noneOf(FindingType.class);
        for (String line : labelLines.subList(1, labelLines.size())) {
            String label = line.strip();
            if (!label.isEmpty() && !label.startsWith("#")) {
                expected.add(FindingType.valueOf(label));
            }
        }
        return new LabelledContract(name, text, language, expected);
    }
}
