-- B1: a refused bulk-filing row whose only errors are its face photo's waits for a photo attached afterwards; the
-- version guards the row's one change (refused → filed) besides the locking read that makes it.
alter table bulk_filing_row add column awaiting_photo boolean default false not null;
alter table bulk_filing_row add column version bigint default 0 not null;
-- Rows refused before: awaiting when every line of their violations (field|key|rule) is on the photo.
update bulk_filing_row set awaiting_photo = true
 where application_id is null and cells_enc is not null and violations like 'photo|%'
   and position(chr(10) in replace(violations, chr(10) || 'photo|', '')) = length(replace(violations, chr(10) || 'photo|', ''));
create index bulk_filing_row_awaiting on bulk_filing_row (bulk_filing_id, awaiting_photo, row_number);
