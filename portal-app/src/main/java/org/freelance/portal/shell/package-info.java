/** The application shell: the layout around every page, the home and dashboard pages, and error pages. */
package org.freelance.portal.shell;
