-- Security 4: a password change, a reset, a lock and a deletion raise the account's credential generation; a web
-- session signed in under an older generation is no longer a login (every instance of a cluster reads it here).
alter table user_account add column credential_generation integer default 0 not null;
