-- cases: dispute cases with their intake, participants, files and the append-only journal.
-- Every table is community-owned (tenant_id = community slug).
create table dispute_case (
    id                   bigint        not null auto_increment primary key,
    tenant_id            varchar(64)   not null,
    freelancer_id        bigint        not null,
    status               varchar(16)   not null,
    title                varchar(200),
    client_name          varchar(200),
    client_identifier    varchar(40),   -- as typed in a draft; normalised to 9 or 14 digits on submission
    client_address       text,
    mission_object       text,
    mission_start        date,
    mission_end          date,
    pricing              varchar(12),
    amount               decimal(12,2),
    currency             char(3)       not null,
    review_request_id    bigint,
    objectives           text,
    roles                text,
    out_of_scope         text,
    problem_category     varchar(40),
    problem_description  mediumtext,
    desired_outcome      text,
    urgency              varchar(10),
    risk_alerted         boolean       not null default false,
    created_at           datetime(6)   not null,
    updated_at           datetime(6)   not null,
    submitted_at         datetime(6),
    version              bigint        not null default 0,
    constraint fk_dispute_case_user foreign key (freelancer_id) references user_account (id),
    constraint fk_dispute_case_review foreign key (review_request_id) references review_request (id),
    constraint fk_dispute_case_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_dispute_case_tenant_status on dispute_case (tenant_id, status);
create index ix_dispute_case_tenant_freelancer on dispute_case (tenant_id, freelancer_id);

create table case_contact (
    id         bigint        not null auto_increment primary key,
    tenant_id  varchar(64)   not null,
    case_id    bigint        not null,
    position   int           not null,
    name       varchar(200),          -- may be missing in a draft; required on submission
    role       varchar(200),
    email      varchar(254),
    phone      varchar(40),
    constraint fk_case_contact_case foreign key (case_id) references dispute_case (id) on delete cascade,
    constraint fk_case_contact_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table case_vetting (
    id         bigint        not null auto_increment primary key,
    tenant_id  varchar(64)   not null,
    case_id    bigint        not null,
    item       varchar(60)   not null,
    answer     varchar(10)   not null,
    note       text,
    constraint uk_case_vetting unique (case_id, item),
    constraint fk_case_vetting_case foreign key (case_id) references dispute_case (id) on delete cascade,
    constraint fk_case_vetting_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table case_phase (
    id         bigint        not null auto_increment primary key,
    tenant_id  varchar(64)   not null,
    case_id    bigint        not null,
    position   int           not null,
    name       varchar(200)  not null,
    deadline   date,
    constraint fk_case_phase_case foreign key (case_id) references dispute_case (id) on delete cascade,
    constraint fk_case_phase_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table case_participant (
    id                bigint        not null auto_increment primary key,
    tenant_id         varchar(64)   not null,
    case_id           bigint        not null,
    user_id           bigint        not null,
    role              varchar(10)   not null,
    conflict_note     text,          -- what the taker declared about ties with the client ("none" is a declaration too)
    joined_at         datetime(6)   not null,
    constraint uk_case_participant unique (case_id, user_id),
    constraint fk_case_participant_case foreign key (case_id) references dispute_case (id),
    constraint fk_case_participant_user foreign key (user_id) references user_account (id),
    constraint fk_case_participant_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Rows are only ever inserted: corrections are new entries (corrects_sequence), and each hash covers
-- the previous hash and the canonical form of the entry, so any edit in place shows.
create table journal_entry (
    id                 bigint        not null auto_increment primary key,
    tenant_id          varchar(64)   not null,
    case_id            bigint        not null,
    sequence           int           not null,
    type               varchar(16)   not null,
    occurred_on        date,
    channel            varchar(10),
    participants       text,
    title              varchar(300),
    body               mediumtext,
    weak_signal        varchar(40),
    amount             decimal(12,2),
    currency           char(3),
    corrects_sequence  int,
    attachments        text,
    author_id          bigint        not null,
    author_name        varchar(200)  not null,
    recorded_at        datetime(6)   not null,
    previous_hash      char(64)      not null,
    hash               char(64)      not null,
    constraint uk_journal_entry unique (case_id, sequence),
    constraint fk_journal_entry_case foreign key (case_id) references dispute_case (id),
    constraint fk_journal_entry_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The contract uploaded at intake (entry_id null) and the files attached to journal entries.
create table case_file (
    id           bigint        not null auto_increment primary key,
    tenant_id    varchar(64)   not null,
    case_id      bigint        not null,
    entry_id     bigint,
    file_name    varchar(255)  not null,
    media_type   varchar(120)  not null,
    size_bytes   bigint        not null,
    sha256       char(64)      not null,
    content      longblob      not null,
    uploaded_by  bigint        not null,
    uploaded_at  datetime(6)   not null,
    constraint fk_case_file_case foreign key (case_id) references dispute_case (id),
    constraint fk_case_file_entry foreign key (entry_id) references journal_entry (id),
    constraint fk_case_file_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
