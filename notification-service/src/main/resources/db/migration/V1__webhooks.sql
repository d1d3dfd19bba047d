-- Webhook subscriptions of partners (owner_org_id = their org_id) and compact-admin (owner_org_id null).
create table subscription (
    id                          uuid primary key,
    version                     bigint      not null,
    owner_org_id                uuid,
    created_by                  text        not null,
    url                         text        not null,
    description                 text,
    event_types                 text[]      not null,
    filters                     text[]      not null,
    organisation_id             uuid,
    status                      text        not null,
    paused_reason               text,
    paused_at                   timestamptz,
    -- AES-256-GCM ciphertexts (never the secret in clear)
    secret_ciphertext           text        not null,
    previous_secret_ciphertext  text,
    previous_secret_valid_until timestamptz,
    secret_rotated_at           timestamptz,
    created_at                  timestamptz not null,
    updated_at                  timestamptz not null
);
create index subscription_owner on subscription (owner_org_id);
create index subscription_event_types on subscription using gin (event_types);

-- How deliveries to a subscription fare; changed by every attempt, so kept out of the versioned row.
create table subscription_health (
    subscription_id      uuid primary key references subscription (id) on delete cascade,
    consecutive_failures integer     not null,
    failing_since        timestamptz,
    last_success_at      timestamptz,
    last_failure_at      timestamptz,
    last_error           text
);

-- The envelope as received, sent byte for byte in every attempt of every delivery of the event.
create table webhook_event (
    event_id     uuid primary key,
    event_type   text        not null,
    aggregate_id text        not null,
    occurred_at  timestamptz,
    body         text        not null,
    received_at  timestamptz not null
);

-- One event for one subscription: deduplicated by event id.
create table delivery (
    id                uuid primary key,
    version           bigint      not null,
    subscription_id   uuid        not null references subscription (id) on delete cascade,
    event_id          uuid        not null references webhook_event (event_id),
    event_type        text        not null,
    aggregate_id      text        not null,
    status            text        not null,
    attempt_count     integer     not null,
    series_attempts   integer     not null,
    series_started_at timestamptz,
    next_attempt_at   timestamptz,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_latency_ms   bigint,
    last_error        text,
    delivered_at      timestamptz,
    created_at        timestamptz not null,
    constraint delivery_once_per_event unique (subscription_id, event_id)
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_subscription on delivery (subscription_id, created_at);

create table delivery_attempt (
    id           bigint generated always as identity primary key,
    delivery_id  uuid        not null references delivery (id) on delete cascade,
    number       integer     not null,
    attempted_at timestamptz not null,
    succeeded    boolean     not null,
    status_code  integer,
    latency_ms   bigint      not null,
    error        text,
    constraint delivery_attempt_number unique (delivery_id, number)
);

-- What the service knows from the topics to decide who may receive an event (see EventAudiences).
create table signatory_state (
    signatory_id      uuid primary key,
    status            text,
    aggregate_version bigint not null
);

create table plan_state (
    plan_id           uuid primary key,
    status            text   not null,
    aggregate_version bigint not null
);

create table action_state (
    action_id         uuid primary key,
    plan_id           uuid   not null,
    aggregate_version bigint not null
);

create table action_lead (
    action_id    uuid not null references action_state (action_id) on delete cascade,
    signatory_id uuid not null,
    primary key (action_id, signatory_id)
);

create table dispute_party (
    dispute_id   uuid not null,
    signatory_id uuid not null,
    primary key (dispute_id, signatory_id)
);

-- Messages the consumer could not apply (never a crash loop).
create table dead_letter (
    id              bigint generated always as identity primary key,
    consumer        text        not null,
    topic           text        not null,
    kafka_partition integer,
    kafka_offset    bigint,
    message_key     text,
    payload         text,
    error           text        not null,
    received_at     timestamptz not null
);
