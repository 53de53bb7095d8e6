package org.freelance.portal.review;

/** A contract as the member gives it: an uploaded file (bytes and its name) or pasted text. */
public record ContractInput(byte[] content, String fileName, String pastedText) {

    public static ContractInput upload(byte[] content, String fileName) {
        return new ContractInput(content, fileName, null);
    }

    public static ContractInput paste(String text) {
        return new ContractInput(null, null, text);
    }

    public boolean isUpload() {
        return content != null;
    }
}
