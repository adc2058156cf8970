-- Issue 17 item 2: usage applications filed online (UA1–UA6). A request waits here, and nowhere else, until its
-- sender confirms the mailed link: the application's parts as one encrypted text (personal data, SE1), the identity
-- document as uploaded, the SHA-256 of the link's secret (never the secret), and when it lapses (24 hours). The
-- confirmation makes the usage application and empties the row (payload and document); expired rows are deleted.
create table usage_request (
    id              bigint         primary key,
    token_hash      varchar(64)    not null,
    mail            varchar(320)   not null,
    locale          varchar(8)     not null,
    payload_enc     varchar(240100),
    document_name   varchar(200),
    document_type   varchar(32),
    document        bytea,
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    confirmed_at    timestamp with time zone,
    application_id  bigint         references usage_application (id)
);
create unique index usage_request_token on usage_request (token_hash);
create index usage_request_expiry on usage_request (expires_at);

-- An application filed online carries a reference number its sender follows it by (with the mail address), and
-- the identity document uploaded with it (a counter entry names the document the officer saw instead).
alter table usage_application add column reference_number varchar(16);
create unique index usage_application_reference on usage_application (reference_number);

create table usage_application_document (
    application_id  bigint        primary key references usage_application (id),
    file_name       varchar(200)  not null,
    media_type      varchar(32)   not null,
    size_bytes      bigint        not null,
    content         bytea         not null
);
