-- Tables of platform-lib's event consumers (org.compact.platform.consumer): where each consumer
-- stands and what it could not apply. Both are written in the same transaction as the consumer's
-- own writes, so a crash never applies an event twice and never skips one.

-- The next offset to read, per consumer and partition (the consumer seeks here on start).
create table consumer_position (
    consumer    text    not null,
    topic       text    not null,
    partition   integer not null,
    next_offset bigint  not null,
    primary key (consumer, topic, partition)
);

-- Records a consumer could not apply (not an event, or failing while the database answers):
-- kept for inspection, never retried. Partition and offset are null only for rows moved from the
-- services' earlier dead-letter tables.
create table consumer_dead_letter (
    id              bigint generated always as identity primary key,
    consumer        text        not null,
    topic           text        not null,
    kafka_partition integer,
    kafka_offset    bigint,
    record_key      text,
    record_value    text,
    error           text        not null,
    received_at     timestamptz not null,
    constraint consumer_dead_letter_position unique (consumer, topic, kafka_partition, kafka_offset)
);
