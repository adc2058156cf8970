-- Issue 13 (B2 in a cluster): a running bulk filing's job beats at its start and after every chunk; a filing left
-- queued or running whose job has not beaten for a while belongs to a dead instance and is resumed by another.
alter table bulk_filing add column heartbeat_at timestamp with time zone;
