package org.freelance.portal.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadTester;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.freelance.portal.base.Digests;
import org.freelance.portal.cases.CanonicalEntry;
import org.freelance.portal.cases.CaseEnums.EntryType;
import org.freelance.portal.cases.CaseService;
import org.freelance.portal.cases.CaseViews.NewEntry;
import org.freelance.portal.cases.EvidenceBundle;
import org.freelance.portal.identity.ui.LoginView;
import org.freelance.portal.tenant.Role;
import org.freelance.portal.testsupport.ViewTestSupport;
import org.freelance.portal.testsupport.Zips;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BundleVerifyViewTest extends ViewTestSupport {

    @Autowired
    CaseService cases;

    @Test
    void an_intact_bundle_of_a_case_i_follow_is_intact_and_matches_the_journal_held_here() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        byte[] bundle = bundle(scene, id);
        signInAs(scene.expert);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);
        assertThat($(H2.class, page).single().getText()).isEqualTo("Vérifier un paquet de preuves");

        upload(page, bundle);

        Paragraph verdict = $(Paragraph.class, page).id("bundle-verdict");
        assertThat(verdict.getText()).isEqualTo("Paquet intact : dossier " + scene.community.slug() + "-" + id
                + ", 2 entrées, toutes les empreintes concordent.");
        assertThat(verdict.getClassNames()).contains("portal-ok");
        assertThat($(Paragraph.class, page).id("bundle-portal").getText())
                .isEqualTo("Le paquet correspond au journal conservé par le portail jusqu’à l’entrée n° 2 sur 2.");
        assertThat($(UnorderedList.class, page).withId("bundle-problems").exists()).isFalse();
        assertThat(page.getPageTitle()).isEqualTo("Vérifier un paquet de preuves");
    }

    @Test
    void a_bundle_exported_before_later_entries_still_matches_up_to_its_own_last_entry() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        byte[] bundle = bundle(scene, id);
        scene.as(scene.expert, () -> cases.addEntry(id, new NewEntry(EntryType.NOTE, null, null, null, "Après l’export",
                "Une entrée de plus", null, null, null, List.of())));
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(bundle);

        assertThat($(Paragraph.class, page).id("bundle-portal").getText())
                .isEqualTo("Le paquet correspond au journal conservé par le portail jusqu’à l’entrée n° 2 sur 3.");
    }

    @Test
    void a_bundle_cut_after_its_first_entry_matches_only_up_to_that_entry() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        Map<String, byte[]> files = new TreeMap<>(Zips.unzip(bundle(scene, id)));
        String first = CanonicalEntry.parse(new String(files.get("entries/0001.txt"), StandardCharsets.UTF_8))
                .claimedHash();
        files.remove("entries/0002.txt");
        files.put(EvidenceBundle.MANIFEST, manifest(files, first));
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(Zips.zip(files));

        assertThat($(Paragraph.class, page).id("bundle-verdict").getText()).startsWith("Paquet intact : ");
        assertThat($(Paragraph.class, page).id("bundle-portal").getText())
                .isEqualTo("Le paquet correspond au journal conservé par le portail jusqu’à l’entrée n° 1 sur 2.");
    }

    @Test
    void a_bundle_emptied_of_its_entries_never_matches_the_journal() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        Map<String, byte[]> files = new TreeMap<>(Zips.unzip(bundle(scene, id)));
        files.keySet().removeIf(path -> path.startsWith("entries/") || path.startsWith("attachments/"));
        files.put(EvidenceBundle.MANIFEST, manifest(files, Digests.ZERO));
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(Zips.zip(files));

        Paragraph portal = $(Paragraph.class, page).id("bundle-portal");
        assertThat(portal.getText()).isEqualTo("Le paquet ne contient aucune entrée du journal : il ne peut pas "
                + "correspondre au journal conservé par le portail.");
        assertThat(portal.getClassNames()).contains("portal-error").doesNotContain("portal-ok");
    }

    @Test
    void a_zip_bomb_is_refused_with_a_message_instead_of_being_unpacked() throws Exception {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);
        // 256 MB of zeros deflated into a few hundred KB
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("journal.pdf"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(512 * 1024);

        upload(page, out.toByteArray());

        assertThat(textOf(page.result)).isEqualTo("Ce ZIP est refusé : il se décompresserait de façon anormale (un "
                + "fichier plus de 100 fois plus gros que dans l’archive, ou plus de 512 Mo en tout).");
    }

    @Test
    void someone_who_cannot_read_the_case_learns_only_whether_the_bundle_holds_together() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        byte[] bundle = bundle(scene, id);
        signInAs(scene.person("member", Role.MEMBER));
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(bundle);

        assertThat($(Paragraph.class, page).id("bundle-verdict").getText()).startsWith("Paquet intact : dossier ");
        assertThat($(Paragraph.class, page).withId("bundle-portal").exists()).isFalse();
        assertThat(textOf(page.result)).contains("Ce dossier n’est pas consultable par vous ici : seule la cohérence "
                + "interne du paquet est vérifiée.");
    }

    @Test
    void a_tampered_bundle_lists_every_problem() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        Map<String, byte[]> files = new TreeMap<>(Zips.unzip(bundle(scene, id)));
        files.put("journal.pdf", "%PDF-1.7 pas le journal exporté".getBytes(StandardCharsets.US_ASCII));
        String taken = new String(files.get("entries/0002.txt"), StandardCharsets.UTF_8);
        String rewritten = taken.replace("Aucun lien avec Alpha Conseil", "Ancien salarié d’Alpha Conseil");
        assertThat(rewritten).isNotEqualTo(taken);
        files.put("entries/0002.txt", rewritten.getBytes(StandardCharsets.UTF_8));
        files.put("notes.txt", "ajouté après coup".getBytes(StandardCharsets.UTF_8));
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(Zips.zip(files));

        Paragraph verdict = $(Paragraph.class, page).id("bundle-verdict");
        assertThat(verdict.getText()).isEqualTo("Paquet altéré : 4 anomalies trouvées.");
        assertThat(verdict.getClassNames()).contains("portal-error");
        assertThat(problems(page)).containsExactly("Fichier modifié : journal.pdf", "Fichier modifié : entries/0002.txt",
                "Fichier ajouté, absent du manifeste : notes.txt", "La chaîne du journal est rompue à l’entrée n° 2");
    }

    @Test
    void a_forged_bundle_that_holds_together_is_told_apart_by_the_journal_held_here() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        Map<String, byte[]> files = new TreeMap<>(Zips.unzip(bundle(scene, id)));
        // the forger rewrites the last entry, its hash, the manifest and the chain head
        CanonicalEntry.Stored original = CanonicalEntry.parse(new String(files.get("entries/0002.txt"),
                StandardCharsets.UTF_8));
        CanonicalEntry e = original.entry();
        CanonicalEntry forged = new CanonicalEntry(e.caseReference(), e.sequence(), e.type(), e.occurredOn(),
                e.channel(), e.participants(), e.title(), "Ancien salarié d’Alpha Conseil", e.signal(), e.amount(),
                e.corrects(), e.attachments(), e.authorId(), e.authorName(), e.recordedAt(), e.previousHash());
        files.put("entries/0002.txt", forged.toFile(forged.hash()).getBytes(StandardCharsets.UTF_8));
        files.put(EvidenceBundle.MANIFEST, manifest(files, forged.hash()));
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(Zips.zip(files));

        assertThat($(Paragraph.class, page).id("bundle-verdict").getText()).startsWith("Paquet intact : ");
        Paragraph portal = $(Paragraph.class, page).id("bundle-portal");
        assertThat(portal.getText())
                .isEqualTo("Le paquet diffère du journal conservé par le portail à partir de l’entrée n° 2.");
        assertThat(portal.getClassNames()).contains("portal-error");
    }

    @Test
    void a_file_that_is_not_a_zip_is_said_not_to_be_a_bundle_rather_than_an_altered_one() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        upload(page, "Ceci n’est pas un paquet de preuves".getBytes(StandardCharsets.UTF_8));

        Paragraph verdict = $(Paragraph.class, page).id("bundle-verdict");
        assertThat(verdict.getText()).isEqualTo("Ce fichier n’est pas un paquet de preuves (ZIP illisible ou vide).");
        assertThat(verdict.getClassNames()).contains("portal-error");
        assertThat(textOf(page.result)).doesNotContain("Paquet altéré", "Anomalies");
    }

    @Test
    void a_zip_without_its_manifest_says_the_manifest_is_missing() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(Zips.zip(Map.of("journal.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))));

        assertThat($(Paragraph.class, page).id("bundle-verdict").getText())
                .isEqualTo("Paquet altéré : 1 anomalie trouvée.");
        assertThat(problems(page)).containsExactly("Le manifeste des empreintes manque.");
    }

    @Test
    void an_empty_file_is_refused() {
        CaseScene scene = scene();
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);

        page.verify(new byte[0]);

        assertThat(textOf(page.result)).isEqualTo("Le fichier est vide.");
    }

    @Test
    void a_second_upload_replaces_the_first_result() {
        CaseScene scene = scene();
        Long id = scene.taken("Preuves");
        signInAs(scene.freelancer);
        BundleVerifyView page = open(scene.page("verify"), BundleVerifyView.class);
        page.verify(new byte[0]);

        page.verify(bundle(scene, id));

        assertThat(textOf(page.result)).doesNotContain("Le fichier est vide.").startsWith("Paquet intact");
    }

    @Test
    void member_of_another_community_is_refused_this_page_and_anonymous_is_sent_to_sign_in() {
        CaseScene scene = scene();

        open(scene.page("verify"), LoginView.class);
        signInAs(BOB_OF_AUTRE);
        assertRefused(scene.page("verify"));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private CaseScene scene() {
        return new CaseScene(fixtures(), cases);
    }

    private byte[] bundle(CaseScene scene, Long id) {
        return scene.as(scene.freelancer, () -> cases.evidenceBundle(id, "fr"));
    }

    private void upload(BundleVerifyView page, byte[] content) {
        Upload upload = $(Upload.class, page).id("bundle-upload");
        test(UploadTester.class, upload).upload("preuves.zip", "application/zip", content);
        roundTrip();
    }

    private List<String> problems(BundleVerifyView page) {
        return $(ListItem.class, $(UnorderedList.class, page).id("bundle-problems")).all().stream()
                .map(ListItem::getText).toList();
    }

    /** The manifest a forger writes again: every file's new digest and the new chain head; removed files unlisted. */
    private static byte[] manifest(Map<String, byte[]> files, String head) {
        StringBuilder out = new StringBuilder();
        for (String line : new String(files.get(EvidenceBundle.MANIFEST), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("# chain-head ")) {
                out.append("# chain-head ").append(head).append('\n');
            } else if (line.startsWith("#")) {
                out.append(line).append('\n');
            } else if (files.containsKey(line.substring(66))) {
                String path = line.substring(66);
                out.append(Digests.sha256(files.get(path))).append("  ").append(path).append('\n');
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
