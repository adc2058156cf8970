-- REST API v1 (issue 4): bearer tokens for organisations' HR systems and other API clients.
-- Only the SHA-256 hash of a token is stored, so the table alone opens no account.
-- LOGIN tokens come from POST /api/v1/tokens and lapse after idle_seconds without use (sliding) or at expires_at;
-- NAMED tokens are made on the account screen, have a name, and last until expires_at (at most one year).

create table api_token (
    id            bigint       primary key,
    token_hash    varchar(64)  not null unique,
    account_id    bigint       not null references user_account (id),
    role          varchar(16)  not null,
    kind          varchar(8)   not null,
    name          varchar(100),
    created_at    timestamp with time zone not null,
    last_used_at  timestamp with time zone not null,
    idle_seconds  integer,
    expires_at    timestamp with time zone not null,
    revoked_at    timestamp with time zone
);
create index api_token_account on api_token (account_id, kind);
