package org.freelance.portal.knowledge.pseudonym;

import java.util.List;

/** A text after pseudonymisation: the result, the original, and every replacement made (in text order). */
public record PseudonymisedText(String original, String text, List<Replacement> replacements) {

    public PseudonymisedText {
        replacements = List.copyOf(replacements);
    }
}
