-- Spring Modulith's event publication registry (schema v2 for MariaDB of spring-modulith-events-jdbc
-- 2.1.1, schemas/v2/schema-mariadb.sql): one row per event and listener that must handle it after
-- commit; a row left incomplete (the listener failed: SMTP down...) is resubmitted later. Created here
-- because Flyway owns the schema (spring.modulith.events.jdbc.schema-initialization stays off).
-- Modulith queries the table in upper case: MariaDB table names are case-sensitive on Linux.
-- Differs from the jar's script only in SERIALIZED_EVENT: text instead of varchar(4000), since an
-- event carries its recipients (every expert of a large community when a case is submitted).
create table EVENT_PUBLICATION (
    ID                     varchar(36)   not null,
    LISTENER_ID            varchar(512)  not null,
    EVENT_TYPE             varchar(512)  not null,
    SERIALIZED_EVENT       text          not null,
    PUBLICATION_DATE       timestamp(6)  not null,
    COMPLETION_DATE        timestamp(6)  default null null,
    STATUS                 varchar(20),
    COMPLETION_ATTEMPTS    int,
    LAST_RESUBMISSION_DATE timestamp(6)  default null null,
    primary key (ID),
    index EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
