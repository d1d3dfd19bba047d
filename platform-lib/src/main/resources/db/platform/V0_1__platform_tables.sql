-- Tables the platform library needs in every service database.

create table outbox_event (
    id             bigint generated always as identity primary key,
    event_id       uuid        not null unique,
    topic          text        not null,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    envelope       text        not null,
    created_at     timestamptz not null,
    published_at   timestamptz
);
create index outbox_event_pending on outbox_event (id) where published_at is null;

create table processed_event (
    consumer     text        not null,
    event_id     uuid        not null,
    event_type   text        not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);

create table idempotency_record (
    id                bigint generated always as identity primary key,
    caller            text        not null,
    route             text        not null,
    idempotency_key   text        not null,
    request_hash      text        not null,
    response_status   integer     not null,
    response_body     text,
    response_location text,
    response_etag     text,
    created_at        timestamptz not null,
    constraint idempotency_record_scope unique (caller, route, idempotency_key)
);
create index idempotency_record_created on idempotency_record (created_at);
