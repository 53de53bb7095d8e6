/**
 * Shared Vaadin plumbing: translations, formats, error handling and navigation guards. Every feature's
 * views use it: a named interface of the base module.
 */
@NamedInterface("ui")
package org.freelance.portal.base.ui;

import org.springframework.modulith.NamedInterface;
