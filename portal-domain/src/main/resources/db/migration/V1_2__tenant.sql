-- tenant: communities, memberships with roles, invitations, audit log.
-- Every community-owned table carries tenant_id = community.slug (Hibernate @TenantId).
create table community (
    id                bigint        not null auto_increment primary key,
    slug              varchar(40)   not null,
    name              varchar(120)  not null,
    description       varchar(2000),
    default_language  varchar(8)    not null,
    contact_email     varchar(254),
    accent_colour     char(7)       not null,
    archived_at       datetime(6),
    created_at        datetime(6)   not null,
    version           bigint        not null default 0,
    constraint uk_community_slug unique (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table membership (
    id         bigint       not null auto_increment primary key,
    tenant_id  varchar(64)  not null,
    user_id    bigint       not null,
    roles      varchar(100) not null,
    joined_at  datetime(6)  not null,
    version    bigint       not null default 0,
    constraint uk_membership_tenant_user unique (tenant_id, user_id),
    constraint fk_membership_user foreign key (user_id) references user_account (id),
    constraint fk_membership_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_membership_user on membership (user_id);

create table invitation (
    id          bigint       not null auto_increment primary key,
    tenant_id   varchar(64)  not null,
    email       varchar(254) not null,
    roles       varchar(100) not null,
    token_hash  char(64)     not null,
    invited_by  bigint       not null,
    created_at  datetime(6)  not null,
    expires_at  datetime(6)  not null,
    accepted_at datetime(6),
    revoked_at  datetime(6),
    constraint uk_invitation_token unique (token_hash),
    constraint fk_invitation_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_invitation_tenant on invitation (tenant_id, created_at);

create table audit_event (
    id             bigint       not null auto_increment primary key,
    tenant_id      varchar(64)  not null,
    type           varchar(40)  not null,
    actor_user_id  bigint,
    actor_name     varchar(120),
    actor_email    varchar(254),
    subject_email  varchar(254),
    details        varchar(500),
    occurred_at    datetime(6)  not null,
    constraint fk_audit_event_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_audit_event_tenant on audit_event (tenant_id, occurred_at);
