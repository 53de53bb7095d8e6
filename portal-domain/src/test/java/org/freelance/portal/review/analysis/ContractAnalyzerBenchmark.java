package org.freelance.portal.review.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Benchmark (not a test): times the pre-review of a 40-page contract (about 3,000 characters per
 * page) and prints the figures. Run after {@code ./mvnw -pl portal-domain test-compile}:
 * {@code java -cp portal-domain/target/classes:portal-domain/target/test-classes
 * org.freelance.portal.review.analysis.ContractAnalyzerBenchmark}. Goal: at most 300 ms.
 */
public final class ContractAnalyzerBenchmark {

    static final int PAGES = 40;
    static final int CHARS_PER_PAGE = 3_000;

    private ContractAnalyzerBenchmark() {
    }

    public static void main(String[] args) {
        String contract = fortyPageContract();
        ContractAnalyzer analyzer = new ContractAnalyzer();
        for (int i = 0; i < 20; i++) {
            analyzer.analyze(contract);
        }
        int runs = 50;
        long[] millis = new long[runs];
        PreReview review = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            review = analyzer.analyze(contract);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("contract: %d characters (%d pages of %d), %d clauses, %d findings%n", contract.length(),
                PAGES, CHARS_PER_PAGE, review.clauses().size(), review.findings().size());
        System.out.printf("pre-review time over %d runs after 20 warm-up runs: median %d ms, p95 %d ms, max %d ms"
                + " (goal <= 300 ms)%n", runs, millis[runs / 2], millis[(int) (runs * 0.95) - 1], millis[runs - 1]);
    }

    static String fortyPageContract() {
        List<String> bodies = List.of(
                "Le Prestataire réalise pour le Client une mission d'expertise ServiceNow auprès du client final. "
                        + "Les prestations comprennent l'analyse des besoins, le paramétrage, les tests et la "
                        + "documentation des évolutions demandées par les équipes métier.",
                "Les factures sont émises mensuellement et payables à soixante (60) jours à compter de leur date "
                        + "d'émission. Tout retard entraîne des pénalités au taux de refinancement de la BCE majoré "
                        + "de dix points et une indemnité forfaitaire de 40 euros pour frais de recouvrement.",
                "Chacune des parties peut résilier le contrat par lettre recommandée avec un préavis d'un (1) mois. "
                        + "En cas de manquement grave non réparé dans les quinze jours d'une mise en demeure, la "
                        + "partie lésée peut résilier de plein droit.",
                "Le Prestataire s'interdit, pendant vingt-quatre (24) mois à compter de la fin du contrat, de "
                        + "travailler pour toute société du groupe du client final, sur l'ensemble du territoire "
                        + "national, sans contrepartie financière.",
                "Chacune des parties s'engage à garder confidentielles les informations communiquées par l'autre "
                        + "partie pendant la durée du contrat et trois ans après son terme.",
                "Les droits sur les livrables sont cédés au Client au fur et à mesure de leur réalisation, y "
                        + "compris les outils et méthodes préexistants du Prestataire.",
                "La responsabilité du Prestataire est limitée aux dommages directs et plafonnée au montant total "
                        + "payé au titre du contrat.",
                "En cas de différend, les parties rechercheront une solution amiable avant toute action en justice.");
        List<String> headings = List.of("Objet", "Paiement", "Résiliation", "Non-concurrence", "Confidentialité",
                "Propriété intellectuelle", "Responsabilité", "Médiation");
        StringBuilder text = new StringBuilder("CONTRAT DE PRESTATION DE SERVICES INFORMATIQUES\n\n");
        int article = 1;
        while (text.length() < PAGES * CHARS_PER_PAGE) {
            int kind = (article - 1) % bodies.size();
            text.append("Article ").append(article).append(" – ").append(headings.get(kind)).append('\n');
            for (int paragraph = 1; paragraph <= 3; paragraph++) {
                text.append(article).append('.').append(paragraph).append(' ').append(bodies.get(kind)).append('\n');
            }
            text.append('\n');
            article++;
        }
        return text.toString();
    }
}
