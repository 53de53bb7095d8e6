-- notification: a notification points at what it is about (a typed target) instead of a portal route;
-- only the web application turns a target into a route. Existing links are converted; a link of
-- another shape (a community's home) becomes no target, which opens the community's home as before.
alter table notification add column target_type varchar(30) after arguments;
alter table notification add column target_id bigint after target_type;
-- when the mail copy went out: a retried delivery never mails twice
alter table notification add column mailed_at datetime(6) after read_at;

update notification set target_type = 'CASE_QUEUE'
    where link regexp '^c/[^/]+/cases/queue$';
update notification set target_type = 'CASE', target_id = cast(substring_index(link, '/', -1) as unsigned)
    where link regexp '^c/[^/]+/cases/[0-9]+$';
update notification set target_type = 'REVIEW_REQUEST', target_id = cast(substring_index(link, '/', -1) as unsigned)
    where link regexp '^c/[^/]+/reviews/[0-9]+$';
update notification set target_type = 'ARTICLE_MODERATION', target_id = cast(substring_index(link, '/', -1) as unsigned)
    where link regexp '^c/[^/]+/knowledge/review/[0-9]+$';
update notification set target_type = 'ARTICLE_DRAFT', target_id = cast(substring_index(link, '/', -1) as unsigned)
    where link regexp '^c/[^/]+/knowledge/edit/[0-9]+$';
update notification set target_type = 'ARTICLE', target_id = cast(substring_index(link, '/', -1) as unsigned)
    where link regexp '^c/[^/]+/knowledge/[0-9]+$';
alter table notification drop column link;

-- tenant: an invitation's mail now goes after commit; whether it went (or failed, and is retried) is
-- recorded so the admin's list tells the truth. Invitations marked mailed before were mailed then.
alter table invitation add column mail_sent_at datetime(6) after mailed;
alter table invitation add column mail_failed_at datetime(6) after mail_sent_at;
update invitation set mail_sent_at = created_at where mailed;
