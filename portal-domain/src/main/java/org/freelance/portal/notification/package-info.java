/** In-portal notifications of a community member (and the mail copy when SMTP is configured). */
package org.freelance.portal.notification;
