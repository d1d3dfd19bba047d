-- How a case's deadlines are counted, stored when R is recorded (a later configuration change
-- affects only new cases). Existing cases were counted in calendar days. (V2 is left to the move of
-- the signatory replica into platform-lib.)
alter table dispute add column deadline_day_count text;
alter table dispute add column panel_deadline_days integer;
alter table dispute add column hearing_deadline_days integer;
update dispute
   set deadline_day_count    = 'CALENDAR',
       panel_deadline_days   = panel_deadline - received_on,
       hearing_deadline_days = hearing_deadline - received_on
 where received_on is not null;

-- "Stop the clock": each stop with its reason; days from stopped_on up to the day before
-- resumed_on do not count towards the case's open deadlines. At most one running stop per case.
create table dispute_clock_stop (
    id              uuid primary key,
    dispute_id      uuid        not null references dispute (id),
    stopped_on      date        not null,
    stopped_by_role text        not null,
    stopped_by      text        not null,
    reason          text        not null,
    resumed_on      date,
    resumed_by_role text,
    resumed_by      text,
    resume_note     text,
    created_at      timestamptz not null
);
create index dispute_clock_stop_dispute on dispute_clock_stop (dispute_id, stopped_on);
create unique index dispute_clock_stop_running on dispute_clock_stop (dispute_id) where resumed_on is null;
