package org.freelance.portal.knowledge.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules of the pseudonymiser on small texts; the labelled set measures it on whole articles. */
class PseudonymiserTest {

    final Pseudonymiser pseudonymiser = new Pseudonymiser();

    final List<KnownParty> parties = List.of(
            KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil SAS"),
            KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin", "jeanne.martin@alpha-conseil.fr")
                    .withPhones("+33 6 12 34 56 78"),
            KnownParty.person(PartyRole.FREELANCER, "Éric Dubois-Léger", "eric.dl@gmail.com"));

    String run(String text) {
        PseudonymisedText result = pseudonymiser.session(parties).apply(text);
        System.out.println(text + "\n  => " + result.text());
        return result.text();
    }

    @Test
    void known_parties_and_their_variants_get_one_pseudonym_each() {
        String out = run("Le 12 mars 2025, JEANNE MARTIN d'Alpha Conseil a écrit à Éric. J. Martin a promis "
                + "un virement ; Mme Martin n'a pas rappelé. Alpha refuse. Eric Dubois-Leger relance jmartin. "
                + "Martinn répond enfin.");
        assertThat(out).doesNotContainIgnoringCase("martin").doesNotContain("Alpha").doesNotContain("Éric")
                .doesNotContain("Eric").contains("mars 2025").doesNotContain("12 mars");
    }

    @Test
    void identifiers_are_masked_and_dates_and_amounts_generalised() {
        String out = run("Contact : paul.roux@beta.example, 06 12 34 56 78, +44 20 7946 0958, +1 (415) 555-0132. "
                + "IBAN FR76 3000 6000 0112 3456 7890 189, SIRET 732 829 320 00074, site https://www.beta.example/x "
                + "et www.gamma.fr. Siège : 12 rue des Lilas, 59000 Lille. Facture de 18 450 € HT du 03/04/2025, "
                + "taux 650 € HT par jour, and EUR 12,000 on March 12, 2025.");
        assertThat(out).doesNotContain("paul.roux", "06 12", "7946", "555-0132", "FR76", "732 829", "beta.example",
                "gamma.fr", "rue des Lilas", "59000", "18 450", "03/04", "650", "12,000", "March 12")
                .contains("entre 10 000 et 50 000 €", "avril 2025", "entre 500 et 1 000 €");
    }

    @Test
    void other_names_are_found_by_titles_first_names_and_legal_forms() {
        String out = run("Hier, M. Durand et Mme Sophie Lambert (DSI de Gamma Industries SARL) ont reçu "
                + "Jean-Pierre Moreau. Paul Roux travaille chez Delta Solutions. Durand a signé. "
                + "ServiceNow et SAP restent cités. MARTIN Claire aussi.");
        assertThat(out).doesNotContain("Durand", "Lambert", "Gamma", "Moreau", "Roux", "Delta")
                .contains("ServiceNow", "SAP");
    }

    @Test
    void the_same_person_keeps_the_same_pseudonym_across_the_fields_of_an_article() {
        Pseudonymiser.Session session = pseudonymiser.session(parties, "fr");
        String title = session.apply("Jeanne Martin ne paie plus").text();
        String body = session.apply("Relancée trois fois, Jeanne a fini par répondre.").text();
        String pseudonym = title.substring(0, title.indexOf(" ne paie"));
        assertThat(body).contains(pseudonym);
    }

    @Test
    void the_leak_guard_finds_a_party_left_in_the_text() {
        List<Leak> leaks = new LeakGuard().find("Le client (Contact B) a payé, merci à Jeanne et à alpha-conseil.",
                parties);
        assertThat(leaks).extracting(Leak::found).contains("Jeanne", "alpha-conseil");
        assertThat(new LeakGuard().find("Contact B a payé Freelance C.", parties)).isEmpty();
    }
}
