-- identity: people across communities, their OIDC identities and password reset links
create table user_account (
    id               bigint       not null auto_increment primary key,
    email            varchar(254) not null,
    display_name     varchar(120) not null,
    password_hash    varchar(200),
    language         varchar(8),
    operator         boolean      not null default false,
    failed_sign_ins  int          not null default 0,
    locked_until     datetime(6),
    last_sign_in_at  datetime(6),
    created_at       datetime(6)  not null,
    version          bigint       not null default 0,
    constraint uk_user_account_email unique (email)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table oidc_identity (
    id         bigint       not null auto_increment primary key,
    user_id    bigint       not null,
    issuer     varchar(255) not null,
    subject    varchar(255) not null,
    linked_at  datetime(6)  not null,
    constraint uk_oidc_identity unique (issuer, subject),
    constraint fk_oidc_identity_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table password_reset_token (
    id          bigint      not null auto_increment primary key,
    user_id     bigint      not null,
    token_hash  char(64)    not null,
    expires_at  datetime(6) not null,
    used_at     datetime(6),
    constraint uk_password_reset_token unique (token_hash),
    constraint fk_password_reset_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
