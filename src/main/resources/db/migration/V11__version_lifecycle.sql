-- A module version is staged as a draft, then published, then retired: who and when for each step.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

alter table module_version add column staged_at timestamp with time zone;
alter table module_version add column staged_by varchar(64);
alter table module_version add column published_by varchar(64);
update module_version set staged_at = published_at;
alter table module_version alter column staged_at set not null;
alter table module_version alter column published_at drop not null;
