/** The knowledge base's screens: search, reading, writing and reviewing lessons learned. */
package org.freelance.portal.knowledge.ui;
