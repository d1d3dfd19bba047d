-- Read model: every applied event as a fact keyed by aggregate; figures are folded at query time,
-- so events may arrive in any order across topics. Rebuilt by truncating and replaying the topics.
create table report_fact (
    event_id          uuid        primary key,
    topic             text        not null,
    event_type        text        not null,
    schema_version    integer     not null,
    aggregate_type    text        not null,
    aggregate_id      text        not null,
    aggregate_version bigint      not null,
    occurred_at       timestamptz,
    business_date     date,
    payload           text        not null,
    applied_at        timestamptz not null
);
create index report_fact_aggregate on report_fact (aggregate_type, aggregate_id);

-- Where the consumer stands, written in the same transaction as the facts (the source of truth
-- for seeking; the offsets committed to Kafka afterwards only serve lag tooling).
create table consumer_offset (
    topic       text    not null,
    partition   integer not null,
    next_offset bigint  not null,
    primary key (topic, partition)
);

-- Messages that are not events (or cannot be applied): kept for inspection, never retried.
create table dead_letter (
    id           bigint generated always as identity primary key,
    topic        text        not null,
    partition    integer     not null,
    kafka_offset bigint      not null,
    record_key   text,
    record_value text,
    error        text        not null,
    received_at  timestamptz not null,
    constraint dead_letter_position unique (topic, partition, kafka_offset)
);

-- The service's own state (not rebuilt): curated good-practice examples and the yearly reports.
create table good_practice (
    id               uuid        primary key,
    version          bigint      not null,
    organisation_id  uuid        not null,
    title            text        not null,
    description      text        not null,
    occurred_on      date        not null,
    status           text        not null,
    submitted_by     text        not null,
    submitted_at     timestamptz not null,
    curated_by       text,
    curated_at       timestamptz,
    rejection_reason text
);
create index good_practice_status on good_practice (status, occurred_on);

create table annual_report (
    start_year   integer     primary key,
    start_month  integer     not null,
    version      bigint      not null,
    status       text        not null,
    snapshot     text,
    agreed_by    text,
    agreed_at    timestamptz,
    published_by text,
    published_at timestamptz
);
