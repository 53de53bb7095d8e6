/** Sign-in, password reset and profile screens. */
package org.freelance.portal.identity.ui;
