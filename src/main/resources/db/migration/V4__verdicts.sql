-- When each version says the post was announced (its first publication as the source dates it).
alter table post_version add column announced timestamp with time zone;

-- The verdicts of each version: recomputed with every new version, kept for every old one.
create table verdict (
  post_id    bigint not null,
  version    integer not null,
  rule       varchar(30) not null,
  outcome    varchar(20) not null,
  required   varchar(1000),
  actual     varchar(2000),
  reason_nl  varchar(1000),
  reason_en  varchar(1000),
  judged_at  timestamp with time zone not null,
  primary key (post_id, version, rule),
  foreign key (post_id, version) references post_version (post_id, version)
);

-- Event kinds name deadlines too: "DEADLINE P1 100% within 1 business day".
alter table event alter column kind set data type varchar(100);
