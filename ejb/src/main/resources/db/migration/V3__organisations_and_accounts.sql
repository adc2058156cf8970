-- Organisations and their users (issue 3): usage applications, periodic reports, roster details,
-- single-use account tokens, terms of use. Personal data columns (*_enc) hold AES-GCM ciphertext; *_hash
-- columns hold a keyed hash for equality search (SE1).

-- U1, AC3: authentication IDs come from this sequence and are therefore never reused.
create sequence auth_id_seq start with 1000 increment by 1;

alter table organisation add column created_on date;
alter table organisation add column updated_at timestamp with time zone;
create index organisation_name on organisation (name);
create index organisation_office on organisation (office_code, state);

alter table user_account add column phone varchar(32);
alter table user_account add column terms_version varchar(32);
alter table user_account add column terms_accepted_at timestamp with time zone;
alter table user_account add column deleted_at timestamp with time zone;
alter table user_account add column date_of_birth_enc varchar(200);
alter table user_account add column date_of_birth_hash varchar(64);
create index user_account_name on user_account (display_name);

alter table roster_entry add column name_kanji varchar(200);
alter table roster_entry add column date_of_birth_enc varchar(200);
alter table roster_entry add column sex varchar(8);
alter table roster_entry add column card_number_enc varchar(200);
alter table roster_entry add column card_number_hash varchar(64);
alter table roster_entry add column passport_number_enc varchar(200);
alter table roster_entry add column address varchar(400);
alter table roster_entry add column removal_reason varchar(400);
create index roster_entry_card on roster_entry (card_number_hash);

create table usage_application (
    id                  bigint        primary key,
    kind                varchar(16)   not null,
    state               varchar(16)   not null,
    office_code         varchar(32)   not null references regional_office (code),
    organisation_id     bigint        references organisation (id),
    org_name            varchar(200)  not null,
    corporate_number    varchar(13),
    prefecture          varchar(20)   not null,
    address             varchar(400)  not null,
    applicant_kind      varchar(16)   not null,
    applicant_name      varchar(200)  not null,
    applicant_mail      varchar(320)  not null,
    applicant_phone     varchar(32)   not null,
    applicant_locale    varchar(8)    not null,
    applicant_birth_enc varchar(200),
    agent_consent       boolean       not null,
    identity_document   varchar(200)  not null,
    received_by         varchar(32)   not null,
    received_on         date          not null,
    received_at         timestamp with time zone not null,
    decided_by          varchar(32),
    decided_at          timestamp with time zone,
    denial_reason       varchar(1000),
    issued_auth_id      varchar(32),
    version             bigint        not null
);
create index usage_application_queue on usage_application (office_code, state);

-- The foreign nationals a usage application brings for the roster (UA4).
create table usage_application_person (
    application_id       bigint       not null references usage_application (id),
    position             integer      not null,
    name_roman           varchar(200) not null,
    name_kanji           varchar(200),
    nationality          varchar(3)   not null,
    date_of_birth_enc    varchar(200) not null,
    sex                  varchar(8)   not null,
    card_number_enc      varchar(200) not null,
    passport_number_enc  varchar(200),
    status_of_residence  varchar(64)  not null,
    period_of_stay       varchar(32)  not null,
    stay_expiry          date         not null,
    address              varchar(400) not null,
    primary key (application_id, position)
);

create table periodic_report (
    id               bigint        primary key,
    organisation_id  bigint        not null references organisation (id),
    cycle_expiry     date          not null,
    state            varchar(16)   not null,
    late             boolean       not null,
    filed_by         varchar(32)   not null,
    filed_on         date          not null,
    filed_at         timestamp with time zone not null,
    note             varchar(1000),
    decided_by       varchar(32),
    decided_at       timestamp with time zone,
    decision_reason  varchar(1000),
    new_expiry       date,
    version          bigint        not null
);
create index periodic_report_org on periodic_report (organisation_id, cycle_expiry);
create index periodic_report_state on periodic_report (state);

-- Foreign nationals a periodic report adds to the roster, and roster entries it removes (PR6).
create table periodic_report_addition (
    report_id            bigint       not null references periodic_report (id),
    position             integer      not null,
    name_roman           varchar(200) not null,
    name_kanji           varchar(200),
    nationality          varchar(3)   not null,
    date_of_birth_enc    varchar(200) not null,
    sex                  varchar(8)   not null,
    card_number_enc      varchar(200) not null,
    passport_number_enc  varchar(200),
    status_of_residence  varchar(64)  not null,
    period_of_stay       varchar(32)  not null,
    stay_expiry          date         not null,
    address              varchar(400) not null,
    primary key (report_id, position)
);

create table periodic_report_removal (
    report_id        bigint not null references periodic_report (id),
    roster_entry_id  bigint not null references roster_entry (id),
    primary key (report_id, roster_entry_id)
);

-- Single-use links: set the first password (72 h), reset it (1 h), confirm a new mail address (24 h).
-- Only a SHA-256 hash of the secret is stored.
create table account_token (
    id           bigint       primary key,
    token_hash   varchar(64)  not null unique,
    account_id   bigint       not null references user_account (id),
    purpose      varchar(16)  not null,
    new_mail     varchar(320),
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    used_at      timestamp with time zone
);
create index account_token_account on account_token (account_id, purpose);
