-- Rosters coordinators import from their spreadsheets. The upload is kept sealed (it holds
-- phone and resident ID numbers) only until the import completes; each imported row is
-- remembered by a keyed hash of its content so that the same rows never come in twice.
create table roster_import (
    id              uuid primary key,
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    file_name       varchar(255) not null,
    file_type       varchar(10)  not null,
    content_sealed  text,
    mapping         text         not null,
    decisions       text         not null default '',
    status          varchar(20)  not null,
    total_rows      integer      not null,
    done_rows       integer      not null default 0,
    created_count   integer      not null default 0,
    merged_count    integer      not null default 0,
    skipped_count   integer      not null default 0,
    unchanged_count integer      not null default 0,
    invalid_count   integer      not null default 0,
    problem         varchar(200),
    heartbeat_at    timestamptz
);

create index roster_import_created_by on roster_import (created_by, created_at desc);

create table roster_import_row (
    row_key     varchar(64) primary key,
    import_id   uuid        not null references roster_import (id),
    row_number  integer     not null,
    outcome     varchar(20) not null,
    person_id   uuid,
    recorded_at timestamptz not null
);

create index roster_import_row_import on roster_import_row (import_id);
