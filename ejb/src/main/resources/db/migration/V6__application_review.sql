-- Officer review of residence applications (issue 4): assignment, documents requested, decision, withdrawal of the
-- whole or a part (ST3), and the card handover by post or at the counter (RC4-RC7).
alter table residence_application add column assigned_to varchar(32);
alter table residence_application add column documents_message varchar(1000);
alter table residence_application add column documents_due date;
alter table residence_application add column granted boolean;
alter table residence_application add column granted_period varchar(32);
alter table residence_application add column new_expiry date;
alter table residence_application add column denial_reason varchar(1000);
alter table residence_application add column decided_by varchar(32);
alter table residence_application add column decided_on date;
alter table residence_application add column withdrawn_part varchar(16);
alter table residence_application add column card_method varchar(16);
alter table residence_application add column card_received_by varchar(32);
alter table residence_application add column card_documents varchar(400);
alter table residence_application add column fee_stamps_yen integer;
alter table residence_application add column card_dispatched_to varchar(400);
alter table residence_application add column effective_date date;
alter table residence_application add column old_card_punched boolean;
create index residence_application_assigned on residence_application (assigned_to, status);
