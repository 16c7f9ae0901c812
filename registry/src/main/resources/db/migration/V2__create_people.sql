-- People the association can call on, with everything about them that is theirs to keep current.
-- Private values (phone, e-mail, resident ID, certification numbers) are stored sealed
-- (AES-GCM, "v1:<key id>:<base64>"), with a keyed hash (blind index) for duplicate detection.

create table person (
    id                              uuid primary key,
    version                         bigint not null,
    status                          varchar(20) not null
        check (status in ('APPLICANT', 'ACTIVE', 'SUSPENDED', 'RETIRED', 'ERASED')),
    name                            varchar(50) not null,
    gender                          varchar(10) check (gender in ('FEMALE', 'MALE', 'OTHER')),
    birth_year                      integer check (birth_year between 1900 and 2100),
    employer                        varchar(100),
    title                           varchar(60),
    bio                             varchar(2000),
    phone_sealed                    text,
    phone_hash                      varchar(64),
    email_sealed                    text,
    email_hash                      varchar(64),
    resident_id_sealed              text,
    resident_id_hash                varchar(64),
    home_street                     varchar(40) references street (code),
    home_latitude                   double precision,
    home_longitude                  double precision,
    monthly_capacity_hours          integer not null default 0 check (monthly_capacity_hours between 0 and 400),
    trained_for_special_families    boolean not null default false,
    agreement_signed_on             date,
    agreement_valid_until           date,
    account_subject                 varchar(100),
    created_at                      timestamptz not null,
    updated_at                      timestamptz not null,
    check (agreement_valid_until is null or agreement_signed_on is null or agreement_valid_until >= agreement_signed_on)
);

create unique index person_phone_hash_key on person (phone_hash) where phone_hash is not null;
create unique index person_resident_id_hash_key on person (resident_id_hash) where resident_id_hash is not null;
create unique index person_account_subject_key on person (account_subject) where account_subject is not null;
create index person_status_idx on person (status);
create index person_name_idx on person (name, id);

create table person_type (
    person_id   uuid not null references person (id) on delete cascade,
    type        varchar(20) not null check (type in ('VOLUNTEER', 'EXPERT', 'INSTRUCTOR')),
    primary key (person_id, type)
);

create table person_served_street (
    person_id   uuid not null references person (id) on delete cascade,
    street_code varchar(40) not null references street (code),
    primary key (person_id, street_code)
);
create index person_served_street_street_idx on person_served_street (street_code, person_id);

create table person_language (
    person_id       uuid not null references person (id) on delete cascade,
    language_code   varchar(20) not null references language (code),
    level           integer not null check (level between 1 and 5),
    primary key (person_id, language_code)
);

create table person_skill (
    person_id   uuid not null references person (id) on delete cascade,
    skill_code  varchar(60) not null references skill (code),
    level       integer not null check (level between 1 and 5),
    years       integer not null default 0 check (years between 0 and 80),
    primary key (person_id, skill_code)
);
create index person_skill_skill_idx on person_skill (skill_code, level, person_id);

create table availability_slot (
    person_id       uuid not null references person (id) on delete cascade,
    start_minute    integer not null check (start_minute between 0 and 10079),
    end_minute      integer not null check (end_minute between 1 and 10080),
    primary key (person_id, start_minute),
    check (end_minute > start_minute)
);

create table blackout (
    person_id   uuid not null references person (id) on delete cascade,
    starts_on   date not null,
    ends_on     date not null,
    primary key (person_id, starts_on),
    check (ends_on >= starts_on)
);

create table certification (
    id                  uuid primary key,
    person_id           uuid not null references person (id) on delete cascade,
    type_code           varchar(60) not null references certification_type (code),
    number_sealed       text,
    issuer              varchar(100),
    issued_on           date,
    expires_on          date,
    state               varchar(20) not null check (state in ('UNVERIFIED', 'VERIFIED', 'REJECTED')),
    reviewed_by         varchar(100),
    reviewed_at         timestamptz,
    rejection_reason    varchar(500),
    check (expires_on is null or issued_on is null or expires_on > issued_on)
);
create index certification_person_idx on certification (person_id);

create table consent (
    id              uuid primary key,
    person_id       uuid not null references person (id) on delete cascade,
    notice_version  varchar(20) not null,
    purposes        varchar(200) not null,
    given_at        timestamptz not null,
    withdrawn_at    timestamptz
);
create index consent_person_idx on consent (person_id);

create table training (
    id          uuid primary key,
    person_id   uuid not null references person (id) on delete cascade,
    course      varchar(100) not null,
    taken_on    date not null,
    hours       numeric(5, 1) not null check (hours > 0 and hours <= 1000),
    result      varchar(20) not null check (result in ('PASSED', 'FAILED', 'ATTENDED'))
);
create index training_person_idx on training (person_id);

create table organisation (
    id                      uuid primary key,
    version                 bigint not null,
    name                    varchar(100) not null,
    type_code               varchar(60) not null references organisation_type (code),
    street_code             varchar(40) references street (code),
    contact_name            varchar(50),
    contact_phone_sealed    text,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);

-- The district women's federation, which the demo partner account acts for.
insert into organisation (id, version, name, type_code, street_code, contact_name, created_at, updated_at)
values ('00000000-0000-4000-8000-0000000000f1', 0, '区妇联', 'womens-federation', null, '刘芳', now(), now());
