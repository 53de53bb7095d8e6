-- knowledge: the shared catalogue, read by every community. A published article shared by its
-- community is copied here (pseudonymised text only); the rows belong to the catalogue's own tenant,
-- so the same tenancy mechanism scopes them, and retiring the article removes its copy.
create table kb_catalogue_entry (
    id                 bigint        not null auto_increment primary key,
    tenant_id          varchar(64)   not null,
    source_community   varchar(64)   not null,
    source_article_id  bigint        not null,
    title              varchar(400),
    context            text,
    what_happened      mediumtext,
    what_worked        mediumtext,
    next_time          text,
    clause_categories  varchar(1000) not null default '',
    outcome            varchar(30),
    duration_months    int,
    sector             varchar(30),
    year_of_dispute    int,
    published_at       datetime(6)   not null,
    constraint uk_kb_catalogue_source unique (source_community, source_article_id),
    constraint fk_kb_catalogue_source foreign key (source_community) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
