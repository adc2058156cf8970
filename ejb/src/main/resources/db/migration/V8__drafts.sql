-- B3: server-side drafts, so a timeout or a closed browser never loses input. One per user and form.
create table draft (
    id          bigint        primary key,
    owner       varchar(32)   not null,
    form        varchar(32)   not null,
    content     varchar(20000) not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null,
    unique (owner, form)
);
create index draft_updated on draft (updated_at);
