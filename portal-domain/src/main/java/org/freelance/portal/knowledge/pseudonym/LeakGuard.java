package org.freelance.portal.knowledge.pseudonym;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.freelance.portal.base.Folding;

/**
 * Blocks publication while a known party is still recognisable in a text: any variant the
 * pseudonymiser knows (names, initials, email local parts), their emails and phone numbers, and
 * words one edit away from a party's distinctive words.
 */
public final class LeakGuard {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]{3,}");

    public List<Leak> find(String text, List<KnownParty> parties) {
        List<Leak> leaks = new ArrayList<>();
        if (text == null || text.isEmpty() || parties == null) {
            return leaks;
        }
        String folded = Folding.fold(text);
        String lower = text.toLowerCase(Locale.ROOT);
        String digits = text.replaceAll("\\D", "");
        for (KnownParty party : parties) {
            if (party == null || party.name() == null || party.name().isBlank()) {
                continue;
            }
            PartyVariants matcher = new PartyVariants(party);
            matcher.variants.forEach((variant, how) -> {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(variant) + "(?![\\p{L}\\p{N}])")
                        .matcher(folded);
                while (m.find()) {
                    if (!how.fits(text, m.start(), m.end())) {
                        continue;
                    }
                    leaks.add(new Leak(m.start(), m.end(), text.substring(m.start(), m.end()), party));
                }
            });
            for (String email : matcher.emails) {
                int at = lower.indexOf(email);
                if (at >= 0) {
                    leaks.add(new Leak(at, at + email.length(), text.substring(at, at + email.length()), party));
                }
            }
            for (String phone : matcher.phones) {
                String national = phone.startsWith("0") ? phone.substring(1) : phone;
                if (national.length() >= 8 && digits.contains(national)) {
                    leaks.add(new Leak(0, 0, phone, party));
                }
            }
            Matcher words = WORD.matcher(text);
            while (words.find()) {
                String word = folded.substring(words.start(), words.end());
                if (matcher.fuzzyWords.stream().anyMatch(w -> Edits.withinOne(w, word))) {
                    leaks.add(new Leak(words.start(), words.end(), words.group(), party));
                }
            }
        }
        leaks.sort(Comparator.comparingInt(Leak::start));
        return dedupe(leaks);
    }

    private static List<Leak> dedupe(List<Leak> leaks) {
        List<Leak> out = new ArrayList<>();
        for (Leak leak : leaks) {
            boolean covered = out.stream().anyMatch(l -> l.party() == leak.party() && l.start() <= leak.start()
                    && l.end() >= leak.end() && leak.end() > 0);
            if (!covered) {
                out.removeIf(l -> l.party() == leak.party() && leak.start() <= l.start() && leak.end() >= l.end()
                        && l.end() > 0);
                out.add(leak);
            }
        }
        return out;
    }
}
