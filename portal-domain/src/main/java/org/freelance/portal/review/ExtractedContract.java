package org.freelance.portal.review;

/** The text of an uploaded contract, the type sniffed from its bytes, and the bytes' SHA-256 (hex). */
public record ExtractedContract(String text, String mediaType, String sha256, long size) {
}
