package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.freelance.portal.cases.Chains.bytes;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.freelance.portal.base.Digests;
import org.freelance.portal.cases.EvidenceBundle.Item;
import org.freelance.portal.cases.EvidenceBundle.Problem;
import org.freelance.portal.cases.EvidenceBundle.ProblemKind;
import org.freelance.portal.cases.EvidenceBundle.Report;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence bundle: what it holds, and every way of tampering with it that the verifier reports. */
class EvidenceBundleTest {

    static final byte[] PDF = bytes("%PDF-1.7 journal du dossier LIT-2026-42\n%%EOF");
    static final String GENERATED_AT = "2026-03-20T10:00:00Z";
    static final String ENTRY_1 = "entries/0001.txt";
    static final String ENTRY_2 = "entries/0002.txt";
    static final String ENTRY_3 = "entries/0003.txt";
    static final String INVOICE = "attachments/0002-1-facture_2026-017.pdf";
    static final String SCREENSHOT = "attachments/0002-2-écran_relance__1_.png";
    static final String EMAIL = "attachments/0003-1-relance.eml";

    List<Item> items;
    byte[] bundle;

    @BeforeEach
    void writeBundle() {
        items = Chains.bundleItems();
        bundle = EvidenceBundle.write(Chains.CASE, GENERATED_AT, PDF, items);
    }

    String head() {
        return items.getLast().hash();
    }

    // --- zip helpers: unzip, change, rezip --------------------------------------------------------

    /** The files of a ZIP in their order, editable, with the manifest kept in step when asked. */
    static final class Unzipped {
        final Map<String, byte[]> files = new LinkedHashMap<>();

        Unzipped(byte[] zip) {
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    files.put(entry.getName(), in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text(String path) {
            return new String(files.get(path), StandardCharsets.UTF_8);
        }

        Unzipped put(String path, byte[] content) {
            files.put(path, content);
            return this;
        }

        Unzipped put(String path, String content) {
            return put(path, bytes(content));
        }

        Unzipped remove(String path) {
            assertThat(files.remove(path)).as(path).isNotNull();
            return this;
        }

        /** Rewrites the manifest line of {@code path} to the file's current hash, or drops it when the file is gone. */
        Unzipped relist(String path) {
            String line = Pattern.compile("^[0-9a-f]{64}  " + Pattern.quote(path) + "$", Pattern.MULTILINE)
                    .matcher(text(EvidenceBundle.MANIFEST)).replaceAll(files.containsKey(path)
                            ? Matcher.quoteReplacement(Digests.sha256(files.get(path)) + "  " + path) : "");
            return put(EvidenceBundle.MANIFEST, line.replace("\n\n", "\n"));
        }

        byte[] zip() {
            return zip(files);
        }

        static byte[] zip(Map<String, byte[]> files) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }

    Unzipped unzipped() {
        return new Unzipped(bundle);
    }

    static List<Problem> problems(byte[] zip) {
        return EvidenceBundle.verify(zip).problems();
    }

    static Problem problem(ProblemKind kind, String subject) {
        return new Problem(kind, subject);
    }

    // --- what a bundle holds ------------------------------------------------------------------------

    @Test
    void bundle_holds_manifest_journal_entries_and_attachments() {
        assertThat(unzipped().files.keySet()).containsExactly(EvidenceBundle.MANIFEST, EvidenceBundle.README,
                EvidenceBundle.JOURNAL_PDF, ENTRY_1, ENTRY_2, INVOICE, SCREENSHOT, ENTRY_3, EMAIL);
        assertThat(unzipped().files.get(EvidenceBundle.JOURNAL_PDF)).isEqualTo(PDF);
        assertThat(unzipped().files.get(INVOICE)).isEqualTo(items.get(1).files().get(0));
        assertThat(unzipped().files.get(SCREENSHOT)).isEqualTo(items.get(1).files().get(1));
        assertThat(unzipped().files.get(EMAIL)).isEqualTo(items.get(2).files().get(0));
    }

    @Test
    void each_entry_file_is_its_canonical_form_and_claimed_hash() {
        for (Item item : items) {
            String file = unzipped().text(EvidenceBundle.entryPath(item.entry().sequence()));
            assertThat(file).isEqualTo(item.entry().toFile(item.hash()));
            assertThat(CanonicalEntry.parse(file).entry()).isEqualTo(item.entry());
        }
    }

    @Test
    void manifest_says_case_date_entry_count_and_chain_head_then_lists_every_other_file() {
        String manifest = unzipped().text(EvidenceBundle.MANIFEST);
        assertThat(manifest.lines().limit(4)).containsExactly("# evidence bundle of case " + Chains.CASE,
                "# generated-at " + GENERATED_AT, "# entries 3", "# chain-head " + head());
        List<String> listed = manifest.lines().filter(l -> !l.startsWith("#")).toList();
        assertThat(listed).hasSize(unzipped().files.size() - 1);
        for (String line : listed) {
            assertThat(line).matches("[0-9a-f]{64}  \\S.*");
            String path = line.substring(66);
            assertThat(unzipped().files).containsKey(path);
            assertThat(line.substring(0, 64)).isEqualTo(Digests.sha256(unzipped().files.get(path)));
        }
        assertThat(listed).extracting(l -> l.substring(66)).doesNotContain(EvidenceBundle.MANIFEST)
                .doesNotHaveDuplicates();
        assertThat(manifest).endsWith("\n").doesNotContain("\r");
    }

    @Test
    void manifest_is_checked_by_the_standard_sha256sum_tool(@TempDir Path dir) throws Exception {
        assumeThat(Path.of("/usr/bin/sha256sum")).as("sha256sum installed").exists();
        for (Map.Entry<String, byte[]> file : unzipped().files.entrySet()) {
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Process ok = new ProcessBuilder("/usr/bin/sha256sum", "--check", "--strict", EvidenceBundle.MANIFEST)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(ok.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(ok.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ok.exitValue()).as(output).isZero();
        assertThat(output).contains(INVOICE + ": OK").contains(SCREENSHOT + ": OK").contains(EMAIL + ": OK")
                .contains(EvidenceBundle.README + ": OK");

        Files.writeString(dir.resolve(INVOICE), "altered");
        Process altered = new ProcessBuilder("/usr/bin/sha256sum", "--check", "--quiet", EvidenceBundle.MANIFEST)
                .directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(altered.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(altered.exitValue()).isNotZero();
        assertThat(new String(altered.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains(INVOICE + ": FAILED");
    }

    @Test
    void readme_tells_a_non_technical_recipient_what_the_bundle_holds_and_how_to_check_it_in_french_then_english() {
        String readme = unzipped().text(EvidenceBundle.README);
        int french = readme.indexOf("PAQUET DE PREUVES DU DOSSIER " + Chains.CASE);
        int english = readme.indexOf("EVIDENCE BUNDLE OF CASE " + Chains.CASE);
        assertThat(french).isZero();
        assertThat(english).isGreaterThan(french);
        String fr = readme.substring(0, english);
        String en = readme.substring(english);
        // the export time in Paris time, and the number of entries
        assertThat(fr).contains("le 20/03/2026 11:00 (heure de Paris)", "Entrées du journal : 3.");
        assertThat(en).contains("on 20/03/2026 11:00 (Paris time)", "Journal entries: 3.");
        for (String part : List.of(fr, en)) {
            assertThat(part).contains("journal.pdf", "entries/", "attachments/", ".eml", "manifest.sha256",
                    "sha256sum -c manifest.sha256", "shasum -a 256 -c manifest.sha256");
        }
        assertThat(fr).contains("Vérifier un paquet de preuves", "en-têtes", "notes de travail privées");
        assertThat(en).contains("Verify an evidence bundle", "headers", "private working notes");
        assertThat(readme).doesNotContain("{").doesNotContain("\r").endsWith("\n");
    }

    @Test
    void readme_is_listed_in_the_manifest_so_altering_or_removing_it_is_reported() {
        assertThat(unzipped().text(EvidenceBundle.MANIFEST)).contains("  " + EvidenceBundle.README + "\n");
        assertThat(problems(unzipped().put(EvidenceBundle.README, "Rien à voir ici.").zip()))
                .containsExactly(problem(ProblemKind.FILE_ALTERED, EvidenceBundle.README));
        assertThat(problems(unzipped().remove(EvidenceBundle.README).zip()))
                .containsExactly(problem(ProblemKind.FILE_MISSING, EvidenceBundle.README));
    }

    @Test
    void bundle_exported_before_the_readme_and_the_original_emails_still_verifies_intact() throws IOException {
        byte[] old;
        try (var in = EvidenceBundleTest.class.getResourceAsStream("/evidence-bundles/exported-before-readme.zip")) {
            old = in.readAllBytes();
        }
        Unzipped files = new Unzipped(old);
        assertThat(files.files).doesNotContainKey(EvidenceBundle.README);
        // entry 4, an email imported then, carries its attachment and no original .eml
        assertThat(CanonicalEntry.parse(files.text("entries/0004.txt")).entry().attachments()).singleElement()
                .satisfies(line -> assertThat(line).endsWith(" facture-12.pdf"));

        Report report = EvidenceBundle.verify(old);
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(5);
        assertThat(report.chainHead()).isEqualTo(
                "7424523dbad66dbead86da52028ee6d905a6fd6b4a330abd2393dfcf279f5f03");
        // and tampering with it is still caught
        assertThat(problems(files.put("attachments/0004-1-facture-12.pdf", "autre").zip()))
                .extracting(Problem::kind).contains(ProblemKind.FILE_ALTERED);
    }

    @Test
    void attachment_paths_keep_letters_and_digits_and_replace_the_rest() {
        assertThat(EvidenceBundle.attachmentPath(2, 1, "facture 2026-017.pdf"))
                .isEqualTo("attachments/0002-1-facture_2026-017.pdf");
        assertThat(EvidenceBundle.attachmentPath(12, 3, "../../etc/passwd")).isEqualTo("attachments/0012-3-.._.._etc_passwd");
        assertThat(EvidenceBundle.attachmentPath(1, 1, "C:\\tmp\\x.pdf")).isEqualTo("attachments/0001-1-C__tmp_x.pdf");
        assertThat(EvidenceBundle.attachmentPath(1, 1, "")).isEqualTo("attachments/0001-1-file");
        assertThat(EvidenceBundle.attachmentPath(1, 1, null)).isEqualTo("attachments/0001-1-file");
        assertThat(EvidenceBundle.attachmentPath(1, 2, "été 中文.pdf")).isEqualTo("attachments/0001-2-été_中文.pdf");
        assertThat(EvidenceBundle.entryPath(7)).isEqualTo("entries/0007.txt");
        assertThat(EvidenceBundle.entryPath(12345)).isEqualTo("entries/12345.txt");
    }

    @Test
    void two_attachments_with_the_same_name_on_one_entry_do_not_overwrite_each_other() {
        byte[] one = bytes("version 1");
        byte[] two = bytes("version 2");
        CanonicalEntry entry = Chains.withAttachments(Chains.entry(1, Digests.ZERO),
                List.of(CanonicalEntry.attachmentLine(Digests.sha256(one), "devis.pdf"),
                        CanonicalEntry.attachmentLine(Digests.sha256(two), "devis.pdf")));
        byte[] zip = EvidenceBundle.write(Chains.CASE, GENERATED_AT, PDF,
                List.of(new Item(entry, entry.hash(), List.of(one, two))));
        assertThat(new Unzipped(zip).files).containsKeys("attachments/0001-1-devis.pdf", "attachments/0001-2-devis.pdf");
        assertThat(EvidenceBundle.verify(zip).intact()).isTrue();
    }

    // --- intact bundles --------------------------------------------------------------------------------

    @Test
    void written_bundle_verifies_intact() {
        Report report = EvidenceBundle.verify(bundle);
        assertThat(report.problems()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.caseReference()).isEqualTo(Chains.CASE);
        assertThat(report.entries()).isEqualTo(3);
        assertThat(report.chainHead()).isEqualTo(head());
        assertThat(report.entryHashes()).containsExactlyElementsOf(items.stream().map(Item::hash).toList());
    }

    @Test
    void bundle_of_an_empty_journal_verifies_intact() {
        byte[] empty = EvidenceBundle.write(Chains.CASE, GENERATED_AT, PDF, List.of());
        Report report = EvidenceBundle.verify(empty);
        assertThat(report.intact()).isTrue();
        assertThat(report.entries()).isZero();
        assertThat(report.chainHead()).isEqualTo(Digests.ZERO);
        assertThat(new Unzipped(empty).text(EvidenceBundle.MANIFEST)).contains("# chain-head " + Digests.ZERO);
    }

    @Test
    void bundle_rezipped_in_another_order_with_folder_entries_is_still_intact() {
        Map<String, byte[]> reordered = new LinkedHashMap<>();
        reordered.put("attachments/", new byte[0]);
        reordered.put("entries/", new byte[0]);
        List<String> paths = new ArrayList<>(unzipped().files.keySet());
        java.util.Collections.reverse(paths);
        for (String path : paths) {
            reordered.put(path, unzipped().files.get(path));
        }
        Report report = EvidenceBundle.verify(Unzipped.zip(reordered));
        assertThat(report.problems()).isEmpty();
        assertThat(report.chainHead()).isEqualTo(head());
    }

    @Test
    void long_journal_with_more_than_9999_entries_verifies_intact() {
        List<Item> many = new ArrayList<>();
        String previous = Digests.ZERO;
        for (int sequence = 1; sequence <= 10_001; sequence++) {
            CanonicalEntry entry = Chains.entry(sequence, previous);
            previous = entry.hash();
            many.add(new Item(entry, previous, List.of()));
        }
        Report report = EvidenceBundle.verify(EvidenceBundle.write(Chains.CASE, GENERATED_AT, PDF, many));
        assertThat(report.problems()).isEmpty();
        assertThat(report.entries()).isEqualTo(10_001);
        assertThat(report.chainHead()).isEqualTo(previous);
    }

    // --- tampering ---------------------------------------------------------------------------------------

    @Test
    void altered_attachment_is_reported() {
        byte[] tampered = unzipped().put(INVOICE, "%PDF-1.4 facture 2026-017 PAYÉE").zip();
        assertThat(problems(tampered)).containsExactlyInAnyOrder(problem(ProblemKind.FILE_ALTERED, INVOICE),
                problem(ProblemKind.ATTACHMENT_ALTERED, INVOICE));
        assertThat(EvidenceBundle.verify(tampered).chainHead()).as("the chain itself still holds").isEqualTo(head());
    }

    @Test
    void altered_attachment_with_its_manifest_line_updated_is_still_reported_by_the_entry() {
        byte[] tampered = unzipped().put(SCREENSHOT, "autre capture").relist(SCREENSHOT).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.ATTACHMENT_ALTERED, SCREENSHOT));
    }

    @Test
    void altered_journal_pdf_is_reported() {
        byte[] tampered = unzipped().put(EvidenceBundle.JOURNAL_PDF, "%PDF-1.7 autre journal").zip();
        Report report = EvidenceBundle.verify(tampered);
        assertThat(report.problems()).containsExactly(problem(ProblemKind.FILE_ALTERED, EvidenceBundle.JOURNAL_PDF));
        assertThat(report.chainHead()).isEqualTo(head());
    }

    @Test
    void altered_entry_file_with_manifest_left_alone_is_reported_as_altered_and_breaking_the_chain() {
        Unzipped unzipped = unzipped();
        byte[] tampered = unzipped.put(ENTRY_2, unzipped.text(ENTRY_2).replace("impayée", "payée")).zip();
        Report report = EvidenceBundle.verify(tampered);
        assertThat(report.problems()).containsExactlyInAnyOrder(problem(ProblemKind.FILE_ALTERED, ENTRY_2),
                problem(ProblemKind.CHAIN_BROKEN, "2"));
        assertThat(report.intact()).isFalse();
        assertThat(report.chainHead()).isNull();
    }

    @Test
    void altered_entry_with_its_manifest_line_updated_still_breaks_the_chain() {
        Unzipped unzipped = unzipped();
        byte[] tampered = unzipped.put(ENTRY_2, unzipped.text(ENTRY_2).replace("impayée", "payée")).relist(ENTRY_2)
                .zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.CHAIN_BROKEN, "2"));
    }

    @Test
    void entry_rewritten_with_its_hash_recomputed_and_manifest_updated_breaks_the_chain_at_the_next_entry() {
        CanonicalEntry forged = Chains.withBody(items.get(1).entry(), "Facture réglée, rien à signaler.");
        byte[] tampered = unzipped().put(ENTRY_2, forged.toFile(forged.hash())).relist(ENTRY_2).zip();
        Report report = EvidenceBundle.verify(tampered);
        assertThat(report.problems()).containsExactly(problem(ProblemKind.CHAIN_BROKEN, "3"));
        assertThat(report.entryHashes().get(1)).isEqualTo(forged.hash());
    }

    @Test
    void last_entry_rewritten_with_its_hash_recomputed_no_longer_matches_the_chain_head_line() {
        CanonicalEntry forged = Chains.withBody(items.get(2).entry(), "Rien à signaler.");
        byte[] tampered = unzipped().put(ENTRY_3, forged.toFile(forged.hash())).relist(ENTRY_3).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.HEAD_MISMATCH, head()));
    }

    @Test
    void entry_with_an_attachment_line_rewritten_to_match_an_altered_file_breaks_the_chain() {
        byte[] fake = bytes("%PDF-1.4 facture 2026-017 PAYÉE");
        CanonicalEntry original = items.get(1).entry();
        List<String> lines = new ArrayList<>(original.attachments());
        lines.set(0, CanonicalEntry.attachmentLine(Digests.sha256(fake), "facture 2026-017.pdf"));
        CanonicalEntry forged = Chains.withAttachments(original, lines);
        byte[] tampered = unzipped().put(INVOICE, fake).relist(INVOICE)
                .put(ENTRY_2, forged.toFile(forged.hash())).relist(ENTRY_2).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.CHAIN_BROKEN, "3"));
    }

    @Test
    void removed_attachment_is_reported_missing() {
        byte[] tampered = unzipped().remove(EMAIL).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.FILE_MISSING, EMAIL));
    }

    @Test
    void removed_journal_pdf_is_reported_missing() {
        byte[] tampered = unzipped().remove(EvidenceBundle.JOURNAL_PDF).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.FILE_MISSING, EvidenceBundle.JOURNAL_PDF));
    }

    @Test
    void removed_entry_file_is_reported_missing_and_breaks_the_chain() {
        byte[] tampered = unzipped().remove(ENTRY_2).zip();
        assertThat(problems(tampered)).containsExactlyInAnyOrder(problem(ProblemKind.FILE_MISSING, ENTRY_2),
                problem(ProblemKind.CHAIN_BROKEN, "3"));
    }

    @Test
    void removed_entry_with_its_manifest_line_still_breaks_the_chain() {
        byte[] tampered = unzipped().remove(ENTRY_1).relist(ENTRY_1).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.CHAIN_BROKEN, "2"));
    }

    @Test
    void removed_last_entry_with_its_manifest_line_no_longer_matches_the_chain_head_line() {
        byte[] tampered = unzipped().remove(ENTRY_3).relist(ENTRY_3).zip();
        Report report = EvidenceBundle.verify(tampered);
        assertThat(report.problems()).containsExactly(problem(ProblemKind.HEAD_MISMATCH, head()));
        assertThat(report.entries()).isEqualTo(2);
    }

    @Test
    void added_unlisted_file_is_reported() {
        byte[] tampered = unzipped().put("attachments/0002-3-avenant.pdf", "%PDF avenant jamais signé").zip();
        assertThat(problems(tampered)).containsExactly(
                problem(ProblemKind.FILE_NOT_LISTED, "attachments/0002-3-avenant.pdf"));
    }

    @Test
    void added_files_are_reported_in_path_order() {
        byte[] tampered = unzipped().put("z.txt", "z").put("a.txt", "a").put("notes/m.txt", "m").zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.FILE_NOT_LISTED, "a.txt"),
                problem(ProblemKind.FILE_NOT_LISTED, "notes/m.txt"), problem(ProblemKind.FILE_NOT_LISTED, "z.txt"));
    }

    @Test
    void added_entry_properly_chained_but_unlisted_is_reported() {
        CanonicalEntry extra = Chains.entry(4, head());
        byte[] tampered = unzipped().put("entries/0004.txt", extra.toFile(extra.hash())).zip();
        assertThat(problems(tampered)).containsExactlyInAnyOrder(
                problem(ProblemKind.FILE_NOT_LISTED, "entries/0004.txt"), problem(ProblemKind.HEAD_MISMATCH, head()));
    }

    @Test
    void unreadable_entry_is_reported_and_breaks_the_chain() {
        byte[] tampered = unzipped().put(ENTRY_2, "ceci n'est pas une entrée").relist(ENTRY_2).zip();
        assertThat(problems(tampered)).containsExactlyInAnyOrder(problem(ProblemKind.ENTRY_UNREADABLE, ENTRY_2),
                problem(ProblemKind.CHAIN_BROKEN, "3"));
    }

    @Test
    void changed_chain_head_line_is_reported() {
        Unzipped unzipped = unzipped();
        String otherHead = "e".repeat(64);
        byte[] tampered = unzipped.put(EvidenceBundle.MANIFEST,
                unzipped.text(EvidenceBundle.MANIFEST).replace("# chain-head " + head(), "# chain-head " + otherHead))
                .zip();
        Report report = EvidenceBundle.verify(tampered);
        assertThat(report.problems()).containsExactly(problem(ProblemKind.HEAD_MISMATCH, otherHead));
        assertThat(report.chainHead()).isEqualTo(head());
    }

    @Test
    void renamed_attachment_is_reported_missing_and_unlisted() {
        Unzipped unzipped = unzipped();
        byte[] content = unzipped.files.get(INVOICE);
        byte[] tampered = unzipped.remove(INVOICE).put("attachments/0002-1-facture.pdf", content).zip();
        assertThat(problems(tampered)).containsExactlyInAnyOrder(problem(ProblemKind.FILE_MISSING, INVOICE),
                problem(ProblemKind.FILE_NOT_LISTED, "attachments/0002-1-facture.pdf"));
    }

    @Test
    void swapped_entry_files_break_the_chain() {
        Unzipped unzipped = unzipped();
        byte[] second = unzipped.files.get(ENTRY_2);
        byte[] third = unzipped.files.get(ENTRY_3);
        byte[] tampered = unzipped.put(ENTRY_2, third).put(ENTRY_3, second).relist(ENTRY_2).relist(ENTRY_3).zip();
        assertThat(problems(tampered)).extracting(Problem::kind).contains(ProblemKind.CHAIN_BROKEN);
    }

    @Test
    void manifest_line_in_another_format_leaves_its_file_unlisted() {
        Unzipped unzipped = unzipped();
        String manifest = unzipped.text(EvidenceBundle.MANIFEST);
        byte[] tampered = unzipped.put(EvidenceBundle.MANIFEST, manifest.replace("  " + INVOICE, " *" + INVOICE)).zip();
        assertThat(problems(tampered)).containsExactly(problem(ProblemKind.FILE_NOT_LISTED, INVOICE));
    }

    @Test
    void missing_manifest_is_reported() {
        Report report = EvidenceBundle.verify(unzipped().remove(EvidenceBundle.MANIFEST).zip());
        assertThat(report.problems()).containsExactly(problem(ProblemKind.MANIFEST_MISSING, EvidenceBundle.MANIFEST));
        assertThat(report.intact()).isFalse();
        assertThat(report.chainHead()).isNull();
    }

    @Test
    void zip_of_something_else_is_missing_its_manifest() {
        byte[] docx = Unzipped.zip(Map.of("[Content_Types].xml", bytes("<Types/>"), "word/document.xml", bytes("<w/>")));
        assertThat(problems(docx)).containsExactly(problem(ProblemKind.MANIFEST_MISSING, EvidenceBundle.MANIFEST));
    }

    @Test
    void upload_that_is_not_a_zip_is_not_a_bundle() {
        for (byte[] notZip : List.of(PDF, bytes("bonjour"), new byte[] {0, 1, 2, 3, 4, 5}, new byte[0],
                bytes("PK"), bytes("PK\u0005\u0006"))) {
            Report report = EvidenceBundle.verify(notZip);
            assertThat(report.problems()).as(new String(notZip, StandardCharsets.ISO_8859_1))
                    .extracting(Problem::kind).containsExactly(ProblemKind.NOT_A_BUNDLE);
            assertThat(report.intact()).isFalse();
            assertThat(report.entries()).isZero();
            assertThat(report.caseReference()).isNull();
        }
    }

    @Test
    void empty_zip_is_not_a_bundle() {
        byte[] empty = Unzipped.zip(Map.of());
        assertThat(empty).startsWith((byte) 'P', (byte) 'K');
        assertThat(problems(empty)).extracting(Problem::kind).containsExactly(ProblemKind.NOT_A_BUNDLE);
    }

    @Test
    void zip_of_empty_folders_is_not_a_bundle() {
        byte[] folders = Unzipped.zip(Map.of("entries/", new byte[0], "attachments/", new byte[0]));
        assertThat(problems(folders)).extracting(Problem::kind).containsExactly(ProblemKind.NOT_A_BUNDLE);
    }

    @Test
    void truncated_bundle_is_not_intact() {
        for (int length : new int[] {bundle.length / 3, bundle.length / 2}) {
            Report report = EvidenceBundle.verify(Arrays.copyOf(bundle, length));
            assertThat(report.intact()).as("cut at %d of %d bytes", length, bundle.length).isFalse();
        }
    }

    @Test
    void zip_with_too_many_files_is_refused_as_not_a_bundle() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i <= EvidenceBundle.MAX_FILES; i++) {
            files.put("f" + i, new byte[0]);
        }
        assertThat(problems(Unzipped.zip(files))).extracting(Problem::kind).containsExactly(ProblemKind.NOT_A_BUNDLE);
    }
}
