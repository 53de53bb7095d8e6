/**
 * In-portal notifications of a community member, and their mail copy when SMTP is configured: the
 * only feature that knows about them. It listens to the other features' events after their commit
 * and stores what each notification is about as a typed target, never a route.
 */
package org.freelance.portal.notification;
