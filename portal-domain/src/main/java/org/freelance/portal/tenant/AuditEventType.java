package org.freelance.portal.tenant;

/** What the community audit log records. */
public enum AuditEventType {
    SIGNED_IN,
    COMMUNITY_CREATED,
    MEMBER_INVITED,
    INVITATION_REVOKED,
    INVITATION_ACCEPTED,
    ACCOUNT_CREATED_WITH_CODE,
    ROLES_CHANGED,
    MEMBER_REMOVED
}
