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

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
