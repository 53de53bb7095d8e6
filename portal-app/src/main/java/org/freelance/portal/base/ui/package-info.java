/** Shared Vaadin plumbing: translations, formats, error handling and navigation guards. */
package org.freelance.portal.base.ui;
