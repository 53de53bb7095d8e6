/**
 * Shared Vaadin plumbing: translations, formats, error handling, navigation guards, and the pieces
 * several views use (uploads, downloads of a community's files, a note dialog, route ids).
 */
package org.freelance.portal.base.ui;
