package org.freelance.portal.tenant;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The members of the current community by user id, read once per operation: services name authors,
 * leads and experts from it and find peers by role without one query per name.
 */
public final class MemberDirectory {

    /** What a person no longer in the community (or never in it) is shown as. */
    public static final String UNKNOWN = "—";

    private final Map<Long, MemberSummary> byUserId;

    MemberDirectory(List<MemberSummary> members) {
        Map<Long, MemberSummary> map = new LinkedHashMap<>();
        members.forEach(m -> map.put(m.userId(), m));
        this.byUserId = Collections.unmodifiableMap(map);
    }

    /** The member, or null when the user is not a member of this community. */
    public MemberSummary get(Long userId) {
        return userId == null ? null : byUserId.get(userId);
    }

    /** Whether the user is a member of this community. */
    public boolean has(Long userId) {
        return get(userId) != null;
    }

    /** The member's display name, or {@link #UNKNOWN}. */
    public String nameOf(Long userId) {
        MemberSummary member = get(userId);
        return member == null ? UNKNOWN : member.displayName();
    }

    /** Every member, by display name. */
    public Collection<MemberSummary> members() {
        return byUserId.values();
    }

    /** The user ids of the members holding the role. */
    public List<Long> withRole(Role role) {
        return byUserId.values().stream().filter(m -> m.hasRole(role)).map(MemberSummary::userId).toList();
    }
}
