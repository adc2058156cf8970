-- Issue 19: why a bulk filing's job ended early (shown to its users), and how often RAS restarted it by itself.
alter table bulk_filing add column interruption varchar(16);
alter table bulk_filing add column automatic_restarts integer default 0 not null;
