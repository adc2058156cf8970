-- Documents a user uploads when an officer asks for them (AP8, as in the 2026 system): PDF, JPEG or PNG.
create table application_document (
    id              bigint        primary key,
    application_id  bigint        not null references residence_application (id),
    file_name       varchar(200)  not null,
    media_type      varchar(32)   not null,
    size_bytes      bigint        not null,
    content         bytea         not null,
    uploaded_by     varchar(32)   not null,
    uploaded_at     timestamp with time zone not null
);
create index application_document_app on application_document (application_id);
