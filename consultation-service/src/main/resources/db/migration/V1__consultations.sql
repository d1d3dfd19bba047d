create table consultation (
    id                    uuid primary key,
    version               bigint      not null,
    ical_sequence         integer     not null,
    title                 text        not null,
    summary               text        not null,
    owner_id              uuid        not null,
    audiences             text[]      not null,
    methods               text[]      not null,
    representative_views  boolean     not null,
    direct_views          boolean     not null,
    opens_on              date        not null,
    closes_on             date        not null,
    planned_results_on    date,
    contact               text,
    links                 text        not null,
    lead_in_days          bigint      not null,
    lead_in_required_days integer     not null,
    lead_in_rule_met      boolean     not null,
    short_lead_in_reason  text,
    status                text        not null,
    opened_on             date,
    closed_on             date,
    results_published_on  date,
    cancelled_on          date,
    cancellation_reason   text,
    outcome_heard         text,
    outcome_decided       text,
    outcome_how_told      text,
    outcome_published_on  date,
    created_by            text        not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    constraint consultation_dates_in_order check (closes_on >= opens_on),
    constraint consultation_short_lead_in_has_reason
        check (lead_in_rule_met or short_lead_in_reason is not null)
);
create index consultation_opens_on on consultation (opens_on);
create index consultation_closes_on on consultation (closes_on);
create index consultation_owner on consultation (owner_id);
create index consultation_due on consultation (status, opens_on, closes_on)
    where status in ('PLANNED', 'OPEN');

create table consultation_result (
    id              uuid primary key,
    consultation_id uuid        not null references consultation (id),
    external_ref    text        not null,
    published_on    date        not null,
    summary         text        not null,
    response_count  integer     not null check (response_count >= 0),
    documents       text        not null,
    breakdown       text        not null,
    first_result    boolean     not null,
    pushed_by       text        not null,
    created_at      timestamptz not null,
    constraint consultation_result_external_ref unique (consultation_id, external_ref)
);
-- at most one result moves a consultation to RESULTS_PUBLISHED
create unique index consultation_result_first on consultation_result (consultation_id)
    where first_result;

create table consultation_feedback (
    id              uuid primary key,
    consultation_id uuid        not null references consultation (id),
    given_on        date        not null,
    audience        text        not null,
    channel         text        not null,
    summary         text        not null,
    reached         integer check (reached >= 0),
    recorded_by     text        not null,
    created_at      timestamptz not null
);
create index consultation_feedback_of on consultation_feedback (consultation_id, given_on);
