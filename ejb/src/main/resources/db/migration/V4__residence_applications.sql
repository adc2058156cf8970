-- Residence applications (issue 4): extensions filed online, their status history, photos, receipt numbers,
-- and the eligibility table of statuses of residence (AP2, filled from EligibleStatus.defaults() at start).

create table eligible_status (
    status      varchar(64) primary key,
    has_period  boolean     not null,
    eligible    boolean     not null,
    version     bigint      not null
);

-- RN1: provisional receipt numbers come from this sequence.
create sequence provisional_seq start with 1 increment by 1;

create table residence_application (
    id                   bigint        primary key,
    organisation_id      bigint        not null references organisation (id),
    roster_entry_id      bigint        not null references roster_entry (id),
    office_code          varchar(32)   not null references regional_office (code),
    name_roman           varchar(200)  not null,
    name_kanji           varchar(200),
    nationality          varchar(3)    not null,
    date_of_birth_enc    varchar(200),
    sex                  varchar(8),
    card_number_enc      varchar(200),
    passport_number_enc  varchar(200),
    status_of_residence  varchar(64)   not null,
    period_of_stay       varchar(32)   not null,
    stay_expiry          date          not null,
    address              varchar(400),
    filed_by             varchar(32)   not null,
    applicant_mail       varchar(320)  not null,
    applicant_locale     varchar(8)    not null,
    re_entry             varchar(16)   not null,
    activity_permission  boolean       not null,
    desired_period       varchar(32)   not null,
    reason               varchar(1000) not null,
    presence_confirmed   boolean       not null,
    receipt_method       varchar(16)   not null,
    kanji_requested      boolean       not null,
    kanji_name           varchar(200),
    acceptance_date      date          not null,
    filed_at             timestamp with time zone not null,
    provisional_number   varchar(32)   not null unique,
    receipt_number       varchar(32)   unique,
    status               varchar(24)   not null,
    version              bigint        not null
);
create index residence_application_org on residence_application (organisation_id, filed_at);
create index residence_application_queue on residence_application (office_code, status);
create index residence_application_unnumbered on residence_application (receipt_number, acceptance_date);

create table application_event (
    id              bigint        primary key,
    application_id  bigint        not null references residence_application (id),
    occurred_at     timestamp with time zone not null,
    status          varchar(24)   not null,
    actor           varchar(32),
    note            varchar(1000)
);
create index application_event_app on application_event (application_id);

-- AP8: the face photo, metadata stripped, kept apart so lists never load it.
create table application_photo (
    application_id  bigint       primary key references residence_application (id),
    media_type      varchar(16)  not null,
    width           integer      not null,
    height          integer      not null,
    content         bytea        not null
);

-- RN2: receipt numbers count per office and year; the key is "<office code>:<year>".
create table receipt_counter (
    counter_key  varchar(48) primary key,
    last_value   bigint      not null
);
