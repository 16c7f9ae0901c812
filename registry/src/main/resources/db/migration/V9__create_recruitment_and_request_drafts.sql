-- Public recruitment (an application records which privacy notice and volunteer agreement the applicant read and
-- signed, and when), the one-time codes that link a signed-in account to a vetted applicant, and partners' request
-- drafts, kept per organisation until they are submitted.

create table recruitment_application (
    person_id                uuid primary key references person (id),
    notice_version           varchar(20) not null,
    agreement_version        varchar(20) not null,
    agreement_signed_at      timestamptz not null,
    created_at               timestamptz not null
);

create table account_link_code (
    id           uuid primary key,
    subject      varchar(100) not null,
    person_id    uuid references person (id),
    code_hash    varchar(64) not null,
    expires_at   timestamptz not null,
    attempts     integer not null default 0,
    used_at      timestamptz,
    created_at   timestamptz not null
);

create index account_link_code_subject_idx on account_link_code (subject, created_at);

create table request_draft (
    id               uuid primary key,
    version          bigint not null,
    organisation_id  uuid not null references organisation (id),
    title            varchar(100),
    body             jsonb not null,
    created_by       varchar(100) not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

create index request_draft_organisation_idx on request_draft (organisation_id, updated_at desc);
