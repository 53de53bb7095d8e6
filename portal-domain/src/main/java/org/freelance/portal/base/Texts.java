package org.freelance.portal.base;

/** Small text helpers shared by services that store what users typed. */
public final class Texts {

    private Texts() {
    }

    /** Stripped, cut to {@code max} characters; null stays null and blank becomes null. */
    public static String limit(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        return stripped.length() > max ? stripped.substring(0, max) : stripped;
    }

    /**
     * Stripped; null stays null and blank becomes null; longer than {@code max} characters is refused
     * with {@code error.text.too-long} (argument: the maximum), so nothing typed is cut silently and
     * no report or search has to handle unbounded text.
     */
    public static String bounded(String value, int max) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > max) {
            throw new PortalException("error.text.too-long", max, stripped.length());
        }
        return stripped;
    }

    /** Cut to {@code max} characters, ending with an ellipsis when cut (for text the portal imports). */
    public static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end) + "…";
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
