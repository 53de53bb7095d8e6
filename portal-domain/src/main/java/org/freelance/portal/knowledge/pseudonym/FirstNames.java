package org.freelance.portal.knowledge.pseudonym;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.freelance.portal.base.Folding;

/** The shipped first-name lists, folded: the hand-made one and the wider one taken from faker.js's locales. */
final class FirstNames {

    static final Set<String> ALL = union(loadWords("/knowledge/first-names.txt"),
            loadWords("/knowledge/first-names-world.txt"));
    /** First names that are also ordinary words ("mark", "grace", "hope"): read as words where a sentence reads on. */
    static final Set<String> COMMON_WORDS = loadWords("/knowledge/first-names-common-words.txt");

    private FirstNames() {
    }

    /** A first name of the lists, or two joined by a hyphen ("jean-pierre"), unless it is a word known not to be a name. */
    static boolean isFirstName(String foldedWord) {
        if (Patterns.NOT_NAMES.contains(foldedWord)) {
            return false;
        }
        if (ALL.contains(foldedWord)) {
            return true;
        }
        int dash = foldedWord.indexOf('-');
        return dash > 0 && ALL.contains(foldedWord.substring(0, dash))
                && ALL.contains(foldedWord.substring(dash + 1));
    }

    private static Set<String> loadWords(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = FirstNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(Folding.fold(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(names);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
