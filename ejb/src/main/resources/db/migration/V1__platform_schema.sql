-- RAS platform schema. Runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL 15.
create sequence ras_seq start with 1000 increment by 50;

create table regional_office (
    code                        varchar(32)  primary key,
    name_ja                     varchar(100) not null,
    name_en                     varchar(100) not null,
    receipt_char                varchar(2)   not null,
    accepts_usage_applications  boolean      not null,
    jurisdiction                varchar(400) not null
);

create table organisation (
    id                bigint       primary key,
    name              varchar(200) not null,
    corporate_number  varchar(13),
    prefecture        varchar(20)  not null,
    address           varchar(400) not null,
    office_code       varchar(32)  not null references regional_office (code),
    state             varchar(16)  not null,
    valid_until       date,
    version           bigint       not null
);

create table user_account (
    id                   bigint       primary key,
    auth_id              varchar(32)  not null unique,
    password_hash        varchar(400),
    role                 varchar(16)  not null,
    display_name         varchar(200) not null,
    mail_address         varchar(320) not null,
    locale               varchar(8)   not null,
    organisation_id      bigint       references organisation (id),
    status               varchar(16)  not null,
    failed_logins        integer      not null,
    locked_at            timestamp with time zone,
    last_login_at        timestamp with time zone,
    password_changed_at  timestamp with time zone,
    created_at           timestamp with time zone not null,
    version              bigint       not null
);
create index user_account_org on user_account (organisation_id);

create table roster_entry (
    id                   bigint       primary key,
    organisation_id      bigint       not null references organisation (id),
    name_roman           varchar(200) not null,
    nationality          varchar(3)   not null,
    status_of_residence  varchar(64)  not null,
    period_of_stay       varchar(32)  not null,
    stay_expiry          date         not null,
    added_on             date         not null,
    removed_on           date
);
create index roster_entry_org on roster_entry (organisation_id);

-- Append-only: RAS only ever inserts here.
create table audit_entry (
    id           bigint       primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(64),
    actor_role   varchar(16),
    action       varchar(64)  not null,
    target       varchar(200),
    source_ip    varchar(64),
    detail       varchar(1000)
);
create index audit_entry_time on audit_entry (occurred_at);
create index audit_entry_target on audit_entry (target);

create table outbox_mail (
    id               bigint        primary key,
    recipient        varchar(320)  not null,
    locale           varchar(8)    not null,
    template         varchar(64)   not null,
    params           varchar(4000) not null,
    status           varchar(16)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    created_at       timestamp with time zone not null,
    sent_at          timestamp with time zone,
    last_error       varchar(1000),
    version          bigint        not null
);
create index outbox_mail_due on outbox_mail (status, next_attempt_at);
