-- Local replica of the signatory register, built from compact.signatories.
create table signatory_replica (
    id                uuid primary key,
    name              text,
    sector            text,
    status            text,
    aggregate_version bigint      not null,
    updated_at        timestamptz not null
);

-- Messages the replica consumer could not apply (never a crash loop).
create table dead_letter (
    id            bigint generated always as identity primary key,
    consumer      text        not null,
    topic         text        not null,
    kafka_partition integer,
    kafka_offset  bigint,
    message_key   text,
    payload       text,
    error         text        not null,
    received_at   timestamptz not null
);

create table dispute (
    id                       uuid primary key,
    version                  bigint      not null,
    revision                 bigint      not null,
    procedure                text        not null,
    stage                    text        not null,
    status                   text        not null,
    outcome                  text,
    complainant_id           uuid        not null,
    commitment_details       text,
    nature_of_difference     text,
    what_has_been_done       text,
    breach                   text        not null,
    opened_on                date        not null,
    opened_by                text        not null,
    closed_on                date,
    referral_letter          text,
    referral_nature          text,
    referral_commitment_details text,
    referral_what_done       text,
    referral_submitted_on    date,
    received_on              date,
    panel_deadline           date,
    hearing_deadline         date,
    roster_year              integer,
    panel_convened_on        date,
    chair_member_id          uuid,
    relatedness              text,
    relatedness_decided_on   date,
    summary_text             text,
    summary_lessons          text,
    summary_written_on       date,
    summary_published_on     date,
    created_at               timestamptz not null,
    updated_at               timestamptz not null
);
create index dispute_status on dispute (status);

create table dispute_party (
    dispute_id   uuid not null references dispute (id),
    signatory_id uuid not null,
    role         text not null,
    sector       text,
    primary key (dispute_id, signatory_id)
);
create index dispute_party_signatory on dispute_party (signatory_id);

create table dispute_commitment (
    dispute_id uuid not null references dispute (id),
    position   integer not null,
    code       text not null,
    primary key (dispute_id, position)
);

create table dispute_referral_organisation (
    dispute_id   uuid not null references dispute (id),
    position     integer not null,
    signatory_id uuid not null,
    primary key (dispute_id, position)
);

create table dispute_referral_commitment (
    dispute_id uuid not null references dispute (id),
    position   integer not null,
    code       text not null,
    primary key (dispute_id, position)
);

create table dispute_stage_entry (
    dispute_id uuid not null references dispute (id),
    position   integer not null,
    stage      text not null,
    entered_on date not null,
    primary key (dispute_id, position)
);

create table dispute_resource_offered (
    dispute_id uuid not null references dispute (id),
    position   integer not null,
    resource   text not null,
    primary key (dispute_id, position)
);

create table dispute_recommendation (
    dispute_id     uuid not null references dispute (id),
    position       integer not null,
    recommendation text not null,
    primary key (dispute_id, position)
);

-- CCRG roster per review year (review year = its starting calendar year).
create table roster_member (
    id              uuid primary key,
    version         bigint      not null,
    review_year     integer     not null,
    subject         text        not null,
    organisation_id uuid        not null,
    name            text,
    created_at      timestamptz not null,
    constraint roster_member_subject_per_year unique (review_year, subject)
);

create table roster_member_interest (
    member_id       uuid not null references roster_member (id),
    organisation_id uuid not null,
    primary key (member_id, organisation_id)
);

create table panel_member (
    id               uuid primary key,
    dispute_id       uuid not null references dispute (id),
    roster_member_id uuid not null references roster_member (id),
    subject          text not null,
    organisation_id  uuid not null,
    sector           text not null,
    appointed_on     date not null,
    constraint panel_member_once unique (dispute_id, roster_member_id)
);
create index panel_member_subject on panel_member (subject);

create table declared_conflict (
    id               uuid primary key,
    dispute_id       uuid not null references dispute (id),
    roster_member_id uuid not null references roster_member (id),
    reason           text not null,
    declared_on      date not null,
    created_at       timestamptz not null
);

create table hearing (
    id            uuid primary key,
    dispute_id    uuid not null references dispute (id),
    sequence      integer not null,
    kind          text not null,
    hearing_on    date not null,
    scheduled_on  date not null,
    late_reason   text,
    held_on       date,
    constraint hearing_sequence unique (dispute_id, sequence)
);

create table hearing_representative (
    hearing_id   uuid    not null references hearing (id),
    position     integer not null,
    signatory_id uuid    not null,
    name         text    not null,
    organisation text,
    supporting   boolean not null,
    primary key (hearing_id, position)
);

-- The case file. Who may read each entry is decided when it is written (from the kind and the
-- stage's confidentiality) and enforced in every query.
create table case_record (
    id                 uuid primary key,
    dispute_id         uuid        not null references dispute (id),
    kind               text        not null,
    stage              text        not null,
    text               text        not null,
    author_role        text        not null,
    author_subject     text        not null,
    author_org         uuid,
    hearing_id         uuid references hearing (id),
    recorded_on        date        not null,
    created_at         timestamptz not null,
    visible_to_parties boolean     not null,
    visible_to_admin   boolean     not null,
    visible_to_panel   boolean     not null
);
create index case_record_dispute on case_record (dispute_id, created_at);

-- "Emit once per case and deadline" is this primary key.
create table deadline_miss (
    dispute_id  uuid not null references dispute (id),
    kind        text not null,
    deadline    date not null,
    detected_on date not null,
    primary key (dispute_id, kind)
);
