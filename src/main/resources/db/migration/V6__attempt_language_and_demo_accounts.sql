-- The language an attempt is taken in (short answers are accepted in it and in English), and which accounts exist
-- only for demo mode (they cannot sign in once demo mode is off).
alter table attempt add column attempt_language varchar(5) default 'en' not null;
alter table user_account add column demo boolean default false not null;
-- Room for the order of the largest quiz a package may have (300 questions with 64-character ids).
alter table attempt alter column question_order set data type varchar(20000);
