/**
 * Shared Vaadin plumbing: translations, formats, error handling, navigation guards, and the pieces
 * several views use (uploads, downloads of a community's files, a note dialog, route ids). Every
 * feature's views use it: a named interface of the base module.
 */
@NamedInterface("ui")
package org.freelance.portal.base.ui;

import org.springframework.modulith.NamedInterface;
