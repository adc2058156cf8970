-- Issue 14: permanent refusals (SMTP 5xx) counted apart from transient failures; FAILED after five.
alter table outbox_mail add column refusals integer default 0 not null;
create index outbox_mail_created on outbox_mail (created_at);
