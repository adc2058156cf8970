-- Security 9: failed logins per client address in a window (the login throttle, shared by every instance).
create index audit_entry_source on audit_entry (source_ip, action, occurred_at);
