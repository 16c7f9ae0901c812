-- Expert draws (随机抽取): the seed, the quotas and the eligible pool of each specialty are kept so that
-- every draw can be replayed and audited; each pick, first or a replacement, is a row of its own.
create table expert_draw (
    id            uuid primary key,
    request_id    uuid not null references help_request (id),
    seed          bigint not null,
    quotas        jsonb not null,
    pools         jsonb not null,
    conflicts     jsonb not null,
    rotation_days integer check (rotation_days > 0),
    drawn_by      varchar(100) not null,
    drawn_at      timestamptz not null
);
create index expert_draw_request_idx on expert_draw (request_id);

create table expert_draw_pick (
    draw_id       uuid not null references expert_draw (id),
    position      integer not null,
    round         integer not null,
    specialty     varchar(60) not null,
    person_id     uuid not null references person (id),
    replaces      uuid references person (id),
    invitation_id uuid not null references invitation (id),
    picked_by     varchar(100) not null,
    picked_at     timestamptz not null,
    primary key (draw_id, position),
    unique (draw_id, person_id)
);
create index expert_draw_pick_person_idx on expert_draw_pick (person_id, picked_at);
