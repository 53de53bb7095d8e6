-- review: a requester's consent that one named member (the lead of the dispute case linked to the
-- request) reads the request's contract. Who consented and when is kept; a revocation sets revoked_at
-- and revoked_by, and a later consent is a new row, so the history stays.
create table review_contract_consent (
    id           bigint        not null auto_increment primary key,
    tenant_id    varchar(64)   not null,
    request_id   bigint        not null,
    grantee_id   bigint        not null,
    granted_by   bigint        not null,
    granted_at   datetime(6)   not null,
    revoked_by   bigint,
    revoked_at   datetime(6),
    constraint fk_review_contract_consent_request foreign key (request_id) references review_request (id),
    constraint fk_review_contract_consent_grantee foreign key (grantee_id) references user_account (id),
    constraint fk_review_contract_consent_granter foreign key (granted_by) references user_account (id),
    constraint fk_review_contract_consent_revoker foreign key (revoked_by) references user_account (id),
    constraint fk_review_contract_consent_community foreign key (tenant_id) references community (slug)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
create index ix_review_contract_consent_request on review_contract_consent (tenant_id, request_id, grantee_id);
