package org.freelance.portal.review.analysis;

import java.util.Set;

/**
 * One article or clause: its number and heading as written, its character offsets in the contract
 * text ({@code start} inclusive, {@code end} exclusive) and the categories found in it.
 */
public record Clause(int index, String number, String heading, int start, int end, Set<ClauseCategory> categories) {
}
