-- The local signatory replica (org.compact.platform.replica), built from compact.signatories.
-- A service opts in by adding db/platform-replica to quarkus.flyway.locations and setting
-- compact.replica.signatories.enabled=true.
create table replica_signatory (
    id                uuid primary key,
    name              text,
    sector            text,
    status            text,
    -- business date of the last status change (signedOn, withdrawnOn); null when not known
    status_on         date,
    aggregate_version bigint      not null,
    updated_at        timestamptz not null
);
