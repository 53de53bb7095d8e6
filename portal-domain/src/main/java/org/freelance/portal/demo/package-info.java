/** Demo data seeded on the first start of the embedded database so a newcomer can click through. */
package org.freelance.portal.demo;
