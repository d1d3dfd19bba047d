-- How each consultation's lead-in days were counted (compact.deadlines.consultation.day-count when
-- its dates were last set); existing ones were counted in calendar days.
alter table consultation add column lead_in_day_count text not null default 'CALENDAR';
