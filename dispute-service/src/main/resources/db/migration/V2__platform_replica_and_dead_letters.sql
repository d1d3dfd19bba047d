-- The signatory replica and the consumer's dead letters now live in platform-lib's tables
-- (db/platform-replica: replica_signatory; db/platform: consumer_dead_letter). Move what this
-- service already holds, so the replica is complete at once, then drop the old tables.
insert into replica_signatory (id, name, sector, status, status_on, aggregate_version, updated_at)
select id, name, sector, status, null, aggregate_version, updated_at from signatory_replica
on conflict (id) do nothing;
drop table signatory_replica;

insert into consumer_dead_letter (consumer, topic, kafka_partition, kafka_offset, record_key,
                                  record_value, error, received_at)
select consumer, topic, kafka_partition, kafka_offset, message_key, payload, error, received_at
from dead_letter
on conflict do nothing;
drop table dead_letter;
