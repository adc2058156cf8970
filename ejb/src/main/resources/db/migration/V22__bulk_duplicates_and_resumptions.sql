-- Issue 19, item 2: the SHA-256 of each uploaded bulk file, so that a file the organisation has filed before is
-- stopped with a question before anything is filed (the index serves that look-up).
alter table bulk_filing add column content_sha256 varchar(64);
create index bulk_filing_content on bulk_filing (organisation_id, content_sha256);
-- Item 4: how many times a filing's job was resumed after an interruption, kept once it completed.
alter table bulk_filing add column resumptions integer default 0 not null;
-- Item 2 (AP13): a person's undecided applications are looked up by roster entry at every filing.
create index residence_application_person on residence_application (roster_entry_id, status);
