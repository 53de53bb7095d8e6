package org.freelance.portal.knowledge.pseudonym;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Benchmark (not a test): throughput of the pseudonymiser on about 8 MB of lesson-learned style
 * text (French and English paragraphs with names, emails, phones, dates, amounts and addresses),
 * one session per 4 KB article as in the portal. Run after {@code ./mvnw -pl portal-domain test-compile}:
 * {@code java -cp portal-domain/target/classes:portal-domain/target/test-classes:$(cat cp.txt)
 * org.freelance.portal.knowledge.pseudonym.PseudonymiserBenchmark} (see docs/quality.md). Goal: at least 2 MB/s.
 */
public final class PseudonymiserBenchmark {

    private static final String[] PARAGRAPHS = {
        "Le 12 mars 2025, Jeanne Martin (DSI d'Alpha Conseil SAS) a annoncé à Alice Durand que la facture "
                + "n° 2025-014 de 18 450 € HT serait réglée « sous quinze jours ». M. Bernard, du service achats, "
                + "a confirmé par e-mail (paul.bernard@alpha-conseil.fr) puis au 06 12 34 56 78. ",
        "Malgré trois relances, rien n'est arrivé. Alice a consigné chaque échange dans le journal du dossier ; "
                + "la médiatrice, Mme Sophie Lambert, a proposé une réunion au 12 rue des Lilas, 59000 Lille. ",
        "On April 3, 2025 the end client, Northwind Traders Ltd, changed direction without discussion. "
                + "Mr Thompson asked for a new dashboard in ServiceNow, out of scope, for £3,500 more. "
                + "His assistant called from +44 20 7946 0958 and wrote from j.thompson@northwind.example. ",
        "Ce qu'il faut retenir : écrire ce qui a été convenu, demander un acompte de 30 % sur une mission longue, "
                + "et prévoir une médiation préalable. Le SIRET du client (732 829 320 00074) et son IBAN "
                + "FR76 3000 6000 0112 3456 7890 189 figuraient bien sur le bon de commande. ",
        "Lesson learned: Jean-Pierre Moreau of Delta Solutions only made promises orally. See "
                + "https://www.delta-solutions.example/terms and the invoice of EUR 12,000 dated 2025-06-30. "};

    private PseudonymiserBenchmark() {
    }

    public static void main(String[] args) {
        Random random = new Random(42);
        StringBuilder article = new StringBuilder();
        List<String> articles = new java.util.ArrayList<>();
        long bytes = 0;
        while (bytes < 8L * 1024 * 1024) {
            article.setLength(0);
            while (article.length() < 4_000) {
                article.append(PARAGRAPHS[random.nextInt(PARAGRAPHS.length)]);
            }
            articles.add(article.toString());
            bytes += article.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        List<KnownParty> parties = List.of(KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil SAS"),
                KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin", "jeanne.martin@alpha-conseil.fr"),
                KnownParty.person(PartyRole.FREELANCER, "Alice Durand", "alice.durand@gmail.com"));
        Pseudonymiser pseudonymiser = new Pseudonymiser();
        for (int i = 0; i < 300; i++) {
            pseudonymiser.session(parties).apply(articles.get(i % articles.size()));
        }
        double[] rates = new double[5];
        long replacements = 0;
        for (int run = 0; run < rates.length; run++) {
            long start = System.nanoTime();
            replacements = 0;
            for (String text : articles) {
                replacements += pseudonymiser.session(parties).apply(text).replacements().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            rates[run] = bytes / (1024.0 * 1024.0) / seconds;
        }
        java.util.Arrays.sort(rates);
        System.out.printf("text: %.1f MB in %d articles of about 4 KB, %d replacements per pass%n",
                bytes / (1024.0 * 1024.0), articles.size(), replacements);
        System.out.printf("throughput over %d passes after warm-up: median %.2f MB/s, min %.2f MB/s, max %.2f MB/s"
                + " (goal >= 2 MB/s)%n", rates.length, rates[rates.length / 2], rates[0], rates[rates.length - 1]);
    }
}
