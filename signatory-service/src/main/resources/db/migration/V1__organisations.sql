create table organisation (
    id             uuid primary key,
    version        bigint      not null,
    name           text        not null,
    sector         text        not null,
    kind           text        not null,
    area           text,
    status         text        not null,
    registered_on  date        not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null
);
create index organisation_name on organisation (lower(name));
