-- Issue 13: work that one instance of a cluster does (a scheduled start of a daily job): the first to insert the
-- key does it.
create table cluster_claim (
    claim_key varchar(200) primary key,
    instance varchar(100) not null,
    claimed_at timestamp with time zone not null
);
