-- The weekly digest. A subscriber gets a mail per post, the digest, or both.
alter table subscriber add column delivery varchar(10);
update subscriber set delivery = case when digest_only then 'DIGEST' else 'IMMEDIATE' end;
alter table subscriber alter column delivery set not null;
alter table subscriber drop column digest_only;

-- One row per digest queued: the primary key makes a second digest for the same subscriber and
-- week impossible; the row is written in the transaction that queues the mail.
create table digest (
  recipient   varchar(320) not null,
  week_start  date not null,
  outbox_id   bigint not null references outbox (id),
  queued_at   timestamp with time zone not null,
  primary key (recipient, week_start)
);

-- The last week queued per subscriber: a week at or before it is never queued again, so coming
-- back after a long downtime sends the latest week only.
create table digest_watermark (
  recipient   varchar(320) primary key,
  week_start  date not null
);
