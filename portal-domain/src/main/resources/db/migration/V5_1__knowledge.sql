-- knowledge: lessons learned. The author's text (which may name people) stays with the author and the
-- community's admins; only the pseudonymised text reviewed by an admin is published.
create table kb_article (
    id                  bigint        not null auto_increment primary key,
    tenant_id           varchar(64)   not null,
    status              varchar(12)   not null,
    scope               varchar(12)   not null,
    source_case_id      bigint,
    author_id           bigint        not null,
    title               varchar(300),
    context             text,
    what_happened       mediumtext,
    what_worked         mediumtext,
    next_time           text,
    clause_categories   varchar(1000) not null default '',
    outcome             varchar(30),
    duration_months     int,
    sector              varchar(30),
    year_of_dispute     int,
    published_title          varchar(400),
    published_context        text,
    published_what_happened  mediumtext,
    published_what_worked    mediumtext,
    published_next_time      text,
    created_at          datetime(6)   not null,
    updated_at          datetime(6)   not null,
    submitted_at        datetime(6),
    published_at        datetime(6),
    version             bigint        not null default 0,
    constraint fk_kb_article_author foreign key (author_id) references user_account (id),
    constraint fk_kb_article_case foreign key (source_case_id) references dispute_case (id),
    constraint fk_kb_article_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_kb_article_tenant_status on kb_article (tenant_id, status);

-- the parties of the story, known to the pseudonymiser (from the case, or typed by the author)
create table kb_party (
    id            bigint        not null auto_increment primary key,
    tenant_id     varchar(64)   not null,
    article_id    bigint        not null,
    position      int           not null,
    role          varchar(20)   not null,
    name          varchar(200)  not null,
    organisation  boolean       not null,
    emails        text,
    phones        text,
    alias         varchar(100),
    constraint fk_kb_party_article foreign key (article_id) references kb_article (id) on delete cascade,
    constraint fk_kb_party_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- replacements proposed by the pseudonymiser or added by the reviewer, kept or undone
create table kb_replacement (
    id            bigint        not null auto_increment primary key,
    tenant_id     varchar(64)   not null,
    article_id    bigint        not null,
    field         varchar(20)   not null,
    start_offset  int           not null,
    end_offset    int           not null,
    original      varchar(1000) not null,
    replacement   varchar(300)  not null,
    kind          varchar(20)   not null,
    manual        boolean       not null,
    kept          boolean       not null,
    constraint fk_kb_replacement_article foreign key (article_id) references kb_article (id) on delete cascade,
    constraint fk_kb_replacement_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_kb_replacement_article on kb_replacement (article_id, field);

create table kb_moderation (
    id          bigint        not null auto_increment primary key,
    tenant_id   varchar(64)   not null,
    article_id  bigint        not null,
    actor_id    bigint        not null,
    action      varchar(20)   not null,
    note        text,
    at          datetime(6)   not null,
    constraint fk_kb_moderation_article foreign key (article_id) references kb_article (id) on delete cascade,
    constraint fk_kb_moderation_actor foreign key (actor_id) references user_account (id),
    constraint fk_kb_moderation_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
