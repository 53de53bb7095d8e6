/** Contract second-opinion screens: the lists, the new-request form and the request's detail. */
package org.freelance.portal.review.ui;
