-- review: contract second opinions. Every table is community-owned (tenant_id = community slug).
create table review_request (
    id                 bigint        not null auto_increment primary key,
    tenant_id          varchar(64)   not null,
    requester_id       bigint        not null,
    title              varchar(200)  not null,
    client_name        varchar(200)  not null,
    client_identifier  varchar(14),
    pricing            varchar(12)   not null,
    amount             decimal(12,2),
    currency           char(3)       not null,
    mission_start      date,
    mission_end        date,
    mission_context    text,
    share_mode         varchar(12)   not null,
    status             varchar(12)   not null,
    created_at         datetime(6)   not null,
    updated_at         datetime(6)   not null,
    version            bigint        not null default 0,
    constraint fk_review_request_user foreign key (requester_id) references user_account (id),
    constraint fk_review_request_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_review_request_tenant_requester on review_request (tenant_id, requester_id);

create table contract_version (
    id           bigint        not null auto_increment primary key,
    tenant_id    varchar(64)   not null,
    request_id   bigint        not null,
    number       int           not null,
    source       varchar(8)    not null,
    file_name    varchar(255),
    media_type   varchar(120),
    size_bytes   bigint        not null,
    sha256       char(64)      not null,
    content      longblob,
    text         longtext      not null,
    language     varchar(2)    not null,
    created_by   bigint        not null,
    created_at   datetime(6)   not null,
    constraint uk_contract_version unique (request_id, number),
    constraint fk_contract_version_request foreign key (request_id) references review_request (id),
    constraint fk_contract_version_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table review_finding (
    id            bigint        not null auto_increment primary key,
    tenant_id     varchar(64)   not null,
    request_id    bigint        not null,
    version_id    bigint        not null,
    origin        varchar(10)   not null,
    type          varchar(40),
    category      varchar(40)   not null,
    severity      varchar(10)   not null,
    clause_index  int           not null,
    start_offset  int           not null,
    end_offset    int           not null,
    quote         text,
    explanation   text,
    rewrite       text,
    author_id     bigint,
    created_at    datetime(6)   not null,
    constraint fk_review_finding_request foreign key (request_id) references review_request (id),
    constraint fk_review_finding_version foreign key (version_id) references contract_version (id),
    constraint fk_review_finding_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_review_finding_version on review_finding (version_id);

create table review_share (
    id          bigint       not null auto_increment primary key,
    tenant_id   varchar(64)  not null,
    request_id  bigint       not null,
    expert_id   bigint       not null,
    constraint uk_review_share unique (request_id, expert_id),
    constraint fk_review_share_request foreign key (request_id) references review_request (id),
    constraint fk_review_share_expert foreign key (expert_id) references user_account (id),
    constraint fk_review_share_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table expert_review (
    id            bigint       not null auto_increment primary key,
    tenant_id     varchar(64)  not null,
    request_id    bigint       not null,
    expert_id     bigint       not null,
    taken_at      datetime(6)  not null,
    verdict       varchar(12),
    summary       text,
    submitted_at  datetime(6),
    version       bigint       not null default 0,
    constraint uk_expert_review unique (request_id, expert_id),
    constraint fk_expert_review_request foreign key (request_id) references review_request (id),
    constraint fk_expert_review_expert foreign key (expert_id) references user_account (id),
    constraint fk_expert_review_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table finding_assessment (
    id          bigint       not null auto_increment primary key,
    tenant_id   varchar(64)  not null,
    finding_id  bigint       not null,
    expert_id   bigint       not null,
    decision    varchar(10)  not null,
    comment     text,
    rewrite     text,
    created_at  datetime(6)  not null,
    constraint uk_finding_assessment unique (finding_id, expert_id),
    constraint fk_finding_assessment_finding foreign key (finding_id) references review_finding (id),
    constraint fk_finding_assessment_expert foreign key (expert_id) references user_account (id),
    constraint fk_finding_assessment_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table clause_comment (
    id            bigint       not null auto_increment primary key,
    tenant_id     varchar(64)  not null,
    request_id    bigint       not null,
    version_id    bigint       not null,
    clause_index  int          not null,
    author_id     bigint       not null,
    body          text         not null,
    created_at    datetime(6)  not null,
    constraint fk_clause_comment_request foreign key (request_id) references review_request (id),
    constraint fk_clause_comment_version foreign key (version_id) references contract_version (id),
    constraint fk_clause_comment_author foreign key (author_id) references user_account (id),
    constraint fk_clause_comment_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_clause_comment_request on clause_comment (request_id, clause_index, created_at);

create table negotiation_point (
    id          bigint        not null auto_increment primary key,
    tenant_id   varchar(64)   not null,
    request_id  bigint        not null,
    point_key   varchar(120)  not null,
    category    varchar(40)   not null,
    severity    varchar(10)   not null,
    status      varchar(10)   not null,
    note        text,
    updated_at  datetime(6)   not null,
    version     bigint        not null default 0,
    constraint uk_negotiation_point unique (request_id, point_key),
    constraint fk_negotiation_point_request foreign key (request_id) references review_request (id),
    constraint fk_negotiation_point_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table notification (
    id           bigint        not null auto_increment primary key,
    tenant_id    varchar(64)   not null,
    user_id      bigint        not null,
    message_key  varchar(80)   not null,
    arguments    varchar(1000),
    link         varchar(300),
    created_at   datetime(6)   not null,
    read_at      datetime(6),
    constraint fk_notification_user foreign key (user_id) references user_account (id),
    constraint fk_notification_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_notification_user on notification (user_id, read_at, created_at);
