-- Issue 18: the audit trail as one hash chain. Each entry keeps its place in the chain, the hash of the entry before
-- it and its own; the head is the last place and hash, one row every writer locks. V25 (Java) chains the entries
-- written before this version.
alter table audit_entry add column chain_seq bigint;
alter table audit_entry add column prev_hash varchar(64);
alter table audit_entry add column entry_hash varchar(64);
create unique index audit_entry_chain on audit_entry (chain_seq);
create table audit_chain_head (
    id   integer     primary key,
    seq  bigint      not null,
    hash varchar(64) not null
);
