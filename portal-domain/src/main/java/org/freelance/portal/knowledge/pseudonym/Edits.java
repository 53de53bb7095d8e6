package org.freelance.portal.knowledge.pseudonym;

/** Whether two words differ by at most one edit (insertion, deletion, substitution or swap of neighbours). */
final class Edits {

    private Edits() {
    }

    static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            // substitution, or two neighbours swapped
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }
}
