package org.freelance.portal.tenant;

import java.util.List;

/** One page of audit search hits and the total number of hits. */
public record AuditPage(long total, List<AuditEntry> entries) {
}
