-- Plans → sections → objectives → actions, ordered by position; progress notes are append-only.
create table plan (
    id            uuid primary key,
    version       bigint      not null,
    title         text        not null,
    period        text,
    adopted_on    date,
    status        text        not null,
    published_on  date,
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);
create index plan_status on plan (status);

create table plan_section (
    id        uuid primary key,
    plan_id   uuid    not null references plan (id),
    position  integer not null,
    title     text,
    constraint plan_section_position unique (plan_id, position)
);

create table plan_objective (
    id          uuid primary key,
    plan_id     uuid    not null references plan (id),
    section_id  uuid    not null references plan_section (id),
    position    integer not null,
    text        text,
    constraint plan_objective_position unique (section_id, position)
);

create table plan_action (
    id                   uuid primary key,
    version              bigint      not null,
    plan_id              uuid        not null references plan (id),
    objective_id         uuid        not null references plan_objective (id),
    position             integer     not null,
    description          text        not null,
    priority             text,
    timescale            text,
    lead                 text,
    lead_signatory_ids   text        not null default '',
    resources            text,
    measures_of_success  text,
    status               text        not null,
    completed_on         date,
    last_progress_on     date,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    constraint plan_action_position unique (objective_id, position)
);
create index plan_action_plan on plan_action (plan_id);

create table action_progress (
    id           uuid primary key,
    action_id    uuid        not null references plan_action (id),
    recorded_on  date        not null,
    recorded_at  timestamptz not null,
    author       text        not null,
    note         text        not null,
    status_from  text,
    status_to    text
);
create index action_progress_action on action_progress (action_id, recorded_at);

create function action_progress_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'action_progress is append-only';
end
$$;
create trigger action_progress_append_only before update or delete on action_progress
    for each row execute function action_progress_is_append_only();

-- "emit action.overdue once per action and due date" rests on this primary key
create table action_overdue_notice (
    action_id    uuid not null references plan_action (id),
    due_on       date not null,
    detected_on  date not null,
    primary key (action_id, due_on)
);
