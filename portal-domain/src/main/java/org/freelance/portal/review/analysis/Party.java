package org.freelance.portal.review.analysis;

/** Who a clause gives a right to or puts an obligation on. */
enum Party {
    CLIENT,
    /** The freelancer. */
    PROVIDER,
    EITHER;

    /** The client for the provider and the provider for the client; either party stays either. */
    Party other() {
        return switch (this) {
            case CLIENT -> PROVIDER;
            case PROVIDER -> CLIENT;
            case EITHER -> EITHER;
        };
    }
}
