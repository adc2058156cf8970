-- B1, B2: bulk filings (an uploaded workbook filed row by row by the bulk-filing batch job) and what became of
-- each row. A row is recorded in the transaction that filed or refused it; the primary key makes a restarted job
-- skip the rows already done.
create table bulk_filing (
    id                bigint        primary key,
    organisation_id   bigint        not null references organisation (id),
    uploaded_by       varchar(32)   not null,
    uploaded_at       timestamp with time zone not null,
    file_name         varchar(200)  not null,
    kind              varchar(32)   not null,
    row_count         integer       not null,
    with_photos       boolean       not null,
    locale            varchar(8)    not null,
    state             varchar(16)   not null,
    job_execution_id  bigint,
    finished_at       timestamp with time zone,
    version           bigint        not null
);
create index bulk_filing_organisation on bulk_filing (organisation_id, uploaded_at);

create table bulk_filing_row (
    bulk_filing_id    bigint        not null references bulk_filing (id),
    row_number        integer       not null,
    application_id    bigint        references residence_application (id),
    violations        varchar(8000),
    cells_enc         varchar(32000),
    primary key (bulk_filing_id, row_number)
);
