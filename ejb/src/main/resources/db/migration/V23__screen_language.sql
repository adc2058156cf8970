-- Issue 15: the language a user chose for the screens (ja or en), kept on the account so that the next login opens in
-- it; null until the user chooses one (the screens then follow the browser's cookie or Accept-Language).
alter table user_account add column screen_language varchar(8);

-- Issue 15: the regional office an officer or supervisor works at; their office screens open on it. Null for
-- organisation users and agents (their organisation has its office) and for officers not yet placed.
alter table user_account add column office_code varchar(32) references regional_office (code);
