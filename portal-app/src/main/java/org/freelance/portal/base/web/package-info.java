/** HTTP-level plumbing that is not a view: health contributors. */
package org.freelance.portal.base.web;
