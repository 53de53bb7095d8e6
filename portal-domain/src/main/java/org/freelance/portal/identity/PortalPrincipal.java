package org.freelance.portal.identity;

/** What the security layer's principal exposes to services: who is signed in. */
public interface PortalPrincipal {

    Long userId();

    String email();
}
