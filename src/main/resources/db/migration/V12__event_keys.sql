-- Event keys without prose. Until now a deadline's kind was "DEADLINE P1 95% within 4 hours" (the
-- target as the code described it) and a reminder's "REMINDER 24h": a reworded description would
-- have raised the same deadline again. Now the kind is an enum name (NEW, UPDATED, DEADLINE,
-- REMINDER, SOURCE_UNREADABLE, ...) and its typed parts have columns of their own: a deadline's
-- priority and target (percentage, amount, unit), a reminder's lead in seconds. A part an event
-- lacks is '' or 0, never null, so that the unique key compares it.
alter table event add column priority varchar(2) default '' not null;
alter table event add column target_percent integer default 0 not null;
alter table event add column target_amount integer default 0 not null;
alter table event add column target_unit varchar(20) default '' not null;
alter table event add column lead_seconds bigint default 0 not null;

-- the key of an event spans its parts: two deadlines of a version differ by target alone
alter table event drop constraint event_once;
alter table event add constraint event_once
  unique (post_id, version, kind, priority, target_percent, target_amount, target_unit,
      lead_seconds);

-- "DEADLINE P1 95% within 4 hours", "DEADLINE P2 100% within 1 business day"
update event set
  priority = regexp_replace(kind, '^DEADLINE (P[0-9]+) .*$', '$1'),
  target_percent = cast(regexp_replace(kind, '^DEADLINE P[0-9]+ ([0-9]+)% .*$', '$1') as integer),
  target_amount = cast(regexp_replace(kind, '^DEADLINE P[0-9]+ [0-9]+% within ([0-9]+) .*$', '$1')
      as integer),
  target_unit = case when kind like '% business day%' then 'BUSINESS_DAYS' else 'HOURS' end,
  kind = 'DEADLINE'
where regexp_like(kind, '^DEADLINE P[0-9]+ [0-9]+% within [0-9]+ (hours?|business days?)$');

-- "REMINDER 24h", "REMINDER 1h30m", "REMINDER 30m", "REMINDER 45s" (a java.time.Duration without
-- its "PT", in lower case)
update event set
  lead_seconds =
      coalesce(cast(regexp_substr(kind, '([0-9]+)h', 1, 1, '', 1) as bigint), 0) * 3600
      + coalesce(cast(regexp_substr(kind, '([0-9]+)m', 1, 1, '', 1) as bigint), 0) * 60
      + coalesce(cast(regexp_substr(kind, '([0-9]+)s', 1, 1, '', 1) as bigint), 0),
  kind = 'REMINDER'
where regexp_like(kind, '^REMINDER ([0-9]+h)?([0-9]+m)?([0-9]+s)?$');

