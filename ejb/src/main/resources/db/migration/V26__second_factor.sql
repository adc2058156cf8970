-- Issue 18: a second factor (TOTP, RFC 6238). The shared secret is personal data, encrypted like the birth date
-- (EncryptedStringConverter); enrolled_at is set once the user confirmed a code (a secret without it is an enrolment
-- in progress); last_step is the last 30-second step whose code was accepted, so a code is never accepted twice.
alter table user_account add column second_factor_secret_enc varchar(200);
alter table user_account add column second_factor_enrolled_at timestamp with time zone;
alter table user_account add column second_factor_last_step bigint;

-- Ten single-use recovery codes per enrolment, stored as the SHA-256 of the code (a random code, not a chosen
-- password: see README Decisions). used_at is set when one stood in for a TOTP code at a login.
create table recovery_code (
    id         bigint      primary key,
    account_id bigint      not null references user_account (id),
    code_hash  varchar(64) not null,
    used_at    timestamp with time zone
);
create index recovery_code_account on recovery_code (account_id, code_hash);
