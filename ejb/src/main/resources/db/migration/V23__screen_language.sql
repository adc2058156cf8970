-- Issue 15: the language a user chose for the screens (ja or en), kept on the account so that the next login opens in
-- it; null until the user chooses one (the screens then follow the browser's cookie or Accept-Language).
alter table user_account add column screen_language varchar(8);
