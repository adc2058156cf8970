-- B1: why a bulk-filing row was refused: PHOTO when its only errors are its face photo's (it waits for a photo
-- attached afterwards), RULES otherwise; null once filed. The version guards the row's one change (refused → filed)
-- besides the locking read that makes it.
alter table bulk_filing_row add column refused_for varchar(8);
alter table bulk_filing_row add column version bigint default 0 not null;
-- Rows refused before: PHOTO when every line of their violations (field|key|rule) is on the photo.
update bulk_filing_row set refused_for = case
    when cells_enc is not null and violations like 'photo|%'
         and position(chr(10) in replace(violations, chr(10) || 'photo|', ''))
             = length(replace(violations, chr(10) || 'photo|', '')) then 'PHOTO'
    else 'RULES' end
 where application_id is null;
create index bulk_filing_row_refused_for on bulk_filing_row (bulk_filing_id, refused_for, row_number);
