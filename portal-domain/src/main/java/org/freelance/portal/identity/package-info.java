/** People: accounts, local passwords with throttling, OIDC identities, profiles and password resets. */
package org.freelance.portal.identity;
