package org.freelance.portal.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.freelance.portal.base.Digests;
import org.freelance.portal.cases.Chains.Chain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The journal's hash chain: intact, or the first entry from which nothing is proven any more. */
class JournalChainTest {

    @Test
    void intact_chain_checks_and_its_head_is_the_last_hash() {
        Chain chain = Chains.chain(5);
        JournalChain.Check check = JournalChain.verify(chain.entries(), chain.hashes());
        assertThat(check.intact()).isTrue();
        assertThat(check.firstBroken()).isNull();
        assertThat(check.entries()).isEqualTo(5);
        assertThat(check.head()).isEqualTo(chain.hashes().get(4));
    }

    @Test
    void single_entry_chain_checks() {
        Chain chain = Chains.chain(1);
        JournalChain.Check check = JournalChain.verify(chain.entries(), chain.hashes());
        assertThat(check.intact()).isTrue();
        assertThat(check.head()).isEqualTo(chain.entries().getFirst().hash());
    }

    @Test
    void empty_chain_is_intact_with_the_zero_hash_as_head() {
        JournalChain.Check check = JournalChain.verify(List.of(), List.of());
        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isZero();
        assertThat(check.head()).isEqualTo(Digests.ZERO);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void tampered_body_breaks_the_chain_at_that_entry(int tampered) {
        Chain chain = Chains.chain(5);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        entries.set(tampered - 1, Chains.withBody(entries.get(tampered - 1), "la facture a été payée"));
        JournalChain.Check check = JournalChain.verify(entries, chain.hashes());
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).isEqualTo(tampered);
        assertThat(check.head()).as("the last proven hash").isEqualTo(
                tampered == 1 ? Digests.ZERO : chain.hashes().get(tampered - 2));
    }

    @Test
    void a_single_changed_character_is_enough() {
        Chain chain = Chains.chain(3);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        String body = entries.get(1).body();
        entries.set(1, Chains.withBody(entries.get(1), body.replace("impayée", "impayee")));
        assertThat(JournalChain.verify(entries, chain.hashes()).firstBroken()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void rehashed_tampered_entry_still_breaks_the_chain_at_the_next_entry(int tampered) {
        Chain chain = Chains.chain(5);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        CanonicalEntry forged = Chains.withBody(entries.get(tampered - 1), "rien à signaler");
        entries.set(tampered - 1, forged);
        hashes.set(tampered - 1, forged.hash());
        JournalChain.Check check = JournalChain.verify(entries, hashes);
        assertThat(check.firstBroken()).isEqualTo(tampered + 1);
    }

    @Test
    void rehashing_the_last_entry_goes_unnoticed_by_the_chain_alone_but_changes_its_head() {
        Chain chain = Chains.chain(4);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        CanonicalEntry forged = Chains.withBody(entries.get(3), "rien à signaler");
        entries.set(3, forged);
        hashes.set(3, forged.hash());
        JournalChain.Check check = JournalChain.verify(entries, hashes);
        assertThat(check.intact()).isTrue();
        assertThat(check.head()).isNotEqualTo(chain.head());
    }

    @Test
    void rewriting_every_following_entry_is_what_it_takes_to_forge_and_it_changes_the_head() {
        Chain chain = Chains.chain(4);
        List<CanonicalEntry> entries = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        String previous = Digests.ZERO;
        for (CanonicalEntry original : chain.entries()) {
            CanonicalEntry entry = Chains.withPrevious(
                    original.sequence() == 2 ? Chains.withBody(original, "rien à signaler") : original, previous);
            entries.add(entry);
            previous = entry.hash();
            hashes.add(previous);
        }
        JournalChain.Check check = JournalChain.verify(entries, hashes);
        assertThat(check.intact()).isTrue();
        assertThat(check.head()).isNotEqualTo(chain.head());
        for (int i = 1; i < 4; i++) {
            assertThat(hashes.get(i)).isNotEqualTo(chain.hashes().get(i));
        }
    }

    @Test
    void stored_hash_changed_alone_breaks_at_that_entry() {
        Chain chain = Chains.chain(3);
        List<String> hashes = new ArrayList<>(chain.hashes());
        hashes.set(1, "f".repeat(64));
        assertThat(JournalChain.verify(chain.entries(), hashes).firstBroken()).isEqualTo(2);
    }

    @Test
    void a_hash_in_upper_case_is_not_the_stored_hash() {
        Chain chain = Chains.chain(2);
        List<String> hashes = new ArrayList<>(chain.hashes());
        hashes.set(0, hashes.get(0).toUpperCase());
        assertThat(JournalChain.verify(chain.entries(), hashes).firstBroken()).isEqualTo(1);
    }

    @Test
    void missing_stored_hash_breaks_at_that_entry() {
        Chain chain = Chains.chain(3);
        List<String> hashes = new ArrayList<>(chain.hashes());
        hashes.set(2, null);
        assertThat(JournalChain.verify(chain.entries(), hashes).firstBroken()).isEqualTo(3);
    }

    @Test
    void removed_entry_breaks_the_chain_where_the_gap_is() {
        Chain chain = Chains.chain(5);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        entries.remove(2);
        hashes.remove(2);
        JournalChain.Check check = JournalChain.verify(entries, hashes);
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).as("entry 4 now sits where 3 should be").isEqualTo(4);
        assertThat(check.head()).isEqualTo(chain.hashes().get(1));
        assertThat(check.entries()).isEqualTo(4);
    }

    @Test
    void removed_first_entry_breaks_at_the_start() {
        Chain chain = Chains.chain(3);
        JournalChain.Check check = JournalChain.verify(chain.entries().subList(1, 3), chain.hashes().subList(1, 3));
        assertThat(check.firstBroken()).isEqualTo(2);
        assertThat(check.head()).isEqualTo(Digests.ZERO);
    }

    @Test
    void removed_entry_with_the_rest_renumbered_still_breaks_at_the_gap() {
        Chain chain = Chains.chain(4);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        entries.remove(1);
        hashes.remove(1);
        for (int i = 1; i < entries.size(); i++) {
            CanonicalEntry renumbered = Chains.withSequence(entries.get(i), i + 1);
            entries.set(i, renumbered);
            hashes.set(i, renumbered.hash());
        }
        assertThat(JournalChain.verify(entries, hashes).firstBroken()).isEqualTo(2);
    }

    @Test
    void removed_last_entries_leave_a_shorter_intact_chain_with_an_older_head() {
        Chain chain = Chains.chain(5);
        JournalChain.Check check = JournalChain.verify(chain.entries().subList(0, 3), chain.hashes().subList(0, 3));
        assertThat(check.intact()).isTrue();
        assertThat(check.head()).isEqualTo(chain.hashes().get(2)).isNotEqualTo(chain.head());
    }

    @Test
    void swapped_entries_break_the_chain_at_the_first_one_out_of_place() {
        Chain chain = Chains.chain(5);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        Collections.swap(entries, 1, 3);
        Collections.swap(hashes, 1, 3);
        JournalChain.Check check = JournalChain.verify(entries, hashes);
        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).isEqualTo(4);
        assertThat(check.head()).isEqualTo(chain.hashes().get(0));
    }

    @Test
    void swapped_entries_with_their_sequence_numbers_swapped_too_still_break() {
        Chain chain = Chains.chain(4);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        CanonicalEntry second = entries.get(1);
        CanonicalEntry third = entries.get(2);
        entries.set(1, Chains.withSequence(third, 2));
        entries.set(2, Chains.withSequence(second, 3));
        hashes.set(1, entries.get(1).hash());
        hashes.set(2, entries.get(2).hash());
        assertThat(JournalChain.verify(entries, hashes).firstBroken()).isEqualTo(2);
    }

    @Test
    void duplicated_entry_breaks_the_chain() {
        Chain chain = Chains.chain(3);
        List<CanonicalEntry> entries = new ArrayList<>(chain.entries());
        List<String> hashes = new ArrayList<>(chain.hashes());
        entries.add(2, entries.get(1));
        hashes.add(2, hashes.get(1));
        assertThat(JournalChain.verify(entries, hashes).firstBroken()).isEqualTo(2);
    }

    @Test
    void wrong_genesis_breaks_at_the_first_entry() {
        CanonicalEntry first = Chains.entry(1, "1".repeat(64));
        CanonicalEntry second = Chains.entry(2, first.hash());
        JournalChain.Check check = JournalChain.verify(List.of(first, second), List.of(first.hash(), second.hash()));
        assertThat(check.firstBroken()).isEqualTo(1);
        assertThat(check.head()).isEqualTo(Digests.ZERO);
    }

    @Test
    void missing_genesis_breaks_at_the_first_entry() {
        CanonicalEntry first = Chains.entry(1, null);
        assertThat(JournalChain.verify(List.of(first), List.of(first.hash())).firstBroken()).isEqualTo(1);
    }

    @Test
    void chain_starting_at_another_number_than_one_breaks_at_once() {
        CanonicalEntry first = Chains.entry(2, Digests.ZERO);
        JournalChain.Check check = JournalChain.verify(List.of(first), List.of(first.hash()));
        assertThat(check.firstBroken()).isEqualTo(2);
    }

    @Test
    void entries_of_another_chain_spliced_in_break_it() {
        Chain ours = Chains.chain(3);
        List<CanonicalEntry> entries = new ArrayList<>(ours.entries());
        List<String> hashes = new ArrayList<>(ours.hashes());
        CanonicalEntry foreign = new CanonicalEntry("LIT-2026-43", 2, "NOTE", null, null, null, "autre dossier", null,
                null, null, null, null, 9L, "Bob", null, "9".repeat(64));
        entries.set(1, foreign);
        hashes.set(1, foreign.hash());
        assertThat(JournalChain.verify(entries, hashes).firstBroken()).isEqualTo(2);
    }
}
