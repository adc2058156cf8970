-- Security 3: a status-history note holds a free text of up to 1000 characters (a withdrawal request, a note on
-- resuming the review) behind a short label ("RE_ENTRY: "), so it gets room for both (TextLimits.HISTORY_NOTE).
-- SET DATA TYPE is standard SQL, understood by H2 and PostgreSQL.
alter table application_event alter column note set data type varchar(1100);
