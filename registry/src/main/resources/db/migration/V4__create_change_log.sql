-- The outbox behind the change feed: one row per change to a person's search document, written in
-- the same transaction as the change. Appends are serialised by a transaction-level advisory lock,
-- so positions become visible in order and the feed never skips one (see ChangeLog).
create table change_log (
    position    bigint generated always as identity primary key,
    entity_type varchar(20) not null,
    entity_id   uuid not null,
    op          varchar(10) not null check (op in ('upsert', 'delete')),
    recorded_at timestamptz not null default now()
);
create index change_log_entity_idx on change_log (entity_id, position);
