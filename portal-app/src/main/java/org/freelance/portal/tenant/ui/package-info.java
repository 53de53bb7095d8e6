/** Community screens: dashboard data, members and invitations, audit log, operator's communities, and the UI's current community. */
package org.freelance.portal.tenant.ui;
