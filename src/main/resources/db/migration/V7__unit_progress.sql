-- Which units each learner has opened and completed, keyed by the stable ids so that a new module version keeps it.
create table unit_progress (
    learner_id      bigint      not null references user_account (id),
    module_id       bigint      not null references module (id),
    unit_key        varchar(64) not null,
    first_viewed_at timestamp with time zone not null,
    completed_at    timestamp with time zone,
    primary key (learner_id, module_id, unit_key)
);
