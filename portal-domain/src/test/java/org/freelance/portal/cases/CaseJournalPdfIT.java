package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.freelance.portal.cases.CaseEnums.Channel;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseViews.EntryView;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.CaseViews.Upload;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.review.ContractDocuments;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestClock;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journal PDF of the evidence bundle, read back with PDFBox: called chronological, it is ordered
 * by the date of the facts with each entry's number, and no fingerprint breaks across lines.
 */
@DomainIntegrationTest
class CaseJournalPdfIT {

    @Autowired TestFixtures fixtures;
    @Autowired CaseService cases;
    @Autowired TestClock clock;

    @Test
    void the_chronological_journal_follows_the_event_dates_shows_entry_numbers_and_keeps_hashes_whole()
            throws Exception {
        CommunityView community = fixtures.community("JournalPdf");
        AccountView alice = fixtures.member(community, Role.MEMBER);
        AccountView eric = fixtures.member(community, Role.EXPERT);
        Long id = fixtures.as(alice, community, () -> cases.createDraft(CaseSamples.intake()));
        fixtures.as(alice, community, () -> cases.submit(id));
        fixtures.as(eric, community, () -> cases.take(id, false, "Aucun lien"));
        LocalDate today = clock.today();
        byte[] order = ContractDocuments.pdf();
        // recorded in this order (entries 3, 4, 5), the facts happened in the order 4, 5, 3
        fixtures.as(alice, community, () -> cases.addEntry(id, new NewEntry(EntryType.EXCHANGE, today.minusDays(10),
                Channel.CALL, "Jeanne Martin", "Appel de relance", "Elle promet un virement.", null, null, null,
                List.of())));
        fixtures.as(alice, community, () -> cases.addEntry(id, new NewEntry(EntryType.DECISION, today.minusDays(30),
                null, null, "Lancement de la mission", "Démarrage validé en réunion.", null, null, null, List.of())));
        fixtures.as(alice, community, () -> cases.addEntry(id, new NewEntry(EntryType.DOCUMENT, today.minusDays(20),
                null, null, "Bon de commande signé", null, null, null, null,
                List.of(new Upload("bon-de-commande.pdf", order)))));

        Map<String, byte[]> bundle = Zips.unzip(fixtures.as(alice, community,
                () -> cases.evidenceBundle(id, "fr")));
        String text = text(bundle.get("journal.pdf"));
        String flat = text.replaceAll("\\s+", " ");

        assertThat(flat).contains("Journal chronologique", "classées par date des faits");
        int launch = flat.indexOf("n° 4 · Décision · Lancement de la mission");
        int purchase = flat.indexOf("n° 5 · Document · Bon de commande signé");
        int call = flat.indexOf("n° 3 · Échange · Appel de relance");
        int submitted = flat.indexOf("n° 1 · Statut");
        assertThat(List.of(launch, purchase, call, submitted)).as("positions in %s", flat).doesNotContain(-1)
                .isSorted();
        List<EntryView> journal = fixtures.as(alice, community, () -> cases.get(id)).journal();
        assertThat(journal).hasSize(5);
        for (EntryView e : journal) {
            assertThat(text).as("fingerprint of entry %d on one line", e.sequence()).contains(e.hash());
            e.files().forEach(f -> assertThat(text).as("fingerprint of %s", f.fileName()).contains(f.sha256()));
        }
        assertThat(text(Zips.unzip(fixtures.as(alice, community, () -> cases.evidenceBundle(id, "en")))
                .get("journal.pdf")).replaceAll("\\s+", " ")).contains("Chronological journal",
                "No. 4 · Decision · Lancement de la mission", "order of the date of the facts");
    }

    @Test
    void names_and_notes_in_any_script_are_printed_as_written() throws Exception {
        CommunityView community = fixtures.community("JournalScripts");
        AccountView alice = fixtures.member(community, Role.MEMBER);
        Long id = fixtures.as(alice, community, () -> cases.createDraft(CaseSamples.intake()));
        String people = "Nguyễn Thị Hương, Łukasz Żółć, Şükrü (İzmir)";
        String note = "Γιώργος et Ольга : 1\u202f250,50\u00a0€ “accord” ‘écrit’";
        fixtures.as(alice, community, () -> cases.addEntry(id, new NewEntry(EntryType.EXCHANGE,
                clock.today().minusDays(2), Channel.CALL, people, "Appel à Đà Nẵng avec Řehoř",
                note, null, null, null, List.of())));

        try (PDDocument document = Loader.loadPDF(Zips.unzip(fixtures.as(alice, community,
                () -> cases.evidenceBundle(id, "fr"))).get("journal.pdf"))) {
            List<String> lines = new PDFTextStripper().getText(document).lines().map(String::strip).toList();
            assertThat(lines).contains("Participants " + people, "« " + note + " »")
                    .anySatisfy(line -> assertThat(line).endsWith("Échange · Appel à Đà Nẵng avec Řehoř"));
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
        }
    }
}
