-- Issue 5 (batch jobs): why an organisation is suspended, and the reminders already sent.

-- PR5, PR7: only a suspension for expiry is lifted by the daily sweep; one an officer made stays.
alter table organisation add column suspension_cause varchar(16);
-- Suspensions made before this column: an officer's unless the last suspension in the audit trail was the
-- expiry sweep's (its detail ends with "(PR5)").
update organisation set suspension_cause = 'OFFICER' where state = 'SUSPENDED';
update organisation set suspension_cause = 'EXPIRY'
 where state = 'SUSPENDED'
   and (select a.detail from audit_entry a
         where a.target = concat('organisation:', cast(organisation.id as varchar(20)))
           and a.action = 'ORGANISATION_SUSPENDED'
         order by a.id desc limit 1) like '%(PR5)';
-- The sweep's lean candidate query: by id range within each partition, on state and expiry.
create index organisation_sweep on organisation (state, valid_until);

-- PR2, AC5: exactly one reminder per account, kind and milestone (the organisation's expiry for REPORT, the
-- password's expiry date for PASSWORD_30 / PASSWORD_7), written in the transaction that queues the mail.
create table reminder_sent (
    account_id  bigint       not null references user_account (id),
    kind        varchar(16)  not null,
    milestone   date         not null,
    sent_on     date         not null,
    sent_at     timestamp with time zone not null,
    primary key (account_id, kind, milestone)
);
-- AC5: the reminders job reads accounts by when their password was set.
create index user_account_password_changed on user_account (password_changed_at);
