-- cases: the private working notes of a case's lead and supporters. Never shown to the freelancer or
-- to community admins, never part of the hash-chained journal or of an evidence bundle. Rows are only
-- ever inserted (append-only, like the journal, but outside it).
create table case_private_note (
    id           bigint        not null auto_increment primary key,
    tenant_id    varchar(64)   not null,
    case_id      bigint        not null,
    author_id    bigint        not null,
    author_name  varchar(200)  not null,
    body         text          not null,
    written_at   datetime(6)   not null,
    constraint fk_case_private_note_case foreign key (case_id) references dispute_case (id),
    constraint fk_case_private_note_author foreign key (author_id) references user_account (id),
    constraint fk_case_private_note_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_case_private_note_case on case_private_note (tenant_id, case_id);
