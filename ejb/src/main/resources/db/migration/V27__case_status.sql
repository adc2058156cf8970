-- Issue 17: the applicants' status look-ups are limited per number (misses in a window), counted in the audit trail
-- by target, action and time, on every instance alike.
create index audit_entry_target on audit_entry (target, action, occurred_at);
