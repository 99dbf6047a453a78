-- Events about the source itself (unreadable, readable again) belong to no post.
alter table event alter column post_id drop not null;
alter table event alter column version drop not null;

-- Failed polls in a row per source, and whether the operator was told.
create table source_health (
  source    varchar(2000) primary key,
  failures  integer not null,
  alerted   boolean not null
);
