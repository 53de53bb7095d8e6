/** Shared plumbing: tenancy binding, embedded database, clock, mail gateway and keyed errors. */
package org.freelance.portal.base;
