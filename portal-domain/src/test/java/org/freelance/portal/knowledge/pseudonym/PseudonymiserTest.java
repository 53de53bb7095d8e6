package org.freelance.portal.knowledge.pseudonym;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules of the pseudonymiser on small texts; the labelled set measures it on whole articles. */
class PseudonymiserTest {

    static final List<KnownParty> PARTIES = List.of(
            KnownParty.organisation(PartyRole.CLIENT, "Alpha Conseil SAS"),
            KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin", "jeanne.martin@alpha-conseil.fr")
                    .withPhones("+33 6 12 34 56 78"),
            KnownParty.person(PartyRole.FREELANCER, "Éric Dubois-Léger", "eric.dl@gmail.com"));

    final Pseudonymiser pseudonymiser = new Pseudonymiser();

    @ParameterizedTest
    @MethodSource
    void a_text_reads_as_expected_once_pseudonymised(List<KnownParty> known, String text, String expected) {
        assertThat(pseudonymiser.session(known).apply(text).text()).isEqualTo(expected);
    }

    static Stream<Arguments> a_text_reads_as_expected_once_pseudonymised() {
        List<KnownParty> jeanne = List.of(KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin"));
        List<KnownParty> aliased = List.of(
                new KnownParty(PartyRole.CLIENT, "Alpha Conseil SAS", true, List.of(), List.of(), "Vector"),
                KnownParty.person(PartyRole.CLIENT_CONTACT, "Jeanne Martin"));
        return Stream.of(
                argumentSet("the role word before a party is said once", PARTIES,
                        "Le client Alpha Conseil a payé en retard.", "Le client A a payé en retard."),
                argumentSet("an article before a reduced date becomes a preposition of time", PARTIES,
                        "Les factures émises les 4 mai 2026 sont impayées.", "Les factures émises en mai 2026 sont impayées."),
                argumentSet("a replacement opening a sentence opens it with a capital", PARTIES,
                        "Le devis est signé. 12 mars 2025 : premier retard.", "Le devis est signé. Mars 2025 : premier retard."),
                argumentSet("a replacement opening the text opens it with a capital", PARTIES,
                        "12/03/2025 : premier retard.", "Mars 2025 : premier retard."),
                argumentSet("a dot after an abbreviation does not open a sentence", PARTIES,
                        "Voir p. 12 mars 2025.", "Voir p. mars 2025."),
                argumentSet("an address written as lines in any order is replaced whole (Kinshasa)", PARTIES,
                        "Nous avons livré au Bâtiment C, 2e étage, Parc des Érables, Kinshasa, RD Congo, puis relancé.",
                        "Nous avons livré au [adresse], puis relancé."),
                argumentSet("an address written as lines in any order is replaced whole (Casablanca)", PARTIES,
                        "Le siège est Rue Ibn Batouta, immeuble Atlas, Maârif, Casablanca. Le client a payé.",
                        "Le siège est [adresse]. Le client a payé."),
                argumentSet("an address written as lines in any order is replaced whole (Dubai)", PARTIES,
                        "Invoices went to 7th Floor, Harbour Towers, Quay Lane, Marina, Dubai, United Arab Emirates and "
                                + "nobody answered.", "Invoices went to [address] and nobody answered."),
                argumentSet("an address written as lines in any order is replaced whole (Helsinki)", PARTIES,
                        "Our office is at Mannerheimintie 12, 00100 Helsinki, Finland; payment was late.",
                        "Our office is at [address]; payment was late."),
                argumentSet("an address written as lines in any order is replaced whole (Seoul)", PARTIES,
                        "They moved to 88 Sejong-daero, Jung-gu, Seoul 04524 last year.", "They moved to [address] last year."),
                argumentSet("a date reduced to its month keeps the sentence grammatical (le, du)", PARTIES,
                        "Le 12 mars 2025, le client a signé. La recette du 3 avril 2025 a échoué.",
                        "En mars 2025, le client a signé. La recette d'avril 2025 a échoué."),
                argumentSet("a date reduced to its month keeps the sentence grammatical (depuis, jusqu'au)", PARTIES,
                        "Relances depuis le 12 mars 2025, sans réponse jusqu'au 30/06/2025.",
                        "Relances depuis mars 2025, sans réponse jusqu'en juin 2025."),
                argumentSet("a date reduced to its month keeps the sentence grammatical (English)", PARTIES,
                        "Signed on 12 March 2025, unpaid on April 3, 2025.", "Signed in March 2025, unpaid in April 2025."),
                argumentSet("a pseudonym replaces the courtesy title with the name", PARTIES,
                        "Le 3 février, M. Lambert a rompu la mission. Mme Jeanne Martin l'a confirmé.",
                        "En février, Personne A a rompu la mission. Contact B l'a confirmé."),
                argumentSet("a pseudonym replaces the courtesy title with a known party", jeanne,
                        "Mme Martin a signé.", "Contact A a signé."),
                argumentSet("foreign courtesy titles and family names first are understood", PARTIES,
                        "Frau Brinkhaus, Sra. Quiroga et Pani Zawadzka étaient là. Ms Tanabe wrote; Tanabe Rin agreed.",
                        "Personne A, Personne B et Personne C étaient là. Personne D wrote; Personne D agreed."),
                argumentSet("the alias the reviewer chose replaces the default pseudonym", aliased,
                        "Alpha Conseil a payé Jeanne Martin. Alpha a promis.", "Vector a payé Contact A. Vector a promis."),
                argumentSet("a known party's email and phone say whose they were", PARTIES,
                        "Jeanne Martin a écrit depuis jeanne.martin@alpha-conseil.fr et le 06 12 34 56 78.",
                        "Contact A a écrit depuis [e-mail de Contact A] et le [téléphone de Contact A]."),
                argumentSet("labels follow the language of the first text", jeanne,
                        "Hello, Jeanne Martin replied on 12 March 2025; Mr Paul Roux did not.",
                        "Hello, Contact A replied in March 2025; Person B did not."));
    }

    @ParameterizedTest
    @MethodSource
    void identifying_words_are_replaced_and_ordinary_words_kept(List<KnownParty> known, String text, List<String> gone,
            List<String> kept) {
        String out = pseudonymiser.session(known).apply(text).text();
        assertThat(gone).allSatisfy(word -> assertThat(out).doesNotContain(word));
        assertThat(kept).allSatisfy(word -> assertThat(out).contains(word));
    }

    static Stream<Arguments> identifying_words_are_replaced_and_ordinary_words_kept() {
        return Stream.of(
                argumentSet("known parties and their variants get one pseudonym each", PARTIES,
                        "Le 12 mars 2025, JEANNE MARTIN d'Alpha Conseil a écrit à Éric. J. Martin a promis un virement ; "
                                + "Mme Martin n'a pas rappelé. Alpha refuse. Eric Dubois-Leger relance jmartin. Martinn répond enfin.",
                        List.of("martin", "Martin", "MARTIN", "Alpha", "Éric", "Eric", "12 mars"), List.of("mars 2025")),
                argumentSet("identifiers are masked and dates and amounts generalised", PARTIES,
                        "Contact : paul.roux@beta.example, 06 12 34 56 78, +44 20 7946 0958, +1 (415) 555-0132. "
                                + "IBAN FR76 3000 6000 0112 3456 7890 189, SIRET 732 829 320 00074, site https://www.beta.example/x "
                                + "et www.gamma.fr. Siège : 12 rue des Lilas, 59000 Lille. Facture de 18 450 € HT du 03/04/2025, "
                                + "taux 650 € HT par jour, and EUR 12,000 on March 12, 2025.",
                        List.of("paul.roux", "06 12", "7946", "555-0132", "FR76", "732 829", "beta.example", "gamma.fr",
                                "rue des Lilas", "59000", "18 450", "03/04", "650", "12,000", "March 12"),
                        List.of("entre 10 000 et 50 000 €", "avril 2025", "entre 500 et 1 000 €")),
                argumentSet("lines of capitalised words alone are no address", PARTIES,
                        "Paris, Lyon, Marseille : trois villes, trois clients. Le Lot 2, Le Block, Suite logique.", List.of(),
                        List.of("Paris, Lyon, Marseille", "trois villes")),
                argumentSet("names followed by a role are no address", PARTIES,
                        "We met Anna Berg, Lars Holm, Unit Manager, in Stockholm.", List.of(), List.of("in Stockholm")),
                argumentSet("other names are found by titles, first names and legal forms", PARTIES,
                        "Hier, M. Durand et Mme Sophie Lambert (DSI de Gamma Industries SARL) ont reçu Jean-Pierre Moreau. "
                                + "Paul Roux travaille chez Delta Solutions. Durand a signé. ServiceNow et SAP restent cités. "
                                + "MARTIN Claire aussi.",
                        List.of("Durand", "Lambert", "Gamma", "Moreau", "Roux", "Delta"), List.of("ServiceNow", "SAP")),
                argumentSet("first names of many cultures are recognised", PARTIES,
                        "Ce matin, Adebola Okonjo et Sipho Ndlovu ont relu l'avenant avec Nomvula.",
                        List.of("Adebola", "Okonjo", "Sipho", "Ndlovu", "Nomvula"), List.of()),
                argumentSet("a first name that is a common word opening a sentence stays a word", PARTIES,
                        "Hope this helps. Grace periods are rare here. Grâce au journal, tout était écrit. "
                                + "Plus tard, Hope Kariuki a appelé.",
                        List.of("Kariuki"), List.of("Hope this helps", "Grace periods", "Grâce au journal")),
                argumentSet("a party's first name that is a common word opening a sentence stays a word",
                        List.of(KnownParty.person(PartyRole.FREELANCER, "Mark Okoro")),
                        "Mark every invoice in your calendar. Mark called the client twice.", List.of("Mark called"),
                        List.of("Mark every invoice")),
                argumentSet("surname particles of many languages belong to the surname",
                        List.of(KnownParty.person(PartyRole.CLIENT_CONTACT, "Yasmine El Amrani"),
                                KnownParty.person(PartyRole.FREELANCER, "Karim Al-Hashimi"),
                                KnownParty.person(PartyRole.OTHER, "Lucía Moreno de la Vega")),
                        "Mme El Amrani a signé ; EL AMRANI l'a confirmé. K. Al Hashimi a relancé. Moreno a payé, L. Moreno aussi.",
                        List.of("amrani", "Amrani", "AMRANI", "Hashimi", "Moreno", " El ", " Al "), List.of()),
                argumentSet("short forms and nicknames in quotes stand for the person",
                        List.of(KnownParty.person(PartyRole.FREELANCER, "Frederica Olsen")),
                        "Fred a relu le contrat. Ensuite Margarethe Kühn (« Gretl ») a répondu ; Gretl a validé.",
                        List.of("Fred", "Gretl", "Kühn"), List.of()),
                argumentSet("a role or a speech verb introduces a person whose first name is unknown", PARTIES,
                        "Le DSI, Quillon Baréty, a refusé. Commentary from Pravesh Lunkad, a community member, was short. "
                                + "Ondrick Velmar a écrit au client.",
                        List.of("Quillon", "Baréty", "Pravesh", "Lunkad", "Ondrick", "Velmar"), List.of()),
                argumentSet("a name-like pair in mid-sentence is a person but places and products are not", PARTIES,
                        "We met Tavish Orrin at the office in São Paulo, then set up Power BI in San Diego.",
                        List.of("Tavish"), List.of("São Paulo", "Power BI", "San Diego")),
                argumentSet("an organisation word seen once names the organisation again", PARTIES,
                        "La société Grupo Vantera a repris le projet. Vantera a payé avec Beltrami Holdings.",
                        List.of("Vantera", "Beltrami"), List.of()),
                argumentSet("a shared mailbox is not a name but a login made of the name is",
                        List.of(new KnownParty(PartyRole.CLIENT, "Delmar Logistique", true, List.of("contact@delmar.fr"),
                                        List.of(), null),
                                KnownParty.person(PartyRole.CLIENT_CONTACT, "Priyanka Sethuraman", "psethu@delmar.fr")),
                        "Prenez contact avec le service ; psethu a répondu.", List.of("psethu"), List.of("Prenez contact")),
                argumentSet("a party phone written in another national format is still the party",
                        List.of(KnownParty.person(PartyRole.CLIENT_CONTACT, "Iñaki Zubiri").withPhones("+34 932 55 41 07")),
                        "Il a rappelé depuis le 93 255 41 07.", List.of("255 41"), List.of("[téléphone de")),
                argumentSet("phones in more national formats are masked", PARTIES,
                        "Call 514 555-0142, (03) 5550 2211, (21) 98765-4321 or +48 512 555 301.",
                        List.of("0142", "2211", "4321", "512 555", "+48"), List.of()),
                argumentSet("amounts in any currency and numbering become ranges", PARTIES,
                        "Fees: ₺4.500, NZ$ 1,200, ZAR 12,000, INR 3,25,000, ₹2.5 lakh, 9 000 zł, 12 500 $ CA, "
                                + "R$ 3.400,00 and R 45 000. TOP 10 risks and 12 KPI remain.",
                        List.of("4.500", "1,200", "12,000", "3,25,000", "2.5 lakh", "9 000", "12 500", "3.400", "45 000"),
                        List.of("TOP 10", "12 KPI", "between INR 100,000 and INR 500,000", "between ₹100,000 and ₹500,000")),
                argumentSet("dates in German, Spanish and year-first forms become month and year", PARTIES,
                        "Abnahme am 30. Juni 2025, firmado el 15 de marzo de 2025, paid 2025/09/19 and 2025.10.02. "
                                + "Agenda: 1. July review.",
                        List.of("30.", "15 de", "2025/09", "2025.10"),
                        List.of("juin 2025", "mars 2025", "septembre 2025", "octobre 2025", "1. July")),
                argumentSet("web addresses under any country domain are masked but file names are not", PARTIES,
                        "Invoices go to portal.example.co.za and fournisseurs.example.ca; the script is index.js.",
                        List.of("example"), List.of("index.js")),
                argumentSet("addresses of many countries are masked with all their lines", PARTIES,
                        "Office: Level 3, 99 Queen Street, Brisbane QLD 4000, Australia. Branch: Calle Mayor 12, "
                                + "2.º derecha, 28013 Madrid. Warehouse: ul. Długa 5 lok. 3, 31-147 Kraków, Poland. Depot: "
                                + "Stationsweg 8, 2312 AV Leiden, the Netherlands. HQ: 2nd Floor, Kestrel House, 14 Long Street, "
                                + "Cape Town, 8001.",
                        List.of("Level 3", "Queen", "QLD", "Australia", "Mayor", "derecha", "Długa", "lok.", "Kraków",
                                "Stationsweg", "Leiden", "Netherlands", "Floor", "Kestrel", "Long Street", "8001"),
                        List.of()));
    }

    @Test
    void the_same_person_keeps_the_same_pseudonym_across_the_fields_of_an_article() {
        Pseudonymiser.Session session = pseudonymiser.session(PARTIES, "fr");
        String title = session.apply("Jeanne Martin ne paie plus").text();
        String body = session.apply("Relancée trois fois, Jeanne a fini par répondre.").text();
        String pseudonym = title.substring(0, title.indexOf(" ne paie"));
        assertThat(body).contains(pseudonym);
    }

    @Test
    void an_empty_or_missing_text_has_nothing_to_replace() {
        Pseudonymiser.Session session = pseudonymiser.session(PARTIES);
        assertThat(session.apply(null).text()).isEmpty();
        assertThat(session.apply("").replacements()).isEmpty();
        assertThat(pseudonymiser.session(null, "fr").apply("Jeanne Martin a payé.").text()).isEqualTo("Personne A a payé.");
    }

    @Test
    void rendering_keeps_the_replacements_in_text_order_and_skips_an_overlapping_one() {
        String rendered = Pseudonymiser.render("abcdef", List.of(new Replacement(3, 5, "de", "X", EntityKind.PERSON),
                new Replacement(0, 2, "ab", "Y", EntityKind.PERSON), new Replacement(1, 4, "bcd", "Z", EntityKind.PERSON)));
        assertThat(rendered).isEqualTo("YcXf");
    }

    @Test
    void the_leak_guard_finds_a_party_left_in_the_text() {
        List<Leak> leaks = new LeakGuard().find("Le client (Contact B) a payé, merci à Jeanne et à alpha-conseil.",
                PARTIES);
        assertThat(leaks).extracting(Leak::found).contains("Jeanne", "alpha-conseil");
        assertThat(new LeakGuard().find("Contact B a payé Freelance C.", PARTIES)).isEmpty();
    }
}
