/** Communities as tenants: memberships and roles, invitations, the community audit log. */
package org.freelance.portal.tenant;
