-- Help requests from partner organisations, their status history, the invitations that staff them and the
-- service records and ratings of the work done. Families are referred to by an opaque code only.

-- The district trade union, a second partner, so access to "another organisation's" requests is testable.
insert into organisation (id, version, name, type_code, street_code, contact_name, created_at, updated_at)
values ('00000000-0000-4000-8000-0000000000f2', 0, '区总工会', 'trade-union', null, '王强', now(), now());

create table help_request (
    id                      uuid primary key,
    version                 bigint not null,
    status                  varchar(20) not null check (status in ('SUBMITTED', 'ACCEPTED', 'REJECTED', 'STAFFING',
                                'STAFFED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    organisation_id         uuid references organisation (id),
    category_code           varchar(60) not null references request_category (code),
    project_code            varchar(60) references project (code),
    title                   varchar(100) not null,
    description             varchar(2000),
    street_code             varchar(40) not null references street (code),
    latitude                double precision,
    longitude               double precision,
    service_date            date,
    weekly_day              varchar(10),
    weeks                   integer check (weeks between 1 and 52),
    first_day               date,
    start_time              time not null,
    end_time                time not null check (end_time > start_time),
    duration_minutes        integer not null check (duration_minutes between 15 and 1440),
    people_needed           integer not null check (people_needed between 1 and 50),
    sensitive               boolean not null,
    avoid_own_organisation  boolean not null,
    due_on                  date,
    family_reference        varchar(20),
    rejection_reason        varchar(500),
    submitted_by            varchar(100) not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    check ((service_date is null) <> (weekly_day is null)),
    check ((weekly_day is null) = (weeks is null)),
    check ((weekly_day is null) = (first_day is null))
);
create index help_request_organisation_idx on help_request (organisation_id, created_at);
create index help_request_street_idx on help_request (street_code, created_at);
create index help_request_family_idx on help_request (family_reference) where family_reference is not null;

create table request_required_skill (
    request_id  uuid not null references help_request (id) on delete cascade,
    skill_code  varchar(60) not null references skill (code),
    min_level   integer not null check (min_level between 1 and 5),
    primary key (request_id, skill_code)
);

create table request_preferred_skill (
    request_id  uuid not null references help_request (id) on delete cascade,
    skill_code  varchar(60) not null references skill (code),
    primary key (request_id, skill_code)
);

create table request_language (
    request_id      uuid not null references help_request (id) on delete cascade,
    language_code   varchar(20) not null references language (code),
    primary key (request_id, language_code)
);

-- Each time the request is served, as instants, so double bookings are one overlap query.
create table request_occurrence (
    request_id  uuid not null references help_request (id) on delete cascade,
    starts_at   timestamptz not null,
    ends_at     timestamptz not null check (ends_at > starts_at),
    primary key (request_id, starts_at)
);

create table request_transition (
    request_id  uuid not null references help_request (id) on delete cascade,
    seq         integer not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    actor       varchar(100) not null,
    at          timestamptz not null,
    reason      varchar(500),
    primary key (request_id, seq)
);

-- A partner system's retried submission finds the request its first attempt created. The scope is the
-- organisation (or the account when it acts for none); the request is inserted after its key, in the
-- same transaction, hence the deferred reference.
create table request_idempotency_key (
    scope       varchar(100) not null,
    key         varchar(100) not null,
    request_id  uuid not null references help_request (id) deferrable initially deferred,
    created_at  timestamptz not null default now(),
    primary key (scope, key)
);

create table invitation (
    id          uuid primary key,
    version     bigint not null,
    request_id  uuid not null references help_request (id),
    person_id   uuid not null references person (id),
    status      varchar(20) not null check (status in ('INVITED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    reason      varchar(500),
    invited_by  varchar(100) not null,
    invited_at  timestamptz not null,
    answered_at timestamptz,
    unique (request_id, person_id)
);
create index invitation_person_idx on invitation (person_id, status);

create table service_record (
    id              uuid primary key,
    version         bigint not null,
    invitation_id   uuid not null unique references invitation (id),
    request_id      uuid not null references help_request (id),
    person_id       uuid not null references person (id),
    category_code   varchar(60) not null references request_category (code),
    served_on       date not null,
    hours           numeric(5, 1) not null check (hours > 0 and hours <= 500),
    state           varchar(20) not null check (state in ('REPORTED', 'APPROVED')),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz not null,
    approved_by     varchar(100),
    approved_at     timestamptz
);
create index service_record_person_idx on service_record (person_id, served_on);

create table service_rating (
    id          uuid primary key,
    request_id  uuid not null references help_request (id),
    person_id   uuid not null references person (id),
    stars       integer not null check (stars between 1 and 5),
    comment     varchar(500),
    rated_by    varchar(100) not null,
    rated_at    timestamptz not null,
    unique (request_id, person_id, rated_by)
);
create index service_rating_person_idx on service_rating (person_id);
