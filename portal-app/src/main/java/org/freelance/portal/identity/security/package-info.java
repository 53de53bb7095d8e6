/** Spring Security for the portal: local accounts with throttling, OIDC providers, and the principal services read. */
package org.freelance.portal.identity.security;
