package org.freelance.portal.knowledge.pseudonym;

import java.util.List;

/**
 * Replaces identifying data in the texts of one article, consistently: the same person or company
 * gets the same pseudonym in every field of the article. Use one {@link Session} per article.
 */
public final class Pseudonymiser {

    public Session session(List<KnownParty> parties) {
        throw new UnsupportedOperationException("being written");
    }

    /** The pseudonymisation state of one article. */
    public interface Session {

        /** Finds and replaces identifying data in one text of the article. */
        PseudonymisedText apply(String text);
    }
}
