package org.freelance.portal.tenant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The only reads that cross communities, in native SQL that Hibernate's tenant filter does not
 * touch. Each one is narrowed by something only the caller holds: their own user id, or a secret
 * token. Tested in the tenant isolation suite.
 */
@Component
class CrossTenantQueries {

    private final JdbcClient jdbc;

    CrossTenantQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The communities where this person is a member, archived ones included. */
    List<MyCommunity> communitiesOf(Long userId) {
        return jdbc.sql("""
                select c.slug, c.name, c.accent_colour, c.archived_at is not null as archived, m.roles
                from membership m join community c on c.slug = m.tenant_id
                where m.user_id = :userId
                order by c.name""")
                .param("userId", userId)
                .query((rs, row) -> new MyCommunity(rs.getString("slug"), rs.getString("name"),
                        rs.getString("accent_colour"), rs.getBoolean("archived"), parseRoles(rs.getString("roles"))))
                .list();
    }

    /** The community an invitation token belongs to; the token hash is a 256-bit secret. */
    Optional<String> tenantOfInvitation(String tokenHash) {
        return jdbc.sql("select tenant_id from invitation where token_hash = :hash")
                .param("hash", tokenHash)
                .query(String.class)
                .optional();
    }

    private static Set<Role> parseRoles(String roles) {
        return Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> java.util.EnumSet.noneOf(Role.class)));
    }
}
