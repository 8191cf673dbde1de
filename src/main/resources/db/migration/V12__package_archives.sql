-- Every version staged from now on keeps the package it was read from, so that it can be downloaded, compared and
-- published again (rollback). Versions staged before this migration get theirs when the start-up import finds
-- the same package again. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

create table package_archive (
    module_version_id bigint      not null primary key references module_version (id),
    sha256            varchar(64) not null,
    size_bytes        bigint      not null,
    data              bytea       not null
);
