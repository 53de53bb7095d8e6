package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.freelance.portal.base.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The exact form a journal entry is hashed in: stable, escaped, and readable back from a bundle. */
class CanonicalEntryTest {

    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);

    static CanonicalEntry full() {
        return new CanonicalEntry("LIT-2026-42", 3, "EXCHANGE", LocalDate.of(2026, 3, 4), "EMAIL", "Alice, Bob",
                "Relance", "Ligne 1\nLigne 2 \\ fin", "LATE_PAYMENT", "1250.00 EUR", 2,
                List.of(SHA_A + " contrat signé.pdf", SHA_B + " capture.png"), 7L, "Alice Martin",
                Instant.parse("2026-03-10T09:15:30.123456Z"), Digests.ZERO);
    }

    static CanonicalEntry bare() {
        return new CanonicalEntry(null, 1, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    // --- the canonical form ----------------------------------------------------------------------

    @Test
    void canonical_form_is_one_escaped_line_per_field_in_a_fixed_order() {
        assertThat(full().canonical()).isEqualTo("""
                format=portal-journal-entry/1
                case=LIT-2026-42
                sequence=3
                type=EXCHANGE
                occurred-on=2026-03-04
                channel=EMAIL
                participants=Alice, Bob
                title=Relance
                body=Ligne 1\\nLigne 2 \\\\ fin
                signal=LATE_PAYMENT
                amount=1250.00 EUR
                corrects=2
                attachments=%s contrat signé.pdf\\n%s capture.png
                author-id=7
                author=Alice Martin
                recorded-at=2026-03-10T09:15:30.123456Z
                previous=%s
                """.formatted(SHA_A, SHA_B, Digests.ZERO));
    }

    @Test
    void hash_is_sha256_of_the_previous_hash_a_line_feed_and_the_canonical_form_in_utf8() throws Exception {
        CanonicalEntry entry = full();
        assertThat(entry.hash()).isEqualTo(sha256(Digests.ZERO + "\n" + entry.canonical())).hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void absent_fields_are_empty_lines_and_the_format_still_holds() {
        assertThat(bare().canonical()).isEqualTo("""
                format=portal-journal-entry/1
                case=
                sequence=1
                type=
                occurred-on=
                channel=
                participants=
                title=
                body=
                signal=
                amount=
                corrects=
                attachments=
                author-id=
                author=
                recorded-at=
                previous=
                """);
        assertThat(bare().hash()).hasSize(64);
    }

    @Test
    void same_fields_give_the_same_bytes_and_hash() {
        assertThat(full().canonical()).isEqualTo(full().canonical());
        assertThat(full().hash()).isEqualTo(full().hash());
        assertThat(full()).isEqualTo(full());
        assertThat(Chains.entry(5, SHA_A).hash()).isEqualTo(Chains.entry(5, SHA_A).hash());
    }

    @Test
    void hash_does_not_depend_on_the_kind_of_list_holding_the_attachments() {
        CanonicalEntry fromArrayList = Chains.withAttachments(full(), new ArrayList<>(full().attachments()));
        assertThat(fromArrayList.hash()).isEqualTo(full().hash());
    }

    @Test
    void attachments_are_copied_so_the_caller_cannot_change_a_hashed_entry() {
        List<String> lines = new ArrayList<>(List.of(SHA_A + " a.pdf"));
        CanonicalEntry entry = Chains.withAttachments(full(), lines);
        String hash = entry.hash();
        lines.add(SHA_B + " b.pdf");
        assertThat(entry.attachments()).containsExactly(SHA_A + " a.pdf");
        assertThat(entry.hash()).isEqualTo(hash);
        assertThatThrownBy(() -> entry.attachments().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void no_attachments_and_null_attachments_are_the_same() {
        assertThat(Chains.withAttachments(full(), null).attachments()).isEmpty();
        assertThat(Chains.withAttachments(full(), null).hash()).isEqualTo(Chains.withAttachments(full(), List.of()).hash());
    }

    /** Every record component, changed to another value (and, when nullable, to null). */
    static Stream<Arguments> everyFieldChanged() throws Exception {
        List<Arguments> changes = new ArrayList<>();
        RecordComponent[] components = CanonicalEntry.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            for (Object changed : otherValues(components[i].getAccessor().invoke(full()))) {
                if (changed == null && components[i].getType().isPrimitive()) {
                    continue;
                }
                Object[] values = new Object[components.length];
                for (int k = 0; k < components.length; k++) {
                    values[k] = components[k].getAccessor().invoke(full());
                }
                values[i] = changed;
                CanonicalEntry entry = CanonicalEntry.class.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
                        .newInstance(values);
                changes.add(Arguments.of(components[i].getName() + " = " + changed, entry));
            }
        }
        return changes.stream();
    }

    private static List<Object> otherValues(Object value) {
        return switch (value) {
            case String s -> Arrays.asList(s + "x", s.substring(1), s + " ", " " + s, "", null);
            case Integer n -> Arrays.asList(n + 1, n - 1, null);
            case Long n -> Arrays.asList(n + 1, null);
            case LocalDate d -> Arrays.asList(d.plusDays(1), d.minusYears(1), null);
            case Instant t -> Arrays.asList(t.plusNanos(1000), t.plusSeconds(3600), null);
            case List<?> l -> Arrays.asList(List.of(l.get(1), l.get(0)), List.of(l.get(0)), List.of(), List.of(l.get(0), l.get(1), SHA_A + " c.pdf"));
            default -> throw new IllegalStateException("no change written for " + value.getClass());
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFieldChanged")
    void changing_any_field_changes_the_canonical_form_and_the_hash(String change, CanonicalEntry changed) {
        assertThat(changed.canonical()).isNotEqualTo(full().canonical());
        assertThat(changed.hash()).isNotEqualTo(full().hash());
    }

    @Test
    void every_field_of_the_record_has_its_line_besides_the_format_line() {
        assertThat(full().canonical().lines().count())
                .isEqualTo(CanonicalEntry.class.getRecordComponents().length + 1);
    }

    @Test
    void a_changed_field_cannot_be_compensated_by_shifting_text_into_a_neighbouring_field() {
        CanonicalEntry a = new CanonicalEntry("C", 1, "NOTE", null, null, null, "ab", "c", null, null, null, null,
                null, null, null, Digests.ZERO);
        CanonicalEntry b = new CanonicalEntry("C", 1, "NOTE", null, null, null, "a", "bc", null, null, null, null,
                null, null, null, Digests.ZERO);
        CanonicalEntry c = new CanonicalEntry("C", 1, "NOTE", null, null, null, "ab\nbody=c", null, null, null, null,
                null, null, null, null, Digests.ZERO);
        assertThat(a.hash()).isNotEqualTo(b.hash()).isNotEqualTo(c.hash());
        assertThat(b.hash()).isNotEqualTo(c.hash());
    }

    // --- escaping ----------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"plain", "line 1\nline 2", "windows\r\nline", "\n", "\r", "\\", "\\\\", "\\n literally",
            "C:\\new\\rapport.pdf", "ends with a backslash \\", "a=b", "=", "==x==", "hash=0123abcd",
            "été – n° 12 € 😀 中文", "trailing spaces   ", "   leading", "\t tab", "\u2028 line separator",
            "\\\n\\r", ""})
    void escaping_round_trips(String value) {
        String escaped = CanonicalEntry.escape(value);
        assertThat(escaped).doesNotContain("\n").doesNotContain("\r");
        assertThat(CanonicalEntry.unescape(escaped)).isEqualTo(value);
    }

    @Test
    void escaping_writes_backslash_escapes_only_for_backslash_line_feed_and_carriage_return() {
        assertThat(CanonicalEntry.escape("a\\b\nc\rd=e\tf")).isEqualTo("a\\\\b\\nc\\rd=e\tf");
    }

    @Test
    void null_and_empty_both_escape_to_nothing() {
        assertThat(CanonicalEntry.escape(null)).isEmpty();
        assertThat(CanonicalEntry.escape("")).isEmpty();
    }

    @Test
    void unescaping_keeps_a_lone_trailing_backslash_and_unknown_escapes_as_the_character() {
        assertThat(CanonicalEntry.unescape("end\\")).isEqualTo("end\\");
        assertThat(CanonicalEntry.unescape("\\t\\=\\x")).isEqualTo("t=x");
    }

    @Test
    void a_value_cannot_smuggle_in_another_field() {
        CanonicalEntry sneaky = Chains.withBody(full(), "fine\nsignal=KEY_CONTACTS_UNREACHABLE\nhash=" + SHA_B);
        CanonicalEntry.Stored read = CanonicalEntry.parse(sneaky.toFile(sneaky.hash()));
        assertThat(read.entry().signal()).isEqualTo("LATE_PAYMENT");
        assertThat(read.entry().body()).isEqualTo("fine\nsignal=KEY_CONTACTS_UNREACHABLE\nhash=" + SHA_B);
        assertThat(read.claimedHash()).isEqualTo(sneaky.hash());
    }

    // --- the bundle file ---------------------------------------------------------------------------

    @Test
    void bundle_file_is_the_canonical_form_followed_by_the_hash_line() {
        CanonicalEntry entry = full();
        assertThat(entry.toFile(entry.hash())).isEqualTo(entry.canonical() + "hash=" + entry.hash() + "\n");
    }

    @Test
    void written_entry_reads_back_as_the_same_entry_and_hash() {
        CanonicalEntry entry = full();
        CanonicalEntry.Stored read = CanonicalEntry.parse(entry.toFile(entry.hash()));
        assertThat(read.entry()).isEqualTo(entry);
        assertThat(read.claimedHash()).isEqualTo(entry.hash());
        assertThat(read.entry().hash()).isEqualTo(entry.hash());
        assertThat(read.entry().toFile(read.claimedHash())).isEqualTo(entry.toFile(entry.hash()));
    }

    @Test
    void an_entry_without_optional_fields_reads_back_as_the_same_entry() {
        CanonicalEntry entry = bare();
        CanonicalEntry.Stored read = CanonicalEntry.parse(entry.toFile(entry.hash()));
        assertThat(read.entry()).isEqualTo(entry);
        assertThat(read.entry().attachments()).isEmpty();
        assertThat(read.entry().hash()).isEqualTo(entry.hash());
    }

    @Test
    void empty_fields_read_back_as_absent_and_keep_the_hash() {
        CanonicalEntry empty = new CanonicalEntry("", 1, "", null, "", "", "", "", "", "", null, List.of(), null, "",
                null, Digests.ZERO);
        CanonicalEntry.Stored read = CanonicalEntry.parse(empty.toFile(empty.hash()));
        assertThat(read.entry()).isEqualTo(Chains.withPrevious(bare(), Digests.ZERO));
        assertThat(read.entry().hash()).isEqualTo(empty.hash());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ligne 1\nLigne 2", "a = b == c", "C:\\dossier\\new.pdf", "fin \\", "\r\n\r\n",
            "Relance facture n° 12 – été 😀", "   espaces   ", "hash=deadbeef", "\n\nformat=portal-journal-entry/2"})
    void tricky_text_in_every_text_field_reads_back_unchanged(String text) {
        CanonicalEntry entry = new CanonicalEntry(text, 2, text, null, text, text, text, text, text, text, null,
                List.of(SHA_A + " " + text.replace('\n', ' ')), 1L, text, null, text);
        CanonicalEntry.Stored read = CanonicalEntry.parse(entry.toFile(entry.hash()));
        assertThat(read.entry()).isEqualTo(entry);
        assertThat(read.entry().hash()).isEqualTo(entry.hash());
    }

    @Test
    void several_attachments_read_back_in_order() {
        CanonicalEntry entry = Chains.withAttachments(full(),
                List.of(SHA_B + " z.pdf", SHA_A + " a b c.png", SHA_A + " a.pdf"));
        assertThat(CanonicalEntry.parse(entry.toFile(entry.hash())).entry().attachments())
                .containsExactly(SHA_B + " z.pdf", SHA_A + " a b c.png", SHA_A + " a.pdf");
    }

    @Test
    void extreme_numbers_and_dates_read_back() {
        CanonicalEntry entry = new CanonicalEntry("C", Integer.MAX_VALUE, "NOTE", LocalDate.of(1, 1, 1), null, null,
                null, null, null, null, Integer.MIN_VALUE, null, Long.MIN_VALUE, null, Instant.EPOCH, Digests.ZERO);
        assertThat(CanonicalEntry.parse(entry.toFile(entry.hash())).entry()).isEqualTo(entry);
    }

    @Test
    void file_without_hash_line_reads_with_no_claimed_hash() {
        assertThat(CanonicalEntry.parse(full().canonical()).claimedHash()).isNull();
        assertThat(CanonicalEntry.parse(full().canonical()).entry()).isEqualTo(full());
    }

    @Test
    void blank_lines_and_unknown_fields_are_ignored() {
        String file = "\n\n" + full().toFile("h").replace("title=", "x-extra=1\ntitle=") + "\n\n";
        CanonicalEntry.Stored read = CanonicalEntry.parse(file);
        assertThat(read.entry()).isEqualTo(full());
        assertThat(read.claimedHash()).isEqualTo("h");
    }

    @Test
    void fields_may_come_in_any_order() {
        List<String> lines = new ArrayList<>(full().toFile("h").lines().toList());
        java.util.Collections.reverse(lines);
        assertThat(CanonicalEntry.parse(String.join("\n", lines)).entry()).isEqualTo(full());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "hello", "not a bundle entry at all", "=value",
            "%PDF-1.7 binary", "format=portal-journal-entry/2\nsequence=1",
            "format=portal-journal-entry/1 \nsequence=1", "FORMAT=portal-journal-entry/1\nsequence=1",
            "sequence=1\ntitle=no format line"})
    void garbage_and_unknown_formats_are_refused(String file) {
        assertThatThrownBy(() -> CanonicalEntry.parse(file)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_line_without_a_key_is_refused() {
        String file = full().toFile("h").replace("title=Relance\n", "title=Relance\n=orphan\n");
        assertThatThrownBy(() -> CanonicalEntry.parse(file)).isInstanceOf(IllegalArgumentException.class);
        String noEquals = full().toFile("h").replace("title=Relance\n", "title=Relance\njust text\n");
        assertThatThrownBy(() -> CanonicalEntry.parse(noEquals)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windows_line_ends_are_not_read_as_the_same_entry() {
        String crlf = full().toFile(full().hash()).replace("\n", "\r\n");
        assertThatThrownBy(() -> CanonicalEntry.parse(crlf)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequence=3|sequence=three", "sequence=3|sequence=", "sequence=3|sequence=3.0",
            "sequence=3|sequence=99999999999", "occurred-on=2026-03-04|occurred-on=04/03/2026",
            "occurred-on=2026-03-04|occurred-on=2026-02-30", "corrects=2|corrects=two",
            "author-id=7|author-id=0x7", "recorded-at=2026-03-10T09:15:30.123456Z|recorded-at=2026-03-10 09:15",
            "recorded-at=2026-03-10T09:15:30.123456Z|recorded-at=yesterday"})
    void bad_numbers_and_dates_are_refused(String replacement) {
        String[] fromTo = replacement.split("\\|", -1);
        String file = full().toFile(full().hash());
        assertThat(file).contains(fromTo[0] + "\n");
        String broken = file.replace(fromTo[0] + "\n", fromTo[1] + "\n");
        assertThatThrownBy(() -> CanonicalEntry.parse(broken)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_missing_sequence_is_refused() {
        String file = full().toFile(full().hash()).replace("sequence=3\n", "");
        assertThatThrownBy(() -> CanonicalEntry.parse(file)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- attachment lines --------------------------------------------------------------------------

    @Test
    void attachment_line_is_the_hash_a_space_and_the_name_on_one_line() {
        assertThat(CanonicalEntry.attachmentLine(SHA_A, "facture 12.pdf")).isEqualTo(SHA_A + " facture 12.pdf");
        assertThat(CanonicalEntry.attachmentLine(SHA_A, "deux\nlignes.pdf")).isEqualTo(SHA_A + " deux lignes.pdf");
    }

    @Test
    void attachment_parts_split_at_the_first_space_and_keep_spaces_in_names() {
        CanonicalEntry entry = Chains.withAttachments(full(),
                List.of(SHA_A + " facture 12 (copie).pdf", SHA_B + " ", "nospace"));
        List<String[]> parts = CanonicalEntry.attachmentParts(entry);
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0)).containsExactly(SHA_A, "facture 12 (copie).pdf");
        assertThat(parts.get(1)).containsExactly(SHA_B, "");
        assertThat(parts.get(2)).containsExactly("nospace", "");
        assertThat(CanonicalEntry.attachmentParts(bare())).isEmpty();
    }
}
