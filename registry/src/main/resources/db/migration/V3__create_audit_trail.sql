-- An append-only record of who read or changed which record, each reveal and each denied attempt.
-- It never holds the private values themselves.
create table audit_event (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       varchar(100) not null,
    roles       varchar(200) not null,
    action      varchar(200) not null,
    subject_type varchar(30) not null,
    subject_id  varchar(100),
    outcome     varchar(20) not null check (outcome in ('SUCCEEDED', 'DENIED', 'FAILED')),
    reason      varchar(500)
);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, at);
create index audit_event_actor_idx on audit_event (actor, at);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each statement execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
