/**
 * The knowledge base of past disputes: lessons learned drafted from closed cases or from scratch,
 * pseudonymised, reviewed and published by community admins, and searched by members.
 */
package org.freelance.portal.knowledge;
