/** The member's notifications in the current community. */
package org.freelance.portal.notification.ui;
