package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.freelance.portal.base.NotFoundException;
import org.freelance.portal.base.PortalException;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.PrivateNoteService.NoteView;
import org.freelance.portal.identity.AccountView;
import org.freelance.portal.notification.NotificationService;
import org.freelance.portal.notification.NotificationView;
import org.freelance.portal.tenant.CommunityView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.DomainIntegrationTest;
import org.freelance.portal.testsupport.TestFixtures;
import org.freelance.portal.testsupport.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The private notes of a case's lead and supporters, through the services on the real database: who
 * reads and writes them, and that they never reach the freelancer, the community admin, the journal,
 * the evidence bundle (its PDF included) or a notification.
 */
@DomainIntegrationTest
class PrivateNoteServiceIT {

    private static final String SECRET = "Hypothèse : le client attend la fin de l’exercice pour payer (note privée 7f3a)";
    private static final String MARKER = "note privée 7f3a";

    @Autowired TestFixtures fixtures;
    @Autowired CaseService cases;
    @Autowired PrivateNoteService notes;
    @Autowired NotificationService notifications;

    CommunityView community;
    AccountView alice;
    AccountView eric;
    AccountView maya;
    AccountView erin;
    AccountView admin;
    AccountView adminAndExpert;

    @BeforeEach
    void community() {
        community = fixtures.community("Notes");
        alice = fixtures.member(community, Role.MEMBER);
        eric = fixtures.member(community, Role.EXPERT);
        maya = fixtures.member(community, Role.MEDIATOR);
        erin = fixtures.member(community, Role.EXPERT);
        admin = fixtures.member(community, Role.ADMIN);
        adminAndExpert = fixtures.member(community, Role.ADMIN, Role.EXPERT);
    }

    /** Submitted by Alice, led by Eric, supported by Maya. */
    Long caseWithHelpers() {
        Long id = fixtures.as(alice, community, () -> cases.createDraft(CaseSamples.intake()));
        fixtures.as(alice, community, () -> cases.submit(id));
        fixtures.as(eric, community, () -> cases.take(id, false, "Aucun lien"));
        fixtures.as(eric, community, () -> cases.inviteSupporter(id, maya.id()));
        return id;
    }

    static String key(Throwable e) {
        return ((PortalException) e).messageKey();
    }

    @Test
    void lead_and_supporter_keep_notes_for_each_other_in_order_with_author_and_time() {
        Long id = caseWithHelpers();
        fixtures.as(eric, community, () -> notes.add(id, "  Appeler la DSI avant la relance.  "));
        fixtures.as(maya, community, () -> notes.add(id, SECRET));

        for (AccountView helper : List.of(eric, maya)) {
            List<NoteView> seen = fixtures.as(helper, community, () -> notes.list(id));
            assertThat(seen).extracting(NoteView::text).containsExactly("Appeler la DSI avant la relance.", SECRET);
            assertThat(seen).extracting(NoteView::authorName).containsExactly(eric.displayName(), maya.displayName());
            assertThat(seen.get(0).writtenAt()).isNotNull().isBeforeOrEqualTo(seen.get(1).writtenAt());
        }
    }

    @Test
    void freelancer_admins_and_other_experts_neither_read_nor_write_the_notes() {
        Long id = caseWithHelpers();
        fixtures.as(eric, community, () -> notes.add(id, SECRET));
        // an admin who is also an expert but not on the case is refused like anyone else
        for (AccountView outsider : List.of(alice, admin, adminAndExpert, erin)) {
            assertThatThrownBy(() -> fixtures.as(outsider, community, () -> notes.list(id)))
                    .as(outsider.displayName()).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> fixtures.as(outsider, community, () -> notes.add(id, "intrusion")))
                    .as(outsider.displayName()).isInstanceOf(NotFoundException.class);
        }
        assertThat(fixtures.as(eric, community, () -> notes.list(id))).extracting(NoteView::text)
                .containsExactly(SECRET);
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> notes.list(id + 100_000)))
                .isInstanceOf(NotFoundException.class);
        // the expert of another community, in his own community, finds no such case
        CommunityView other = fixtures.community("Autre");
        AccountView foreign = fixtures.member(other, Role.EXPERT);
        assertThatThrownBy(() -> fixtures.as(foreign, other, () -> notes.list(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.as(foreign, other, () -> notes.add(id, "intrusion")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void notes_never_reach_the_journal_the_evidence_bundle_its_pdf_or_any_notification() throws Exception {
        Long id = caseWithHelpers();
        fixtures.as(alice, community, () -> cases.addEntry(id, new NewEntry(EntryType.NOTE, null, null, null,
                "Point d’étape", "Relance envoyée", null, null, null, List.of())));
        Map<AccountView, Integer> before = new java.util.HashMap<>();
        for (AccountView person : List.of(alice, eric, maya, admin)) {
            before.put(person, fixtures.as(person, community, () -> notifications.mine(100)).size());
        }
        int entries = fixtures.as(alice, community, () -> cases.get(id)).journal().size();

        fixtures.as(eric, community, () -> notes.add(id, SECRET));
        fixtures.as(maya, community, () -> notes.add(id, "Deuxième " + MARKER));

        // the journal: neither a new entry nor the text, for the freelancer or the helpers
        for (AccountView reader : List.of(alice, eric, maya)) {
            CaseViews.CaseDetail detail = fixtures.as(reader, community, () -> cases.get(id));
            assertThat(detail.journal()).hasSize(entries);
            assertThat(detail.toString()).doesNotContain(MARKER);
            assertThat(detail.chain().intact()).isTrue();
        }
        // the evidence bundle, exported by the freelancer or by the lead, in both languages
        for (AccountView exporter : List.of(alice, eric)) {
            for (String language : List.of("fr", "en")) {
                Map<String, byte[]> bundle = Zips.unzip(
                        fixtures.as(exporter, community, () -> cases.evidenceBundle(id, language)));
                for (Map.Entry<String, byte[]> file : bundle.entrySet()) {
                    assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey())
                            .doesNotContain(MARKER).doesNotContain("7f3a");
                }
                assertThat(pdfText(bundle.get(EvidenceBundle.JOURNAL_PDF))).contains("Point d")
                        .doesNotContain("7f3a");
            }
        }
        // notifications: writing a note tells nobody
        for (AccountView person : List.of(alice, eric, maya, admin)) {
            List<NotificationView> mine = fixtures.as(person, community, () -> notifications.mine(100));
            assertThat(mine).as(person.displayName()).hasSize(before.get(person));
            assertThat(mine.toString()).doesNotContain("7f3a");
        }
        // the admin sees the case's status, nothing else, and cannot export it
        assertThat(fixtures.as(admin, community, () -> cases.overview()).toString()).doesNotContain("7f3a");
        assertThatThrownBy(() -> fixtures.as(admin, community, () -> cases.evidenceBundle(id, "fr")))
                .isInstanceOf(NotFoundException.class);
        // and the lead's lesson-learned source of the case holds none either once it is closed
        fixtures.as(eric, community, () -> cases.move(id, CaseStatus.RESOLVED, "Paiement reçu"));
        fixtures.as(eric, community, () -> cases.move(id, CaseStatus.CLOSED, null));
        assertThat(fixtures.as(eric, community, () -> cases.lessonSource(id)).toString()).doesNotContain("7f3a");
    }

    @Test
    void a_note_is_written_once_blank_or_too_long_is_refused_and_a_closed_case_takes_no_more() {
        Long id = caseWithHelpers();
        assertThatThrownBy(() -> fixtures.as(eric, community, () -> notes.add(id, "   ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.case.note-required"));
        assertThatThrownBy(() -> fixtures.as(eric, community,
                () -> notes.add(id, "x".repeat(PrivateNoteService.MAX_CHARS + 1))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.text.too-long"));
        fixtures.as(eric, community, () -> notes.add(id, "x".repeat(PrivateNoteService.MAX_CHARS)));
        assertThat(fixtures.as(eric, community, () -> notes.list(id))).hasSize(1);

        fixtures.as(eric, community, () -> cases.move(id, CaseStatus.RESOLVED, "Paiement reçu"));
        fixtures.as(maya, community, () -> notes.add(id, "Résolu : penser au retour d’expérience"));
        fixtures.as(eric, community, () -> cases.move(id, CaseStatus.CLOSED, null));
        assertThatThrownBy(() -> fixtures.as(maya, community, () -> notes.add(id, "Trop tard")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.case.note-closed"));
        // what was written stays readable after closing
        assertThat(fixtures.as(maya, community, () -> notes.list(id))).hasSize(2);
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
