-- The consumer's positions and dead letters now live in platform-lib's tables (db/platform:
-- consumer_position, consumer_dead_letter), keyed by the consumer name. Move what this service
-- already holds, so the read model continues where it stood, then drop the old tables.
insert into consumer_position (consumer, topic, partition, next_offset)
select 'reporting-read-model', topic, partition, next_offset from consumer_offset
on conflict do nothing;
drop table consumer_offset;

insert into consumer_dead_letter (consumer, topic, kafka_partition, kafka_offset, record_key,
                                  record_value, error, received_at)
select 'reporting-read-model', topic, partition, kafka_offset, record_key, record_value, error,
       received_at
from dead_letter
on conflict do nothing;
drop table dead_letter;

-- The review year starts on a day (compact.agreement.review-year-start), not only in a month.
alter table annual_report add column start_day integer not null default 1;
