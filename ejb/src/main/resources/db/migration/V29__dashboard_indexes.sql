-- Issue 18 item 3: the officers' dashboard reads applications by acceptance date, by decision date and, for the
-- backlog, by undecided status; each index holds every column its statements read, so PostgreSQL answers them from
-- the index alone (an index-only scan) instead of reading the whole table (measured in bench/dashboard).
create index residence_application_accepted on residence_application (acceptance_date, office_code);
create index residence_application_decided on residence_application (decided_on, office_code, acceptance_date);
create index residence_application_undecided on residence_application (status, acceptance_date, office_code);
