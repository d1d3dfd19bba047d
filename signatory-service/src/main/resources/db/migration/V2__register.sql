-- The full register: details, identifiers, lifecycle, contacts, history and references.

alter table organisation
    add column address           text,
    add column website           text,
    add column signed_on         date,
    add column signed_by         text,
    add column codes_of_practice text[]  not null default '{}',
    add column withdrawn_on      date,
    add column withdrawal_reason text,
    add column requested_by      text,
    add column has_champion      boolean not null default false;
create index organisation_status_sector on organisation (status, sector);

-- org-id.guide identifiers, normalised; one per scheme per organisation, never shared.
create table organisation_identifier (
    organisation_id uuid not null references organisation (id) on delete cascade,
    scheme          text not null,
    value           text not null,
    primary key (organisation_id, scheme),
    constraint organisation_identifier_unique unique (scheme, value)
);

-- Personal data: erased by deleting the row.
create table contact (
    id                      uuid primary key,
    version                 bigint      not null,
    organisation_id         uuid        not null references organisation (id) on delete cascade,
    name                    text        not null,
    role                    text,
    email                   text,
    phone                   text,
    receives_briefings      boolean     not null,
    compact_champion        boolean     not null,
    show_on_public_register boolean     not null,
    created_at              timestamptz not null,
    updated_at              timestamptz not null
);
create index contact_organisation on contact (organisation_id);

create table organisation_history (
    id                bigint generated always as identity primary key,
    organisation_id   uuid        not null references organisation (id) on delete cascade,
    occurred_at       timestamptz not null,
    business_date     date        not null,
    action            text        not null,
    from_status       text,
    to_status         text,
    actor             text        not null,
    signed_by         text,
    reason            text,
    codes_of_practice text[],
    changed_fields    text[],
    contact_id        uuid,
    has_champion      boolean
);
create index organisation_history_organisation on organisation_history (organisation_id, id);

-- Organisations other services refer to (action leads, dispute parties, consultation owners),
-- learnt from their events: such a PROSPECT may no longer be deleted.
create table organisation_reference (
    organisation_id uuid        not null,
    source_type     text        not null,
    source_id       text        not null,
    first_seen_at   timestamptz not null,
    primary key (organisation_id, source_type, source_id)
);
